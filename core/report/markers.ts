/**
 * Glossary markers in the body (`“四个不摘”[4]要求`, `放管服〔21〕`, `^[1]`): taken out of the text, so they are
 * neither read nor searched nor quoted as words, and kept on the block with the entry they point to. A marker is
 * only taken when the glossary has that number; a bracketed (n) only when the words before it are the entry's
 * term, since (1)(2) also number lists in the text.
 */
import type { DraftBlock } from './blocks';
import { findLead } from './lead';
import type { GlossaryRef, TextMark, TextRange } from './model';
import type { EntryStyle } from './rules/glossary-rules';

const MARKER =
  /\^?\[\s*([0-9０-９]{1,3})\s*\]|【\s*([0-9０-９]{1,3})\s*】|〔\s*([0-9０-９]{1,3})\s*〕|[（(]([0-9０-９]{1,3})[）)]/g;

const CLOSING = /[”’」』）)】》]/;

function digits(text: string): number {
  return Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** How many characters before `at` are also a stretch of `term` (城区9所学校〔12〕 for 城区9所学校新扩建项目). */
export function termSuffixLength(text: string, at: number, term: string): number {
  let best = 0;
  for (let k = 1; k <= Math.min(at, term.length); k++) {
    if (term.includes(text.slice(at - k, at))) best = k;
    else break;
  }
  return best;
}

function removeRange(marks: readonly TextMark[], start: number, end: number): TextMark[] {
  const removed = end - start;
  const out: TextMark[] = [];
  for (const mark of marks) {
    const from = mark.start >= end ? mark.start - removed : Math.min(mark.start, start);
    const to = mark.end >= end ? mark.end - removed : Math.min(mark.end, start);
    if (to > from) out.push({ type: mark.type, start: from, end: to });
  }
  return out;
}

interface MarkerEntry {
  id: string;
  ordinal: number;
  term: string;
  style: EntryStyle;
}

/** Takes the markers out of the drafts' text (marks shifted, leads found again) and records them as refs. */
export function takeMarkers(drafts: DraftBlock[], entries: readonly MarkerEntry[]): void {
  if (entries.length === 0) return;
  const byOrdinal = new Map<number, MarkerEntry>();
  for (const entry of entries) if (!byOrdinal.has(entry.ordinal)) byOrdinal.set(entry.ordinal, entry);
  const parenStyle = entries.some((entry) => entry.style === 'paren');
  for (const draft of drafts) {
    if (!/[[【〔（(]/.test(draft.text)) continue;
    let text = draft.text;
    let marks = draft.marks;
    const refs: GlossaryRef[] = [];
    let removedBefore = 0;
    for (const match of draft.text.matchAll(MARKER)) {
      const paren = match[4] !== undefined;
      const entry = byOrdinal.get(digits(match[1] ?? match[2] ?? match[3] ?? match[4] ?? ''));
      const at = match.index - removedBefore;
      if (!entry || (paren && (!parenStyle || termSuffixLength(text, at, entry.term) < 2))) continue;
      if (at === 0) continue; // A marker opens nothing: at a paragraph's start it is a list number.
      text = text.slice(0, at) + text.slice(at + match[0].length);
      marks = removeRange(marks, at, at + match[0].length);
      refs.push({ at, marker: match[0], entryId: entry.id });
      removedBefore += match[0].length;
    }
    if (refs.length === 0) continue;
    draft.text = text;
    draft.marks = marks;
    draft.refs = refs;
    if (draft.type === 'paragraph') {
      const lead = findLead(text, marks);
      if (lead === undefined) delete draft.lead;
      else draft.lead = lead;
    }
  }
}

/**
 * The ranges that markers point from: the words before each marker that belong to its entry's term (empty, at the
 * marker, when none do).
 */
export function markerRanges(
  blocks: readonly { id: string; text: string; refs?: GlossaryRef[] }[],
  entries: readonly { id: string; term: string }[],
): Map<string, TextRange[]> {
  const terms = new Map(entries.map((entry) => [entry.id, entry.term]));
  const out = new Map<string, TextRange[]>();
  for (const block of blocks) {
    for (const ref of block.refs ?? []) {
      const term = terms.get(ref.entryId) ?? '';
      // A closing quote the term does not have stands between the words and the marker (“…协作区”〔27〕).
      let end = ref.at;
      while (end > 0 && CLOSING.test(block.text[end - 1] ?? '') && !term.includes(block.text[end - 1] ?? ''))
        end--;
      const length = termSuffixLength(block.text, end, term);
      const list = out.get(ref.entryId) ?? [];
      list.push(
        length > 0
          ? { blockId: block.id, start: end - length, end }
          : { blockId: block.id, start: ref.at, end: ref.at },
      );
      out.set(ref.entryId, list);
    }
  }
  return out;
}
