/**
 * 修改意见表 (issue 16): amendments in report order with their position in the report's own numbering, on the
 * bundled report and on real reports of other shapes (tests/fixtures/samples); its Markdown stays inert.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describe as describeTarget } from '../../../core/annotations/anchor';
import type { Amendment, Annotation } from '../../../core/annotations/model';
import { amendmentsPaper, buildAmendmentsTable } from '../../../core/export/amendments-model';
import { buildDraftModel, draftCategory } from '../../../core/export/notes-model';
import { paperToMarkdown } from '../../../core/export/paper-markdown';
import { paletteLabels } from '../../../core/annotations/palette-labels';
import type { ReportDocument } from '../../../core/report/model';
import { mustParse, readBundled } from '../report/report-fixtures';
import { HOSTILE_AUTHOR, HOSTILE_NOTE } from './hostile';
import { hostileString } from './markdown-inert-check';
import { htmlShape, RENDERERS } from './markdown-renderers';

const sample = (name: string) =>
  mustParse(readFileSync(new URL(`../../fixtures/samples/${name}.txt`, import.meta.url), 'utf8'));
const REPORTS: Record<string, () => ReportDocument> = {
  bundled: () => mustParse(readBundled()),
  national: () => sample('national-1957'),
  guangdong: () => sample('guangdong-province-2026'),
  boye: () => sample('boye-county-2024'),
  fuping: () => sample('fuping-county-2020'),
};
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];
const SIGNER = { authorName: '张代表', groupName: '第一组', date: '2026-11-28' };

let n = 0;
function amend(
  doc: ReportDocument,
  blockId: string,
  start: number,
  end: number,
  amendment: Amendment,
  extra: Partial<Annotation> = {},
): Annotation {
  n += 1;
  return {
    id: `m${String(n).padStart(3, '0')}`,
    reportId: doc.id,
    kind: 'amendment',
    target: describeTarget(doc, blockId, start, end),
    amendment,
    note: `理由${n}`,
    tags: [],
    author: { id: 'u1', name: '张代表' },
    // Made in the reverse of report order: the table must not list them as made.
    createdAt: new Date(Date.UTC(2022, 3, 20) - n * 60_000).toISOString(),
    updatedAt: '2022-04-20T09:00:00.000Z',
    ...extra,
  };
}
const textOf = (doc: ReportDocument, id: string) => doc.blocks.find((b) => b.id === id)?.text ?? '';

/**
 * Checks, from the text alone, that a sub-part paragraph id means what its citation says: the heading above it
 * opens with （N） or (N), and the paragraph is the k-th since it.
 */
function checkSubPartNumbering(doc: ReportDocument, blockId: string): void {
  const [, sub, para] = /-s(\d+)-(\d+)$/.exec(blockId) ?? [];
  const at = doc.blocks.findIndex((b) => b.id === blockId);
  let heading = at - 1;
  while (heading >= 0 && doc.blocks[heading]?.type !== 'heading') heading -= 1;
  // Half-width (三) as some sites print it, or （三）.
  expect(doc.blocks[heading]?.text).toMatch(new RegExp(`^[（(]${NUMERALS[Number(sub) - 1]}[）)]`));
  expect(at - heading).toBe(Number(para));
}

// Each report with blocks of different shapes and the citation a reader of the printed report uses for them.
const CASES: [string, string, string][] = [
  ['bundled', 'p0-1', '开头第1段'],
  ['bundled', 'p1-7', '第一部分第7段'],
  ['bundled', 'p2-s4-2', '第二部分（四）第2段'],
  ['bundled', 'p2-s6', '第二部分（六）标题'],
  ['national', 'p2-14', '第二部分第14段'],
  ['national', 'p5-4', '第五部分第4段'],
  ['guangdong', 'p3-s11-2', '第三部分（十一）第2段'],
  ['guangdong', 'a1-i4-1', '附件1第4项第1段'],
  ['boye', 'p2-s6-2', '第二部分（六）第2段'],
  ['fuping', 'p2-s3-5', '第二部分（三）第5段'],
];

