import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex } from '../../../core/search/search-index';
import { note, smallReport } from './fixtures';
import { bundledReport } from './query-table';

const index = buildSearchIndex(smallReport);
const bodyIds = (query: string) => index.search(query).groups.body.map((h) => h.blockId);

describe('buildSearchIndex: recall and ranking', () => {
  it('finds single characters that lunr-languages would drop as stop words', () => {
    expect(bodyIds('人')).toEqual(['p1-1']);
    expect(bodyIds('煤')).toEqual(expect.arrayContaining(['p1-2', 'p1-3']));
  });

  it('finds numbers, ASCII mixed in, full-width forms and quoted terms', () => {
    expect(bodyIds('432.7')).toEqual(['p1-1']);
    expect(bodyIds('15.4%')).toEqual(['p1-1']);
    expect(bodyIds('PM2.5')).toEqual(['p1-3']);
    expect(bodyIds('pm2.5')).toEqual(['p1-3']);
    expect(bodyIds('vocs')).toEqual(['p1-3']);
    expect(bodyIds('５Ｇ')).toEqual(['p1-s1-1']);
    expect(bodyIds('5G基站')).toEqual(['p1-s1-1']);
    expect(bodyIds('“双减”')).toEqual(bodyIds('双减'));
    expect(bodyIds('双减')).toEqual(['p1-1']);
  });

  it('marks hits in original offsets, quotes included when the match spans them', () => {
    const hit = index.search('32字要求').groups.glossary[0];
    expect(hit?.glossaryId).toBe('g2');
    expect(hit?.field).toBe('term');
    const range = hit?.ranges[0];
    expect(range && '国企改革“32字”要求'.slice(range.start, range.end)).toBe('32字”要求');
  });

  it('lists exact matches as hits and partial ones apart, as related results', () => {
    expect(index.search('丹河新城').groups.body.map((h) => [h.blockId, h.literal])).toEqual([
      ['p1-s1', true],
      ['p1-s1-1', true],
    ]);
    // 丹河新城数字产业园建设 has two of the three bigrams of 新城建设: related, marked where it matched.
    const results = index.search('新城建设');
    expect(results.groups.body.map((h) => [h.blockId, h.literal])).toEqual([['p1-s1-2', true]]);
    expect(results.related.map((h) => [h.blockId, h.literal])).toEqual([['p1-s1-1', false]]);
    const text = smallReport.blocks[5]?.text ?? '';
    expect(results.related[0]?.ranges.map((r) => text.slice(r.start, r.end))).toEqual(['新城', '建设']);
  });

  it('lists blocks with all of several words as hits, blocks with some as related', () => {
    const results = index.search('煤炭 智能化');
    expect(results.groups.body.map((h) => h.blockId)).toEqual(['p1-2']);
    // 智能制造 shares only 智能 with the query: too little to count as related.
    expect(results.related.map((h) => h.blockId)).toEqual(['p1-3']);
    const text = smallReport.blocks[2]?.text ?? '';
    const hit = results.groups.body[0];
    expect(hit?.ranges.map((r) => text.slice(r.start, r.end))).toEqual(['智能化', '煤炭', '智能化']);
  });

  it('searches the glossary: term, aliases and definition', () => {
    expect(index.search('双减').groups.glossary.map((h) => h.glossaryId)).toEqual(['g1']);
    expect(index.search('32字改革').groups.glossary[0]).toMatchObject({ glossaryId: 'g2', field: 'alias' });
    expect(index.search('分灶吃饭').groups.glossary[0]).toMatchObject({
      glossaryId: 'g2',
      field: 'definition',
    });
  });

  it('counts every hit and honours a per-group limit', () => {
    const all = index.search('建设');
    const limited = index.search('建设', { limit: 1 });
    expect(all.groups.body.length).toBeGreaterThan(1);
    expect(limited.groups.body).toEqual(all.groups.body.slice(0, 1));
    expect(limited.total).toBe(all.total);
  });

  it.each([
    '',
    '   ',
    '“”',
    '~',
    '双减~2',
    'body:',
    'title:x',
    'field:',
    '+-^*:',
    '*',
    '煤*',
    '😀',
    'x'.repeat(10_000),
  ])('never throws on %j', (query) => {
    expect(() => index.search(query)).not.toThrow();
  });

  it('treats lunr syntax as plain text', () => {
    expect(index.search('*').total).toBe(0);
    expect(index.search('*').words).toEqual(['*']);
    expect(index.search('').total).toBe(0);
  });
});

