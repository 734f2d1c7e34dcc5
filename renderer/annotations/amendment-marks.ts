/**
 * Amendments (修改意见) shown in the text as proposed changes: the words a replace or delete takes away struck
 * through, the new words shown after the range. The new words are drawn by CSS from a data attribute (::after), never
 * as DOM text, so the block's text — the offsets every anchor and selection counts — stays exactly the report's.
 *
 * The marks reach each block through a small store (publishAmendments / useBlockAmendments) rather than through the
 * paint model and the block props: a block re-renders only when its own amendments change.
 */
import { useSyncExternalStore } from 'react';
import type { Anchor } from '../../core/annotations/anchor';
import { memberMark } from '../../core/annotations/layers';
import type { AmendmentAction, Annotation } from '../../core/annotations/model';

export interface AmendmentSpan {
  id: string;
  start: number;
  end: number;
  action: AmendmentAction;
  /** The new words ('' for a delete). */
  text: string;
  /** 0 for mine, else the member's mark (their line style). */
  member: number;
}

/** Live amendments that anchor, by block, in text order. */
export function amendmentSpans(
  annotations: Iterable<Annotation>,
  anchors: ReadonlyMap<string, Anchor>,
  meId: string | undefined,
): Map<string, AmendmentSpan[]> {
  const byBlock = new Map<string, AmendmentSpan[]>();
  for (const a of annotations) {
    if (a.kind !== 'amendment' || !a.amendment || a.deletedAt !== undefined) continue;
    const anchor = anchors.get(a.id);
    if (!anchor || anchor.status === 'orphan' || anchor.end <= anchor.start) continue;
    const span: AmendmentSpan = {
      id: a.id,
      start: anchor.start,
      end: anchor.end,
      action: a.amendment.action,
      text: a.amendment.text,
      member: a.author.id === meId ? 0 : memberMark(a.author.id),
    };
    const list = byBlock.get(anchor.blockId);
    if (list) list.push(span);
    else byBlock.set(anchor.blockId, [span]);
  }
  for (const list of byBlock.values()) list.sort((x, y) => x.start - y.start || x.end - y.end);
  return byBlock;
}

export interface AmendmentMarkProps {
  className: string;
  'data-annotation-ids': string;
  /** The new words, drawn after the run by CSS; only on the run where an amendment ends. */
  'data-insert'?: string;
  title?: string;
}

/**
 * The props of the element around a run [.., segmentEnd) that amendments cover (`active`, in text order). It is a
 * `mark.hl`, so a click or a right-click opens it as it opens a highlight.
 */
export function amendmentMarkProps(
  active: readonly AmendmentSpan[],
  segmentEnd: number,
  insertLabel: (text: string) => string,
): AmendmentMarkProps | undefined {
  if (active.length === 0) return undefined;
  const struck = active.some((s) => s.action !== 'insertAfter');
  const classes = ['hl', 'amend', struck ? 'amend--struck' : 'amend--kept'];
  const member = active.find((s) => s.member > 0)?.member;
  if (member) classes.push('amend--member', `hl--m${member}`);
  const ending = active.filter((s) => s.end === segmentEnd && s.text !== '');
  const insert = ending.map((s) => s.text).join(' / ');
  return {
    className: classes.join(' '),
    'data-annotation-ids': active.map((s) => s.id).join(' '),
    ...(insert !== '' && { 'data-insert': insert, title: insertLabel(insert) }),
  };
}

// The store: one report is shown at a time.
const EMPTY: readonly AmendmentSpan[] = [];
let current = new Map<string, readonly AmendmentSpan[]>();
const listeners = new Set<() => void>();

const same = (a: readonly AmendmentSpan[], b: readonly AmendmentSpan[]): boolean =>
  a.length === b.length &&
  a.every((x, i) => {
    const y = b[i];
    return (
      y !== undefined &&
      x.id === y.id &&
      x.start === y.start &&
      x.end === y.end &&
      x.action === y.action &&
      x.text === y.text &&
      x.member === y.member
    );
  });

/** Replaces the marks; a block whose marks did not change keeps the same array, so it does not re-render. */
export function publishAmendments(next: ReadonlyMap<string, readonly AmendmentSpan[]>): void {
  const merged = new Map<string, readonly AmendmentSpan[]>();
  let changed = next.size !== current.size;
  for (const [blockId, spans] of next) {
    const before = current.get(blockId);
    if (before && same(before, spans)) merged.set(blockId, before);
    else {
      merged.set(blockId, spans);
      changed = true;
    }
  }
  if (!changed) return;
  current = merged;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The amendments published for one block (the same array until they change). */
export function blockAmendments(blockId: string): readonly AmendmentSpan[] {
  return current.get(blockId) ?? EMPTY;
}

/** The amendments on one block, for BlockText. */
export function useBlockAmendments(blockId: string): readonly AmendmentSpan[] {
  return useSyncExternalStore(subscribe, () => blockAmendments(blockId));
}
