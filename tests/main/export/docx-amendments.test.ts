/** 修改意见表 as Word (issue 16): read the XML back — A4, a real table in report order, hostile text as text. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describe as describeTarget } from '../../../core/annotations/anchor';
import type { Annotation } from '../../../core/annotations/model';
import { EXPORT_KINDS } from '../../../main/export/render-notes';
import { doc, LABELS } from '../../core/export/fixture';
import { HOSTILE_NOTE, INVALID_CHARS } from '../../core/export/hostile';

const amendment = (
  id: string,
  blockId: string,
  start: number,
  end: number,
  extra: Partial<Annotation>,
): Annotation => ({
  id,
  reportId: doc.id,
  kind: 'amendment',
  target: describeTarget(doc, blockId, start, end),
  amendment: { action: 'delete', text: '' },
  note: '',
  tags: [],
  author: { id: 'u1', name: '张代表' },
  createdAt: '2022-04-20T08:00:00.000Z',
  updatedAt: '2022-04-20T08:00:00.000Z',
  ...extra,
});

const annotations = [
  amendment('b', 'p2-1', 12, 18, {
    amendment: { action: 'replace', text: '稳字当头、稳中求进' },
    note: HOSTILE_NOTE,
  }),
  amendment('a', 'p1-1', 0, 3, { author: { id: 'u2', name: '李代表' }, note: '与上文重复' }),
];

async function render(format: 'docx' | 'md' | 'json') {
  return EXPORT_KINDS.amendments.render(
    {
      doc,
      annotations,
      labels: LABELS,
      filter: {},
      signer: { authorName: '张代表', groupName: '第一组', date: '2026-11-28' },
      options: {},
    },
    format,
  );
}

/** Each table row's cells, each cell's text. */
const rows = (xml: string): string[][] =>
  [...xml.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/gs)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((tc) =>
      [...tc[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('\n'),
    ),
  );

describe('the 修改意见表 in Word', () => {
  it('is an A4 table with a header row that repeats, six sized columns, rows in report order', async () => {
    const outcome = await render('docx');
    expect(outcome).toMatchObject({ count: 2, orphans: 0, notices: [] });
    const files = unzipSync(outcome.bytes);
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('<w:tblHeader/>');
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(6);
    // 序号 narrow, the quoted words wide.
    expect(grid[0]).toBeLessThan((grid[2] ?? 0) / 2);
    const table = rows(xml);
    expect(table[0]).toEqual(['序号', '位置', '原文', '修改为', '理由', '提出人']);
    expect(table[1]).toEqual(['1', '第一部分第1段', '这一年', '（删去）', '与上文重复', '李代表']);
    expect(table[2]?.slice(0, 4)).toEqual(['2', '第二部分第1段', '坚持稳中求进', '稳字当头、稳中求进']);
    // The hostile reason is its own words, line by line, and nothing XML cannot hold.
    expect(table[2]?.[4]).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toMatch(INVALID_CHARS);
    expect(strFromU8(files['word/footer1.xml'] ?? new Uint8Array())).toMatch(/PAGE/);
  });

  it('as JSON is the table model, with the wording of each row', async () => {
    const json = JSON.parse(new TextDecoder().decode((await render('json')).bytes)) as {
      rows: { wording: string }[];
    };
    expect(json.rows.map((row) => row.wording)).toEqual([
      '删去第一部分第1段“这一年”',
      '第二部分第1段，将“坚持稳中求进”改为“稳字当头、稳中求进”',
    ]);
  });
});
