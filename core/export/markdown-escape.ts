/**
 * Escaping user text (notes, tags, names, quotes, titles) for Markdown, so a note can never become a heading, a
 * list, a link, a code span or live HTML in whatever viewer opens the file. The contract, proved by
 * tests/core/export/markdown-inert.test.ts, is three renderers: CommonMark (reference implementation), GFM (marked)
 * and markdown-it with linkify and raw HTML on. CommonMark lets any ASCII punctuation be backslash-escaped; an
 * escaped character is plain text, and the escape also ends the text run a link finder scans. A character is
 * escaped only where it can mean something, so figures, dates and Chinese punctuation stay readable in the source.
 */
import { stripInvalidChars } from './plain-text';
import { textLines } from './sheet-text';

/** Escaped wherever they stand. */
const ANYWHERE = new RegExp(
  [
    '\\\\', // a backslash would escape the character after it (all renderers)
    '`', // code spans, and ``` fences at a line start (all)
    '\\*', // emphasis (all); `* ` lists and `***` breaks at a line start
    '~', // strikethrough: `~x~` (marked), `~~x~~` (marked, markdown-it); ~~~ fences at a line start
    // Links, images, link reference definitions `[x]: url`, footnotes `[^1]` (all): each opens with `[`, so a lone
    // `]` has nothing to close and stays as it is.
    '\\[',
    '<', // raw HTML inline and as blocks, comments, autolinks `<https://x>` and `<a@b.cn>` (all)
    // Harmless once `<` is escaped, but escaped too so the file never holds a `<tag>`, even for a tool that scans
    // it as text (tests/e2e/print.test.ts and the CLI export test check that).
    '>',
    // Entities: `&amp;` `&#x41;` would show as `&` `A` (all). Only an `&` that opens one: R&D stays.
    '&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)',
    '@', // e-mail links: bare `a@b.cn` (marked, markdown-it), `mailto:a@b` (markdown-it)
  ].join('|'),
  'g',
);
/**
 * A dot before a letter: the dot of a domain, since every top-level domain starts with a letter. Defeats bare
 * domains `gov.cn`, `例子.cn` (markdown-it's fuzzy links), `www.gov.cn` (marked, markdown-it) and the domain of an
 * e-mail address (also a domain under the Chinese top-level domains markdown-it can be given, hence any letter
 * and not only ASCII); a dot before a digit (15.4%, 432.7) is no domain and stays. And the dot of `www.`, since marked
 * links `www.` followed by anything domain-like, digits included (`www.15.4`).
 */
const DOMAIN_DOT = /\.(?=\p{L})|(?<=www)\./giu;
/** The first slash of `//`: defeats `https://`, `ftp://` (marked, markdown-it) and `//host` (markdown-it). */
const DOUBLE_SLASH = /\/(?=\/)/g;
/**
 * `_` emphasises (all) and makes `___` breaks at a line start, except between two letters or digits, where no
 * renderer lets it open or close emphasis (CommonMark's flanking rules for `_`; Chinese characters count as
 * letters): 数据_核对 and snake_case stay as written.
 */
const UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/** `#`s ending a line would be the closing sequence of our heading lines, and dropped (all). */
const TRAILING_HASHES = /#+$/;
/**
 * Escaped only at the start of a line, where they open a block (all renderers unless said): `#` ATX headings (one
 * to six followed by whitespace — for marked any JavaScript \s, U+3000 and U+FEFF too — or the line's end: #话题
 * is no heading);
 * `-` `+` bullet lists (`*` and `>` quotes are escaped everywhere); `-` `=` setext underlines and `---` thematic
 * breaks; `|` `-` `:` the delimiter row of a table (marked reads a lone `:-` as one; no table without that row, so
 * the `|` between cells are harmless); `1.` `1)` ordered lists, only with the space after them (12.5% stays).
 */
const LINE_START = /^(?:#(?=#{0,5}(?:\s|$))|[+=|:-]|\d+(?=[.)](?:[ \t]|$)))/;

/**
 * Escapes one cleaned, trimmed line without line breaks; `atLineStart` false for text that follows something of
 * ours on its line (a `**`, 原文：“), where nothing it starts with can open a block.
 */
function escapeLine(line: string, atLineStart = true): string {
  const inline = line
    .replace(ANYWHERE, (char) => `\\${char}`)
    // After the backslashes are escaped: the one this adds must stay an escape.
    .replace(UNDERSCORE, '\\_')
    .replace(DOMAIN_DOT, '\\.')
    .replace(DOUBLE_SLASH, '\\/')
    .replace(TRAILING_HASHES, (hashes) => hashes.replace(/#/g, '\\#'));
  return atLineStart
    ? inline.replace(LINE_START, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`))
    : inline;
}

/**
 * A one-line field (title, heading, name, tag, label) as the export prints it: characters no file may carry
 * dropped, each line break with the whitespace around it made one space (as HTML shows it), and trimmed, since
 * the renderers drop whitespace at the ends of a line (CommonMark also U+3000 at the start of a paragraph).
 */
export function oneLine(text: string): string {
  return stripInvalidChars(text)
    .replace(/\s*[\r\n\u2028\u2029]\s*/g, ' ')
    .trim();
}

/**
 * One-line user text as literal Markdown inline text (see oneLine for what happens to its whitespace); `atLineStart`
 * false when it follows something of ours on its line.
 */
export function escapeMarkdownLine(text: string, atLineStart = true): string {
  return escapeLine(oneLine(text), atLineStart);
}

/** The lines of multi-line user text as printed: each cleaned and trimmed, no blank lines at either end. */
function printedLines(text: string, firstAtLineStart = true): string[] {
  const lines = textLines(stripInvalidChars(text)).map((line) => line.trim());
  const first = lines.findIndex((line) => line !== '');
  if (first < 0) return [];
  const last = lines.findLastIndex((line) => line !== '');
  return lines.slice(first, last + 1).map((line, i) => escapeLine(line, i > 0 || firstAtLineStart));
}

/**
 * Line breaks inside one paragraph: two trailing spaces, invisible in the source, and for a blank line a lone
 * backslash (a blank line would end the paragraph, and the next line could then open a block).
 */
function withBreaks(lines: readonly string[], prefix: string): string {
  const last = lines.length - 1;
  return lines
    .map((line, i) => `${prefix}${i === last ? line : line === '' ? '\\' : `${line}  `}`)
    .join('\n');
}

/**
 * Multi-line user text as one paragraph, its line breaks kept as hard breaks; '' when there is nothing to show.
 * `firstAtLineStart` false when the first line follows something of ours (意见：).
 */
export function escapeMarkdown(text: string, firstAtLineStart = true): string {
  return withBreaks(printedLines(text, firstAtLineStart), '');
}

/** User text as a block quote: every line prefixed, so the quote cannot be ended early; '' when empty. */
export function markdownQuote(text: string): string {
  return withBreaks(printedLines(text), '> ');
}
