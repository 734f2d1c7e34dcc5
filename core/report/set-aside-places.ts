/** Where set-aside text stood among the kept lines and blocks, so the document can be read back in source order. */
import type { SetAsideReason } from './chrome';
import type { SetAsideText } from './model';
import type { Para } from './paragraph';

/** Where each set-aside run stood and where back-matter lines stand among the blocks, for reading back in order. */
export function placeSetAside(
  paras: readonly Para[],
  setAside: ReadonlyMap<number, SetAsideReason>,
  kept: { front: number[]; blocks: number[]; back: number[] },
): { setAside: SetAsideText[]; backMatterAt?: number[] } {
  // Every kept item in stream order: [stream index, zone, position in its zone].
  const order: [number, 'front' | 'body' | 'back', number][] = [];
  kept.front.forEach((index, k) => order.push([index, 'front', k]));
  kept.blocks.forEach((index, k) => order.push([index, 'body', k]));
  kept.back.forEach((index, k) => order.push([index, 'back', k]));
  order.sort((a, b) => a[0] - b[0] || zoneRank(a[1]) - zoneRank(b[1]) || a[2] - b[2]);
  const backMatterAt: number[] = [];
  let blocksSeen = 0;
  for (const [, zone] of order) {
    if (zone === 'body') blocksSeen++;
    else if (zone === 'back') backMatterAt.push(blocksSeen);
  }
  const out: SetAsideText[] = [];
  let cursor = 0;
  let last: [number, 'front' | 'body' | 'back', number] | undefined;
  const indices = [...setAside.keys()].sort((a, b) => a - b);
  for (const index of indices) {
    const para = paras[index];
    const reason = setAside.get(index);
    if (!para || !reason) continue;
    while (cursor < order.length && (order[cursor]?.[0] ?? Infinity) < index) last = order[cursor++];
    // Just after the kept item before it (or at the start of the first zone when nothing is kept before it).
    const at = last ? { zone: last[1], index: last[2] + 1 } : { zone: 'front' as const, index: 0 };
    const previous = out[out.length - 1];
    if (
      previous &&
      previous.reason === reason.reason &&
      previous.at?.zone === at.zone &&
      previous.at.index === at.index &&
      previous.page === para.page
    ) {
      previous.text += `\n${para.text}`;
      continue;
    }
    out.push({
      text: para.text,
      reason: reason.reason,
      ...(para.page !== undefined && { page: para.page }),
      at,
    });
  }
  const allAfter = backMatterAt.every((n) => n === kept.blocks.length);
  return { setAside: out, ...(!allAfter && { backMatterAt }) };
}

function zoneRank(zone: 'front' | 'body' | 'back'): number {
  return zone === 'front' ? 0 : zone === 'body' ? 1 : 2;
}
