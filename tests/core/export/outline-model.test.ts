import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/annotations/model';
import {
  buildSpeakingOutline,
  leftOutLine,
  OUTLINE_LIMIT,
  type OutlineInput,
} from '../../../core/export/outline-model';
import type { PaperBlock } from '../../../core/export/paper';
import { doc, LABELS, note, sampleNotes } from './fixture';

const signer = { authorName: '张代表', groupName: '第一组', date: '2026-11-28' };
const outline = (annotations: readonly Annotation[], extra: Partial<OutlineInput> = {}) =>
  buildSpeakingOutline({ doc, annotations, labels: LABELS, signer, ...extra });
const headings = (blocks: readonly PaperBlock[]) =>
  blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []));
const points = (blocks: readonly PaperBlock[]) =>
  blocks.flatMap((block) => (block.type === 'point' ? [`${block.number}${block.text}${block.source}`] : []));

describe('the speaking outline (审议发言提纲)', () => {
  it('lists an overall view, then suggestions, then questions, each in report order with its citation', () => {
    const { paper } = outline(sampleNotes());
    expect(paper.title).toBe('审议《2022年泽州县政府工作报告》发言提纲');
    expect(paper.meta).toEqual(['代表：张代表\u3000小组：第一组\u3000日期：2026-11-28']);
    expect(headings(paper.blocks)).toEqual(['一、总体评价', '二、几点建议', '三、几个问题']);
    // The tag 建议 on a 重点 highlight makes it a suggestion too; the 未定位 question comes after the placed one.
    expect(points(paper.blocks)).toEqual([
      '1．建议细化稳中求进的指标（第二部分第1段：“坚持稳中求进”）',
      '2．第一行\n第二行（第二部分（一）第1段：“年要加快路网、管网、公”）',
      '1．园区平台如何考核？（第二部分（二）第1段：“转型的平台”）',
      '2．找不到原文的批注（原位置：第一部分第1段：“已被删除的一句话”）',
    ]);
  });

  it('leaves a blank to complete for the overall view, or prints the one the user wrote', () => {
    const blank = outline([]).paper.blocks[1];
    expect(blank).toEqual({ type: 'fill', text: '（请填写对报告的总体评价）', lines: 3 });
    const written = outline([], { options: { overview: '  报告实事求是，重点突出。\n' } }).paper.blocks[1];
    expect(written).toEqual({ type: 'paragraph', text: '报告实事求是，重点突出。' });
  });

  it('leaves out a section with nothing in it and numbers the rest on; says so when there is nothing at all', () => {
    const onlyQuestions = outline([note('p1-1', 0, 4, 'red', { note: '怎么算的？' })]).paper;
    expect(headings(onlyQuestions.blocks)).toEqual(['一、总体评价', '二、几个问题']);
    const nothing = outline([note('p1-1', 0, 4, 'yellow')]).paper;
    expect(headings(nothing.blocks)).toEqual(['一、总体评价']);
    expect(nothing.blocks.at(-1)).toMatchObject({ type: 'remark', text: expect.stringContaining('“建议”') });
  });

  it('lists five suggestions and names the sixth as left out; a pick chooses which', () => {
    const many = Array.from({ length: 7 }, (_, i) =>
      note('p2-s1-1', i * 5, i * 5 + 3, 'green', { note: `建议${i + 1}` }),
    );
    const first = outline(many);
    expect(first.listed.map((c) => c.note)).toEqual(['建议1', '建议2', '建议3', '建议4', '建议5']);
    expect(first.leftOut.map((c) => c.note)).toEqual(['建议6', '建议7']);
    expect(leftOutLine(first)).toBe(
      '未列入提纲的建议 2 条（第二部分（一）第1段、第二部分（一）第1段）：提纲每类最多列 5 条。',
    );
    const picked = outline(many, { options: { pickedIds: [many[6]!.id, many[1]!.id] } });
    // Listed in report order, whatever order they were picked in.
    expect(picked.listed.map((c) => c.note)).toEqual(['建议2', '建议7']);
    expect(picked.leftOut).toHaveLength(5);
  });

  it('writes a placeholder for a suggestion without words', () => {
    const { paper } = outline([note('p2-1', 0, 4, 'green', { note: ' ' })]);
    expect(points(paper.blocks)).toEqual(['1．（请填写这条建议）（第二部分第1段：“今年政府”）']);
  });

  it('never drops a note: every 建议 and 疑问 is listed or named as left out, at most five of each, in order', () => {
    const blockIds = ['p0-1', 'p1-1', 'p2-1', 'p2-s1-1', 'p2-s2-1'];
    const arbitraryNote = fc.record({
      block: fc.constantFrom(...blockIds),
      start: fc.nat({ max: 10 }),
      color: fc.constantFrom('yellow', 'red', 'green', 'blue', 'purple'),
    });
    fc.assert(
      fc.property(fc.array(arbitraryNote, { maxLength: 30 }), fc.boolean(), (specs, pick) => {
        const notes = specs.map((s) => note(s.block, s.start, s.start + 2, s.color));
        const pickedIds = pick ? notes.filter((_, i) => i % 2 === 0).map((n) => n.id) : undefined;
        const result = outline(notes, { options: { ...(pickedIds && { pickedIds }) } });
        const drafted = notes.filter((n) => n.color === 'red' || n.color === 'green').map((n) => n.id);
        expect([...result.listed, ...result.leftOut].map((c) => c.id).sort()).toEqual(drafted.sort());
        for (const category of ['建议', '疑问'] as const) {
          const listed = result.listed.filter((c) => c.category === category);
          expect(listed.length).toBeLessThanOrEqual(OUTLINE_LIMIT);
          const order = result.candidates.filter((c) => c.category === category).map((c) => c.id);
          expect(listed.map((c) => c.id)).toEqual(order.filter((id) => listed.some((c) => c.id === id)));
        }
        expect(points(result.paper.blocks)).toHaveLength(result.listed.length);
      }),
    );
  });

  it('keeps to my notes when the filter says so', () => {
    const result = outline(sampleNotes(), { filter: { authorIds: ['u2'] } });
    expect(result.listed.map((c) => c.note)).toEqual(['建议细化稳中求进的指标']);
  });
});
