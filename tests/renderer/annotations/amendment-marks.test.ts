/** Amendments in the text (issue 16): which runs are struck, where the new words go, and that offsets stay. */
import { describe, expect, it } from 'vitest';
import type { Anchor } from '../../../core/annotations/anchor';
import type { Annotation } from '../../../core/annotations/model';
import { segmentText } from '../../../renderer/reader/segments';
import type { AmendmentSpan } from '../../../renderer/annotations/amendment-marks';
import {
  amendmentMarkProps,
  amendmentSpans,
  blockAmendments,
  publishAmendments,
} from '../../../renderer/annotations/amendment-marks';

const amendment = (id: string, extra: Partial<Annotation>): Annotation => ({
  id,
  reportId: 'r',
  kind: 'amendment',
  target: { blockId: 'p1-1', start: 2, end: 6, exact: '稳中求进', prefix: '', suffix: '' },
  amendment: { action: 'replace', text: '稳字当头' },
  note: '',
  tags: [],
  author: { id: 'me', name: '我' },
  createdAt: '2022-04-20T08:00:00.000Z',
  updatedAt: '2022-04-20T08:00:00.000Z',
  ...extra,
});
const placed = (start: number, end: number): Anchor =>
  ({ status: 'exact', blockId: 'p1-1', start, end }) as Anchor;

describe('amendmentSpans', () => {
  it('keeps live, anchored amendments by block in text order, and nothing else', () => {
    const anchors = new Map<string, Anchor>([
      ['b', placed(8, 10)],
      ['a', placed(2, 6)],
      ['gone', { status: 'orphan' } as Anchor],
      ['dead', placed(0, 1)],
      ['hl', placed(0, 1)],
    ]);
    const spans = amendmentSpans(
      [
        amendment('b', { amendment: { action: 'delete', text: '' }, author: { id: 'u2', name: '李' } }),
        amendment('a', {}),
        amendment('gone', {}),
        amendment('dead', { deletedAt: '2022-04-21T00:00:00.000Z' }),
        { ...amendment('hl', {}), kind: 'highlight', color: 'red' },
      ],
      anchors,
      'me',
    );
    expect([...spans.keys()]).toEqual(['p1-1']);
    expect(spans.get('p1-1')?.map((s) => [s.id, s.action, s.member > 0])).toEqual([
      ['a', 'replace', false],
      ['b', 'delete', true],
    ]);
  });
});

describe('amendmentMarkProps', () => {
  const span = (action: AmendmentSpan['action'], text: string, start = 2, end = 6): AmendmentSpan => ({
    id: `${action}-${start}`,
    start,
    end,
    action,
    text,
    member: 0,
  });

  it('strikes what a replace or delete takes away and puts the new words only on the last run', () => {
    const replace = span('replace', '稳字当头');
    // A term or a highlight inside the range splits it into runs: only the run that ends it carries the words.
    const runs = segmentText(10, [
      { start: 2, end: 6, data: replace },
      { start: 3, end: 4, data: { ...replace, id: 'term' } },
    ]).filter((s) => s.active.includes(replace));
    const props = runs.map((run) => amendmentMarkProps([replace], run.end, (t) => `建议改为：${t}`));
    expect(props.map((p) => p?.className)).toEqual(Array(runs.length).fill('hl amend amend--struck'));
    expect(props.map((p) => p?.['data-insert'])).toEqual([
      ...Array(runs.length - 1).fill(undefined),
      '稳字当头',
    ]);
    expect(props.at(-1)?.title).toBe('建议改为：稳字当头');
    expect(amendmentMarkProps([span('delete', '')], 6, String)).toEqual({
      className: 'hl amend amend--struck',
      'data-annotation-ids': 'delete-2',
    });
  });

  it('keeps the words something is inserted after, and marks nothing without an amendment', () => {
    expect(amendmentMarkProps([span('insertAfter', '以上')], 6, String)).toMatchObject({
      className: 'hl amend amend--kept',
      'data-insert': '以上',
    });
    expect(amendmentMarkProps([], 6, String)).toBeUndefined();
  });

  it('never puts the new words into the text: the run is the report’s words, whatever they are', () => {
    const props = amendmentMarkProps([span('replace', '<b>x</b>')], 6, String);
    expect(Object.keys(props ?? {})).not.toContain('children');
    expect(props?.['data-insert']).toBe('<b>x</b>');
  });
});

describe('publishAmendments', () => {
  it('keeps a block’s array while its marks are equal, so only changed blocks re-render', () => {
    const spans = (text: string) =>
      amendmentSpans(
        [amendment('a', { amendment: { action: 'replace', text } })],
        new Map([['a', placed(2, 6)]]),
        'me',
      );
    publishAmendments(spans('甲'));
    const first = blockAmendments('p1-1');
    publishAmendments(spans('甲'));
    expect(blockAmendments('p1-1')).toBe(first);
    publishAmendments(spans('乙'));
    expect(blockAmendments('p1-1')).not.toBe(first);
    expect(blockAmendments('p1-1')[0]?.text).toBe('乙');
    publishAmendments(new Map());
    expect(blockAmendments('p1-1')).toEqual([]);
  });
});