describe('buildAmendmentsTable on reports of several shapes', () => {
  for (const name of Object.keys(REPORTS)) {
    it(`${name}: report order, the report's numbering, and the wording of each action`, () => {
      const doc = (REPORTS[name] as () => ReportDocument)();
      const cases = CASES.filter(([report]) => report === name);
      const made: Annotation[] = [];
      for (const [, blockId] of [...cases].reverse()) {
        const text = textOf(doc, blockId);
        expect(text.length).toBeGreaterThanOrEqual(5);
        made.push(
          amend(doc, blockId, 3, 5, { action: 'delete', text: '' }, { author: { id: 'u2', name: '李代表' } }),
        );
        made.push(amend(doc, blockId, 0, 2, { action: 'insertAfter', text: '新增' }));
        made.push(amend(doc, blockId, 2, 4, { action: 'replace', text: '改后' }));
      }
      const table = buildAmendmentsTable({ doc, annotations: made });
      expect(table.rows.map((row) => row.number)).toEqual(made.map((_, i) => i + 1));
      for (const [index, [, blockId, citation]] of cases.entries()) {
        if (/-s\d+-\d+$/.test(blockId)) checkSubPartNumbering(doc, blockId);
        const text = textOf(doc, blockId);
        const [insert, replace, remove] = table.rows.slice(index * 3, index * 3 + 3);
        const w = (from: number, to: number) => text.slice(from, to);
        // 第N处 when the paragraph holds the words more than once, counted here from the text.
        const at = (from: number, to: number) => {
          const starts: number[] = [];
          for (let i = 0; i + to - from <= text.length; i++)
            if (text.startsWith(w(from, to), i)) starts.push(i);
          return starts.length > 1 ? `${citation}第${starts.indexOf(from) + 1}处` : citation;
        };
        expect(insert).toMatchObject({ position: at(0, 2), original: w(0, 2), amended: `${w(0, 2)}新增` });
        expect(replace).toMatchObject({ position: at(2, 4), original: w(2, 4), amended: '改后' });
        expect(remove).toMatchObject({
          position: at(3, 5),
          original: w(3, 5),
          amended: '',
          member: '李代表',
        });
        expect(replace?.reason).toMatch(/^理由/);
        expect(insert?.wording).toBe(`在${at(0, 2)}“${w(0, 2)}”之后，增加“新增”`);
        expect(replace?.wording).toBe(
          `${citation}，将${at(2, 4).slice(citation.length)}“${w(2, 4)}”改为“改后”`,
        );
        expect(remove?.wording).toBe(`删去${at(3, 5)}“${w(3, 5)}”`);
      }
    });
  }
});

describe('buildAmendmentsTable', () => {
  const doc = mustParse(readBundled());
  const text = textOf(doc, 'p2-s4-2');

  it('names which occurrence is meant when the paragraph repeats the words', () => {
    const word = [...new Set(Array.from({ length: text.length - 1 }, (_, i) => text.slice(i, i + 2)))].find(
      (pair) => text.indexOf(pair) !== text.lastIndexOf(pair) && !/\s/.test(pair),
    );
    if (!word) throw new Error('fixture: no repeated pair of characters in p2-s4-2');
    const second = text.indexOf(word, text.indexOf(word) + 1);
    const [row] = buildAmendmentsTable({
      doc,
      annotations: [amend(doc, 'p2-s4-2', second, second + 2, { action: 'delete', text: '' })],
    }).rows;
    expect(row?.position).toBe('第二部分（四）第2段第2处');
    expect(row?.wording).toBe(`删去第二部分（四）第2段第2处“${word}”`);
  });

  it('keeps 未定位 amendments, last, with the place they were made at; leaves out deleted ones and other kinds', () => {
    const gone = amend(doc, 'p1-7', 0, 4, { action: 'replace', text: '新' });
    gone.target = { ...gone.target, exact: '报告里已经没有的一句话', prefix: '', suffix: '' };
    const placed = amend(doc, 'p2-s4-2', 0, 3, { action: 'replace', text: '新' });
    const deleted = {
      ...amend(doc, 'p0-1', 0, 3, { action: 'delete', text: '' }),
      deletedAt: '2022-04-21T00:00:00.000Z',
    };
    const highlight: Annotation = {
      ...amend(doc, 'p0-1', 0, 3, { action: 'delete', text: '' }),
      kind: 'highlight',
      color: 'red',
    };
    delete highlight.amendment;
    const table = buildAmendmentsTable({ doc, annotations: [gone, placed, deleted, highlight] });
    expect(table.rows.map((row) => [row.id, row.position])).toEqual([
      [placed.id, '第二部分（四）第2段'],
      [gone.id, '未定位（原在第一部分第7段）'],
    ]);
    expect(table.orphans).toBe(1);
    expect(table.rows[1]?.wording).toBe('将“报告里已经没有的一句话”改为“新”');
  });

  it('chooses by member, section and tag as notes are chosen', () => {
    const mine = amend(doc, 'p1-7', 0, 2, { action: 'delete', text: '' }, { tags: ['财政'] });
    const theirs = amend(
      doc,
      'p2-s4-2',
      0,
      2,
      { action: 'delete', text: '' },
      { author: { id: 'u2', name: '' } },
    );
    const ids = (filter: object) =>
      buildAmendmentsTable({ doc, annotations: [mine, theirs], filter }).rows.map((r) => r.id);
    expect(ids({ authorIds: ['u2'] })).toEqual([theirs.id]);
    expect(ids({ sectionIds: ['p1'] })).toEqual([mine.id]);
    expect(ids({ tags: ['财政'] })).toEqual([mine.id]);
    expect(ids({ colors: ['red'] })).toEqual([mine.id, theirs.id]);
    expect(buildAmendmentsTable({ doc, annotations: [theirs] }).rows[0]?.member).toBe('未署名');
  });
});