describe('notes', () => {
  it('indexes live notes with tags and quote, skips tombstones, and re-indexes on update', () => {
    const live = note('a1', 'p1-1', '这里的数据需要核对', { tags: ['数据核对'] });
    const gone = note('a2', 'p1-2', '这里的数据已删除', { deletedAt: '2022-04-21T08:00:00.000Z' });
    const idx = buildSearchIndex(smallReport, [live, gone]);
    expect(idx.search('数据').groups.notes.map((h) => h.annotationId)).toEqual(['a1']);
    expect(idx.search('数据').groups.notes[0]).toMatchObject({
      kind: 'note',
      blockId: 'p1-1',
      field: 'note',
    });
    expect(idx.search('地区').groups.notes[0]).toMatchObject({ annotationId: 'a1', field: 'quote' });

    idx.updateNotes([{ ...live, note: '改写以后的批注', updatedAt: '2022-04-22T08:00:00.000Z' }]);
    expect(idx.search('数据核对').groups.notes.map((h) => h.field)).toEqual(['tag']);
    expect(idx.search('改写').groups.notes.map((h) => h.annotationId)).toEqual(['a1']);
    expect(idx.search('需要核对').groups.notes).toEqual([]);
  });

  it('skips highlights and bookmarks that carry no words of the user', () => {
    const idx = buildSearchIndex(smallReport, [note('h1', 'p1-1', '  ', { kind: 'highlight' })]);
    expect(idx.search('地区').groups.notes).toEqual([]);
  });
});

describe('serialisation', () => {
  it('round-trips through JSON with identical results', () => {
    const idx = buildSearchIndex(smallReport, [note('a1', 'p1-1', '核对数据')]);
    const loaded = loadSearchIndex(JSON.parse(JSON.stringify(idx.toJSON())));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.reportId).toBe('small');
    for (const q of ['人', '丹河新城', '煤炭 智能化', '核对', '32字', 'PM2.5']) {
      expect(loaded.value.search(q)).toEqual(idx.search(q));
    }
  });

  it.each([null, 42, {}, { format: 'yandu.search-index' }])('rejects %j with a Chinese message', (json) => {
    const loaded = loadSearchIndex(json);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.message).toMatch(/搜索索引/);
  });

  it('rejects another version (version 1, which held a lunr index, included) and damaged documents', () => {
    const json = buildSearchIndex(smallReport).toJSON();
    for (const version of [1, json.version + 1]) {
      expect(loadSearchIndex({ ...json, version, report: { ...json.report, lunr: {} } })).toMatchObject({
        ok: false,
        error: { code: 'search-index-outdated' },
      });
    }
    const damaged = { docs: [{ kind: 'block', fields: [{ name: 'text', text: null }] }] };
    expect(loadSearchIndex({ ...json, report: damaged })).toMatchObject({
      ok: false,
      error: { code: 'search-index-invalid' },
    });
  });

  it('serialises the texts, not an index: a few bytes over the texts themselves', () => {
    const doc = bundledReport();
    const texts = [
      ...doc.blocks.map((b) => b.text),
      ...doc.glossary.flatMap((g) => [g.term, ...g.aliases, g.definition]),
    ];
    const textLength = texts.reduce((n, t) => n + JSON.stringify(t).length, 0);
    const docs = doc.blocks.length + doc.glossary.length;
    // Per document its kind, id and field names; lunr's JSON was 45 times the texts (it would not fit in a
    // string at 55 MB).
    expect(JSON.stringify(buildSearchIndex(doc).toJSON()).length).toBeLessThan(textLength + 120 * docs);
  });
});

describe('loading with current notes', () => {
  it('replaces the serialised notes with the annotations given', () => {
    const json = buildSearchIndex(smallReport, [note('old', 'p1-1', '旧批注')]).toJSON();
    const loaded = loadSearchIndex(json, [note('new', 'p1-2', '新批注')]);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.search('批注').groups.notes.map((h) => h.annotationId)).toEqual(['new']);
  });

  it('refuses documents of the wrong shape', () => {
    const json = buildSearchIndex(smallReport).toJSON();
    const bad = { ...json, notes: [{ kind: 'note', fields: [{ name: 'note', text: 5 }] }] };
    expect(loadSearchIndex(bad)).toMatchObject({ ok: false, error: { code: 'search-index-invalid' } });
  });
});
