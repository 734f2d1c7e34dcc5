/** The prefix and suffix stored with a quote: text just outside it, taken across block boundaries in reading order. */
import type { Block } from '../report/model';
import { BLOCK_SEPARATOR } from './reading-text';

/** Code units of context kept on each side (as Hypothesis does), enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Up to CONTEXT_LENGTH code units before `offset` in block `index`, earlier blocks joined by BLOCK_SEPARATOR. */
export function contextBefore(blocks: readonly Block[], index: number, offset: number): string {
  let out = blocks[index]?.text.slice(0, offset) ?? '';
  for (let i = index - 1; i >= 0 && out.length < CONTEXT_LENGTH + 1; i--) {
    out = (blocks[i]?.text ?? '') + BLOCK_SEPARATOR + out;
  }
  let from = Math.max(0, out.length - CONTEXT_LENGTH);
  // Keep a whole surrogate pair rather than half of one.
  if (from > 0 && isLowSurrogate(out.charCodeAt(from))) from--;
  return out.slice(from);
}

/** Up to CONTEXT_LENGTH code units after `offset` in block `index`, later blocks joined by BLOCK_SEPARATOR. */
export function contextAfter(blocks: readonly Block[], index: number, offset: number): string {
  let out = blocks[index]?.text.slice(offset) ?? '';
  for (let i = index + 1; i < blocks.length && out.length < CONTEXT_LENGTH + 1; i++) {
    out = out + BLOCK_SEPARATOR + (blocks[i]?.text ?? '');
  }
  let to = Math.min(out.length, CONTEXT_LENGTH);
  if (to < out.length && isHighSurrogate(out.charCodeAt(to - 1))) to++;
  return out.slice(0, to);
}