describe('amendmentsPaper', () => {
  const doc = mustParse(readBundled());
  it('is a table of position, original, amended, reason and member, or says there is none', () => {
    const table = buildAmendmentsTable({
      doc,
      annotations: [amend(doc, 'p1-7', 0, 2, { action: 'delete', text: '' }, { note: '  重复  ' })],
    });
    const paper = amendmentsPaper(table, SIGNER);
    expect(paper.title).toBe(`《${doc.meta.title}》修改意见表`);
    expect(paper.meta).toEqual(['代表：张代表\u3000小组：第一组\u3000日期：2026-11-28']);
    expect(paper.blocks[0]).toMatchObject({
      type: 'table',
      columns: ['序号', '位置', '原文', '修改为', '理由', '提出人'],
      rows: [['1', '第一部分第7段', textOf(doc, 'p1-7').slice(0, 2), '（删去）', '重复', '张代表']],
    });
    const none = amendmentsPaper(buildAmendmentsTable({ doc, annotations: [] }), SIGNER);
    expect(none.blocks.map((block) => block.type)).toEqual(['remark']);
  });

  it('Markdown keeps the structure whatever the reason, the new words or the member hold', () => {
    const tags = (value: string) => {
      const a = amend(
        doc,
        'p1-7',
        0,
        2,
        { action: 'replace', text: value.trim() === '' ? '甲' : value },
        {
          note: value,
          author: { id: 'u3', name: value },
        },
      );
      const md = paperToMarkdown(amendmentsPaper(buildAmendmentsTable({ doc, annotations: [a] }), SIGNER));
      return RENDERERS.map((renderer) => htmlShape(renderer.render(md)).tags);
    };
    const base = tags('甲');
    for (const value of [HOSTILE_NOTE, HOSTILE_AUTHOR, '| a | b |', '<b>x</b>'])
      expect(tags(value)).toEqual(base);
    fc.assert(
      fc.property(
        hostileString.filter((value) => value.trim() !== '' && !/[\n\r]/.test(value)),
        (value) => {
          expect(tags(value)).toEqual(base);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('amendments in the other documents', () => {
  const doc = mustParse(readBundled());
  it('count as 建议 (the 审议意见稿 and the speaking outline) and quote their words whole', () => {
    const text = textOf(doc, 'p0-1');
    const whole = amend(doc, 'p0-1', 0, text.length, { action: 'replace', text: '各位代表：' });
    expect(draftCategory(whole)).toBe('建议');
    const model = buildDraftModel(doc, [whole], { labels: paletteLabels() });
    expect(model.sections[0]?.items[0]?.quote).toBe(text);
  });
});
