/** Glossary terms in the text: the forms a term takes (aliases) and where each occurs in the body. */
import type { TextRange } from './model';

const OPEN_QUOTES = new Set(['“', '‘', '「', '『', '"']);
const CLOSE_QUOTES = new Set(['”', '’', '」', '』', '"']);
const QUOTE_CHARS = /[“”‘’「」『』"]/g;
const QUOTED_CORE = /[“‘「『"]([^“”‘’「」『』"\n]+)[”’」』"]/g;

/** Shortest alias worth linking; single characters would link everywhere. */
const MIN_ALIAS_LENGTH = 2;

/**
 * The forms a term takes in the text: as written (能耗“双控”), without quotes (能耗双控), and each quoted core of
 * two or more characters with its quotes (“双控”), so 国企改革“32字”要求 is found as “32字”改革要求. A term written
 * without quotes (双减) matches its quoted form (“双减”) by itself.
 */
export function glossaryAliases(term: string): string[] {
  const aliases = new Set<string>();
  const add = (alias: string): void => {
    if (alias.replace(QUOTE_CHARS, '').length >= MIN_ALIAS_LENGTH) aliases.add(alias);
  };
  add(term);
  add(term.replace(QUOTE_CHARS, ''));
  for (const core of term.matchAll(QUOTED_CORE)) add(core[0]);
  return [...aliases];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** How far to look for the phrase around a match; ICU segments each phrase between punctuation on its own. */
const CONTEXT = 24;

let segmenter: Intl.Segmenter | undefined;

/** Whether `start` and `end` fall on word boundaries, segmenting only the phrase around the match. */
function onWordBoundaries(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < CONTEXT && WORD_CHAR.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && to - end < CONTEXT && WORD_CHAR.test(text[to] ?? '')) to++;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let startOk = start === from;
  let endOk = end === to;
  for (const segment of segmenter.segment(text.slice(from, to))) {
    const at = from + segment.index;
    if (at === start) startOk = true;
    if (at === end) endOk = true;
    if (at > end) break;
  }
  return startOk && endOk;
}

/** An unquoted match must not sit inside a longer word (双控 in 双控制) unless quotes wrap it directly. */
function isWholeWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && after !== undefined && OPEN_QUOTES.has(before) && CLOSE_QUOTES.has(after))
    return true;
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  const startFree =
    OPEN_QUOTES.has(first) || before === undefined || !WORD_CHAR.test(before) || !WORD_CHAR.test(first);
  const endFree =
    CLOSE_QUOTES.has(last) || after === undefined || !WORD_CHAR.test(after) || !WORD_CHAR.test(last);
  return (startFree && endFree) || onWordBoundaries(text, start, end);
}

function overlaps(taken: readonly (readonly [number, number])[], start: number, end: number): boolean {
  return taken.some(([s, e]) => start < e && s < end);
}

/**
 * Finds every occurrence of the entries' aliases in the blocks, longest alias first and non-overlapping, as ranges
 * in block text (UTF-16 offsets). Returns one list per entry, in reading order.
 */
export function linkGlossary(
  entries: readonly { aliases: readonly string[] }[],
  blocks: readonly { id: string; text: string }[],
): TextRange[][] {
  const aliases = entries
    .flatMap((entry, index) => entry.aliases.map((alias) => ({ alias, index })))
    .sort((a, b) => b.alias.length - a.alias.length || a.index - b.index);
  const found: { block: number; range: TextRange }[][] = entries.map(() => []);
  blocks.forEach((block, blockIndex) => {
    const taken: [number, number][] = [];
    for (const { alias, index } of aliases) {
      let at = block.text.indexOf(alias);
      while (at >= 0) {
        const end = at + alias.length;
        if (!overlaps(taken, at, end) && isWholeWord(block.text, at, end)) {
          taken.push([at, end]);
          found[index]?.push({ block: blockIndex, range: { blockId: block.id, start: at, end } });
        }
        at = block.text.indexOf(alias, at + 1);
      }
    }
  });
  return found.map((list) =>
    list.sort((a, b) => a.block - b.block || a.range.start - b.range.start).map((item) => item.range),
  );
}
