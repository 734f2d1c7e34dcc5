/**
 * 意见汇总表 (issue 16): every member's 疑问, 建议 and amendments by paragraph in report order, identical ones merged
 * with their members and count, the heaviest passages ranked, 未定位 ones kept; its Markdown stays inert.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describe as describeTarget } from '../../../core/annotations/anchor';
import type { Amendment, Annotation, ColorKey } from '../../../core/annotations/model';
import { paperToMarkdown } from '../../../core/export/paper-markdown';
import {
  buildOpinionSummary,
  countsLine,
  membersCell,
  RANKED_LIMIT,
  summaryPaper,
  type OpinionSummary,
} from '../../../core/export/summary-model';
import { mustParse, readBundled } from '../report/report-fixtures';
import { HOSTILE_AUTHOR, HOSTILE_NOTE } from './hostile';
import { hostileString } from './markdown-inert-check';
import { htmlShape, RENDERERS } from './markdown-renderers';

const doc = mustParse(readBundled());
const SIGNER = { authorName: '秘书组', groupName: '第一组', date: '2026-12-04' };
const member = (k: number) => ({ id: `u${k}`, name: `代表${k}` });
const textOf = (id: string) => doc.blocks.find((b) => b.id === id)?.text ?? '';

let n = 0;
function opinion(
  blockId: string,
  start: number,
  end: number,
  by: number,
  what: { color?: ColorKey; note?: string; amendment?: Amendment; kind?: Annotation['kind'] },
  extra: Partial<Annotation> = {},
): Annotation {
  n += 1;
  const kind = what.kind ?? (what.amendment ? 'amendment' : 'highlight');
  return {
    id: `o${String(n).padStart(4, '0')}`,
    reportId: doc.id,
    kind,
    target: describeTarget(doc, blockId, start, end),
    ...(kind === 'highlight' && { color: what.color ?? 'yellow' }),
    ...(what.amendment && { amendment: what.amendment }),
    note: what.note ?? '',
    tags: [],
    author: member(by),
    createdAt: new Date(Date.UTC(2022, 3, 20) - n * 60_000).toISOString(),
    updatedAt: '2022-04-20T09:00:00.000Z',
    ...extra,
  };
}
const replace = (text: string): Amendment => ({ action: 'replace', text });

describe('the 意见汇总表', () => {
  const later = 'p2-s4-2';
  const earlier = 'p1-3';
  const notes = [
    // Written in the reverse of report order, by several members.
    opinion(later, 0, 4, 1, { color: 'red', note: '资金从哪里来？' }),
    opinion(earlier, 0, 3, 2, { amendment: replace('这一年里') }, { note: '更口语' }),
    opinion(earlier, 0, 3, 3, { amendment: replace('这一年 里') }),
    opinion(earlier, 0, 3, 1, { amendment: replace('这一年中') }),
    opinion(earlier, 5, 9, 2, { color: 'green', note: '建议细化' }),
    opinion(earlier, 5, 9, 2, { color: 'red' }),
    // Not opinions: a plain highlight, a bookmark, a deleted 疑问.
    opinion(earlier, 10, 14, 4, { color: 'yellow', note: '好' }),
    opinion(earlier, 0, 0, 4, { kind: 'bookmark' }),
    opinion(later, 0, 4, 4, { color: 'red', note: '删了' }, { deletedAt: '2022-04-21T00:00:00.000Z' }),
  ];

  it('gathers the opinions of every member by paragraph in report order, with their counts', () => {
    const summary = buildOpinionSummary({ doc, annotations: notes });
    expect(summary.passages.map((p) => p.blockId)).toEqual([earlier, later]);
    const [first, second] = summary.passages;
    expect(first?.position).toBe('第一部分第3段');
    expect(first?.counts).toEqual({ 修改: 3, 建议: 1, 疑问: 1 });
    expect(first?.weight).toBe(5);
    expect(first?.members).toBe(3);
    expect(second?.counts).toEqual({ 修改: 0, 建议: 0, 疑问: 1 });
    expect(summary.total).toBe(6);
    expect(summary.members).toBe(3);
  });

  it('merges identical amendments (spaces aside) with their members and count, and keeps different ones apart', () => {
    const [first] = buildOpinionSummary({ doc, annotations: notes }).passages;
    const amendments = first?.opinions.filter((o) => o.kind === '修改') ?? [];
    const old = textOf(earlier).slice(0, 3);
    // The reason makes the first differ from a bare wording; within a place, who raised theirs first comes first.
    expect(amendments.map((o) => [o.text, o.members, o.count])).toEqual([
      [`将“${old}”改为“这一年中”`, ['代表1'], 1],
      [`将“${old}”改为“这一年 里”`, ['代表3'], 1],
      [`将“${old}”改为“这一年里”（理由：更口语）`, ['代表2'], 1],
    ]);
    const same = [
      opinion(earlier, 0, 3, 5, { amendment: replace('这一年里') }),
      opinion(earlier, 0, 3, 6, { amendment: replace('这一年 里') }),
      opinion(earlier, 0, 3, 6, { amendment: replace('这一年里') }),
    ];
    const [merged] = buildOpinionSummary({ doc, annotations: same }).passages;
    expect(merged?.opinions).toHaveLength(1);
    expect(merged?.opinions[0]).toMatchObject({ members: ['代表6', '代表5'], count: 3 });
    expect(membersCell(merged!.opinions[0]!)).toBe('代表6、代表5（3条）');
    expect(merged?.members).toBe(2);
  });

  it('ranks the passages with the most opinions, heaviest first, and leaves single ones out of the ranking', () => {
    const many: Annotation[] = [];
    // The i-th paragraph gets i + 1 questions.
    const ids = doc.blocks.filter((b) => b.type === 'paragraph').map((b) => b.id);
    ids.slice(0, RANKED_LIMIT + 3).forEach((id, i) => {
      for (let k = 0; k <= i; k++) many.push(opinion(id, 0, 2, k + 1, { color: 'red', note: `问${k}` }));
    });
    const summary = buildOpinionSummary({ doc, annotations: many });
    expect(summary.ranked).toHaveLength(RANKED_LIMIT);
    expect(summary.ranked.map((p) => p.weight)).toEqual(
      [...Array(RANKED_LIMIT).keys()].map((i) => RANKED_LIMIT + 3 - i),
    );
    expect(summary.ranked.every((p) => p.weight >= 2)).toBe(true);
    expect(countsLine(summary.ranked[0]!.counts)).toBe(`疑问 ${RANKED_LIMIT + 3} 条`);
    // The passages themselves stay in report order.
    expect(summary.passages.map((p) => p.blockId)).toEqual(ids.slice(0, RANKED_LIMIT + 3));
  });

  it('keeps 未定位 opinions, last, with the place they were made at', () => {
    const gone = opinion(earlier, 0, 3, 2, { color: 'red', note: '这句原来在哪？' });
    const moved = { ...gone, target: { ...gone.target, exact: '已被删除的一句话', prefix: '', suffix: '' } };
    const summary = buildOpinionSummary({ doc, annotations: [...notes, moved] });
    expect(summary.orphans).toEqual([
      expect.objectContaining({
        position: '未定位（原在第一部分第3段）',
        text: '这句原来在哪？',
        kind: '疑问',
      }),
    ]);
    expect(summary.total).toBe(7);
    const paper = summaryPaper(summary, SIGNER);
    expect(paper.blocks.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text)).toEqual(
      ['一、意见集中的段落', '二、逐段意见', '三、未定位的意见'],
    );
  });

  it('chooses by member, tag, colour and section as notes are chosen', () => {
    const byMember = buildOpinionSummary({ doc, annotations: notes, filter: { authorIds: ['u2'] } });
    expect(byMember.total).toBe(3);
    expect(byMember.members).toBe(1);
    // A colour chooses among highlights; amendments are of their own kind and stay.
    const red = buildOpinionSummary({ doc, annotations: notes, filter: { colors: ['red'] } });
    expect(red.passages.flatMap((p) => p.opinions.map((o) => o.kind)).sort()).toEqual([
      '修改',
      '修改',
      '修改',
      '疑问',
      '疑问',
    ]);
    const part2 = buildOpinionSummary({ doc, annotations: notes, filter: { sectionIds: ['p2'] } });
    expect(part2.passages.map((p) => p.blockId)).toEqual([later]);
  });

  it('is a document: ranked passages, then one table in report order, or a line saying there is nothing', () => {
    const summary: OpinionSummary = buildOpinionSummary({ doc, annotations: notes });
    const paper = summaryPaper(summary, SIGNER);
    expect(paper.title).toBe(`《${doc.meta.title}》意见汇总表`);
    expect(paper.meta).toEqual([
      '汇总人：秘书组\u3000小组：第一组\u3000日期：2026-12-04',
      '共 3 位代表的 6 条意见，涉及 2 段',
    ]);
    expect(paper.blocks[1]).toMatchObject({
      type: 'point',
      number: '1．',
      text: '第一部分第3段：疑问 1 条、建议 1 条、修改意见 3 条（3 位代表）',
    });
    const table = paper.blocks.find((b) => b.type === 'table');
    expect(table).toMatchObject({ columns: ['序号', '位置', '类别', '意见', '原文', '提出人'] });
    const rows = (table as { rows: string[][] }).rows;
    expect(rows.map((row) => row[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(rows.map((row) => row[2])).toEqual(['修改意见', '修改意见', '修改意见', '建议', '疑问', '疑问']);
    // A 疑问 marked without words says so, rather than leaving the cell empty.
    expect(rows[4]).toEqual([
      '5',
      '第一部分第3段',
      '疑问',
      '（标为疑问，未写明）',
      textOf(earlier).slice(5, 9),
      '代表2',
    ]);
    expect(rows[5]?.[1]).toBe('第二部分（四）第2段');
    const none = summaryPaper(buildOpinionSummary({ doc, annotations: [] }), SIGNER);
    expect(none.blocks.map((block) => block.type)).toEqual(['remark']);
  });

  it('Markdown keeps the structure whatever the notes, the new words or the members hold', () => {
    const tags = (value: string) => {
      const annotations = [
        opinion(
          earlier,
          0,
          3,
          1,
          { amendment: replace(value.trim() === '' ? '甲' : value) },
          { note: value },
        ),
        opinion(earlier, 0, 3, 2, { color: 'red', note: value }, { author: { id: 'u9', name: value } }),
      ];
      const md = paperToMarkdown(summaryPaper(buildOpinionSummary({ doc, annotations }), SIGNER));
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
      { numRuns: 150 },
    );
  });
});
