/** Unexplained jargon: quoted terms (“放管服”) in the body that the glossary does not explain. */
import type { TextRange, UnexplainedTerm } from './model';

const QUOTED = /“([^“”\n]{2,12})”/g;
const NOT_A_TERM = /[，。、；：！？,;:!?《》]/;
const QUOTE_CHARS = /[“”‘’「」『』"]/g;

/**
 * Lists quoted terms of 2–12 characters (no ，。、；： inside, not a 《title》) that no glossary alias covers, grouped by
 * term with their occurrences (the text inside the quotes), in order of first occurrence. Adjacent pairs
 * (“六稳”“六保”) are listed separately.
 */
export function findUnexplainedTerms(
  blocks: readonly { id: string; text: string }[],
  glossaryAliases: readonly string[],
): UnexplainedTerm[] {
  const explained = new Set(glossaryAliases.map((alias) => alias.replace(QUOTE_CHARS, '')));
  const terms = new Map<string, TextRange[]>();
  for (const block of blocks) {
    if (!block.text.includes('“')) continue;
    for (const match of block.text.matchAll(QUOTED)) {
      const term = match[1] ?? '';
      if (NOT_A_TERM.test(term) || explained.has(term) || [...term].length < 2) continue;
      const start = match.index + 1;
      const range = { blockId: block.id, start, end: start + term.length };
      const list = terms.get(term);
      if (list) list.push(range);
      else terms.set(term, [range]);
    }
  }
  return [...terms].map(([term, occurrences]) => ({ term, occurrences }));
}
