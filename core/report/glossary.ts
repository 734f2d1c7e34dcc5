/**
 * Reading a glossary (名词解释) from the paragraphs after its heading: numbered entries in any of the usual forms,
 * a definition running over page breaks or several paragraphs, and an end where the entries end, so whatever
 * follows (a website's footer, an appendix) is not swallowed by the last definition. A list cut off and given
 * again in full is noticed, so the partial copy can be set aside.
 */
import { endsSentence, joinLineTexts } from './lines';
import type { Para } from './paragraph';
import type { EntryStyle } from './rules/glossary-rules';
import { matchEntryNumber, PAGE_REFERENCE, TERM_PATTERNS } from './rules/glossary-rules';

/** One entry as written: `1.“岳山造林”：…` → number `1.`, term, definition. */
export interface AppendixEntry {
  number: string;
  term: string;
  definition: string;
}

/** The start of an entry: its number, its term and where its definition starts in the paragraph. */
export interface EntryStart {
  number: string;
  ordinal: number;
  style: EntryStyle;
  term: string;
  /** Offset in the paragraph's text where the definition starts. */
  definitionAt: number;
}

type Marked = Pick<Para, 'text' | 'key' | 'marks'>;

function termFromBold(para: Marked, from: number): [string, number] | null {
  const bold = para.marks.find(
    (mark) => mark.type === 'bold' && mark.start <= from + 1 && mark.end > from + 1,
  );
  if (!bold) return null;
  const term = para.text.slice(from, bold.end);
  let end = bold.end;
  while (/[\s：:]/.test(para.key[end] ?? '')) end++;
  return [term, end];
}

/** Parses the start of an entry (`1. term：…`, `[1]“term”：…`, `〔3〕term。…`, `1.[term]…`); null if it is none. */
export function parseEntry(para: Marked): EntryStart | null {
  const numbered = matchEntryNumber(para.key);
  if (!numbered) return null;
  const from = numbered.end;
  const number = para.text.slice(0, from).trim();
  const rest = para.key.slice(from);
  for (const pattern of TERM_PATTERNS) {
    const match = pattern.exec(rest);
    if (!match) continue;
    const group = match[1] ?? '';
    const termAt = from + match[0].indexOf(group);
    const term = para.text
      .slice(termAt, termAt + group.length)
      .replace(/[\s：:]+$/, '')
      .trim();
    if (term === '') return null;
    return { ...numbered, number, term, definitionAt: from + match[0].length };
  }
  const bold = termFromBold(para, from);
  if (bold) {
    const term = bold[0].replace(/[\s：:。]+$/, '').trim();
    if (term !== '') return { ...numbered, number, term, definitionAt: bold[1] };
  }
  return null;
}

/** An entry of a list with the paragraphs it spans. */
export interface ReadEntry extends AppendixEntry {
  ordinal: number;
  style: EntryStyle;
  /** Stream indices of its paragraphs. */
  indices: number[];
}

/** One run of entries numbered 1, 2, 3 …; a list given twice shows as two runs. */
export type EntryList = ReadEntry[];

/** Paragraphs that may stand between two entries (a definition in several paragraphs) before the list is over. */
const MAX_BETWEEN = 3;

/** Whether a definition is finished: a full stop, or a page reference (见第27页) at its end. */
function finished(text: string): boolean {
  return endsSentence(text) || PAGE_REFERENCE.test(text);
}

/**
 * Reads entries from `paras[from]` on, up to (not including) `to`, skipping set-aside paragraphs. Numbers must run
 * on (a stray 3. inside definition 1 is text); a number 1 after some entries starts another run. Paragraphs between
 * two entries belong to the earlier one; after the last entry only the continuation of an unfinished sentence does.
 * Returns the runs and the index after the last paragraph used.
 */
export function readEntryLists(
  paras: readonly Para[],
  from: number,
  to: number,
  skip: (index: number) => boolean,
): { lists: EntryList[]; end: number } {
  const lists: EntryList[] = [];
  let list: EntryList = [];
  let open: ReadEntry | null = null;
  let pending: Para[] = [];
  let end = from;
  const flushInto = (entry: ReadEntry): void => {
    for (const para of pending) {
      entry.definition = joinLineTexts([entry.definition, para.text]);
      entry.indices.push(para.index);
    }
    pending = [];
  };
  for (let i = from; i < to; i++) {
    const para = paras[i];
    if (!para || skip(para.index)) continue;
    const start = parseEntry(para);
    const expected = list.length + 1;
    if (start && (start.ordinal === expected || (start.ordinal === 1 && list.length > 0))) {
      if (open) flushInto(open);
      if (start.ordinal === 1 && list.length > 0) {
        lists.push(list);
        list = [];
      }
      open = {
        number: start.number,
        term: start.term,
        definition: para.text.slice(start.definitionAt).trim(),
        ordinal: start.ordinal,
        style: start.style,
        indices: [para.index],
      };
      list.push(open);
      end = i + 1;
      continue;
    }
    if (!open) break;
    // Page-break continuation of an unfinished definition, or a further paragraph before the next entry.
    if (pending.length === 0 && !finished(open.definition)) {
      open.definition = joinLineTexts([open.definition, para.text]);
      open.indices.push(para.index);
      end = i + 1;
      continue;
    }
    pending.push(para);
    if (pending.length > MAX_BETWEEN) break;
  }
  if (list.length > 0) lists.push(list);
  for (const entries of lists) for (const entry of entries) entry.definition = entry.definition.trim();
  return { lists, end };
}

/**
 * Which runs repeat another: a run that a later, longer run repeats entry for entry (a website that cut the list
 * off and gave it again in full) is the partial copy; of two equal runs, the later is the copy.
 */
export function supersededLists(lists: readonly EntryList[]): Set<number> {
  const out = new Set<number>();
  const covers = (long: EntryList, short: EntryList): boolean =>
    long.length >= short.length &&
    short.every((entry, k) => long[k]?.term === entry.term && long[k]?.ordinal === entry.ordinal);
  lists.forEach((list, i) => {
    for (let j = i + 1; j < lists.length; j++) {
      const later = lists[j];
      if (!later || out.has(j)) continue;
      if (later.length > list.length && covers(later, list)) out.add(i);
      else if (later.length === list.length && covers(later, list)) out.add(j);
    }
  });
  return out;
}
