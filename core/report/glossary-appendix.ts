/** The glossary appendix (附件 / 名词解释) at the end of a report: where it starts and its numbered entries. */
import type { SourceLine } from './lines';
import { compact, joinLineTexts } from './lines';
import { resolveMarkup } from './markup';

/** One entry as written: `1. **能耗“双控”**：能耗总量和强度双控。` → number `1.`, term, definition. */
export interface AppendixEntry {
  number: string;
  term: string;
  definition: string;
}

/** The appendix: its first line (附件 or the 名词解释 heading) and its entries. */
export interface GlossaryAppendix {
  start: number;
  entries: AppendixEntry[];
}

/** The start of an entry line: its number as written and value, its term, and the rest of the line. */
export interface EntryLine {
  number: string;
  ordinal: number;
  term: string;
  rest: string;
}

const ENTRY_NUMBER = /^(?:(\d{1,3})\s*[.．、]|[（(]\s*(\d{1,3})\s*[）)]|[[【]\s*(\d{1,3})\s*[\]】])\s*/;
const TERM_PATTERNS = [
  /^\*\*([^*\n]{1,40}?)\*\*\s*[：:]\s*/,
  /^\*\*([^*\n]{1,40}?)\s*[：:]\s*\*\*\s*/,
  /^((?:“[^”\n]{1,30}”\s*)+)[：:]\s*/,
  /^([^：:，。；\s*][^：:，。；\n]{0,29}?)\s*[：:]\s*/,
];

/** Parses `1. **term**：…`, `[1]“term”：…`, `（1）term:…` or `10. term：…`; null if the line does not start an entry. */
export function parseEntryLine(text: string): EntryLine | null {
  const numbered = ENTRY_NUMBER.exec(text);
  if (!numbered) return null;
  const rest = text.slice(numbered[0].length);
  for (const pattern of TERM_PATTERNS) {
    const term = pattern.exec(rest);
    if (!term) continue;
    const name = resolveMarkup(term[1] ?? '').text.trim();
    if (name === '') return null;
    return {
      number: numbered[0].trim(),
      ordinal: Number(numbered[1] ?? numbered[2] ?? numbered[3]),
      term: name,
      rest: rest.slice(term[0].length),
    };
  }
  return null;
}

const APPENDIX_LINE = /^附(?:件|录)?[\d一二三四五六七八九十]*[：:]?$/;
const GLOSSARY_TITLE =
  /^[【[〔（(]?(?:附[件录]?[\d一二三四五六七八九十]*[：:、]?)?(?:《[^》]{1,24}》)?(?:名词|词语|术语|名词术语)?(?:解释|注释|释义)[】\]〕）)]?[：:]?$/;

function titleKind(raw: string): 'appendix' | 'glossary' | null {
  if (raw === '' || raw.length > 48) return null;
  const text = compact(resolveMarkup(raw).text);
  if (APPENDIX_LINE.test(text)) return 'appendix';
  return text.length <= 32 && GLOSSARY_TITLE.test(text) ? 'glossary' : null;
}

function nextNonBlank(lines: readonly SourceLine[], from: number, to: number): number {
  let i = from;
  while (i < to && (lines[i]?.text ?? '') === '') i++;
  return i;
}

function previousNonBlank(lines: readonly SourceLine[], from: number, floor: number): number {
  let i = from;
  while (i >= floor && (lines[i]?.text ?? '') === '') i--;
  return i;
}

/**
 * Finds the last glossary appendix in lines [from, to): a 名词解释 heading (optionally after 附件) followed by entry 1.
 * Lines that do not start the next numbered entry continue the previous definition (page breaks inside entries).
 */
export function findGlossaryAppendix(
  lines: readonly SourceLine[],
  from: number,
  to: number,
): GlossaryAppendix | null {
  for (let i = to - 1; i >= from; i--) {
    const kind = titleKind(lines[i]?.text ?? '');
    if (kind === null) continue;
    let first = nextNonBlank(lines, i + 1, to);
    if (kind === 'appendix' && titleKind(lines[first]?.text ?? '') === 'glossary') {
      first = nextNonBlank(lines, first + 1, to);
    }
    if (parseEntryLine(lines[first]?.text ?? '')?.ordinal !== 1) continue;
    let start = i;
    if (kind === 'glossary') {
      const before = previousNonBlank(lines, i - 1, from);
      if (before >= from && titleKind(lines[before]?.text ?? '') === 'appendix') start = before;
    }
    return { start, entries: readEntries(lines, first, to) };
  }
  return null;
}

function readEntries(lines: readonly SourceLine[], from: number, to: number): AppendixEntry[] {
  const entries: AppendixEntry[] = [];
  let current: { number: string; term: string; parts: string[] } | null = null;
  const close = (): void => {
    if (!current) return;
    const definition = resolveMarkup(joinLineTexts(current.parts)).text.trim();
    entries.push({ number: current.number, term: current.term, definition });
  };
  for (let i = from; i < to; i++) {
    const text = lines[i]?.text ?? '';
    if (text === '') continue;
    const entry = parseEntryLine(text);
    if (entry && entry.ordinal === entries.length + (current ? 2 : 1)) {
      close();
      current = { number: entry.number, term: entry.term, parts: [entry.rest] };
    } else if (current) {
      current.parts.push(text);
    }
  }
  close();
  return entries;
}
