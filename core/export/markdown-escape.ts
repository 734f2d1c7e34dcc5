/**
 * Escaping user text (notes, tags, names, quotes, titles) for Markdown, so a note can never become a heading, a
 * list, a link, a code span or live HTML in whatever viewer opens the file. CommonMark lets any ASCII punctuation be
 * backslash-escaped, and an escaped `<` or `&` is plain text.
 */
import { stripInvalidChars } from './plain-text';
import { textLines } from './sheet-text';

// Characters that open or close Markdown structure anywhere in a line, plus `&` (entities) and `~` (strikethrough).
const SPECIAL = /[\\`*_{}[\]()#!|<>~&]/g;
// Structure only at the start of a line: list markers (- + 1.), setext underlines (= -), thematic breaks. Escaping
// these only there keeps dates and figures (2026-11-28, 432.7) readable in the Markdown source.
const LINE_START = /^(?:[-+=]|\d+\.)/;

/** One line of user text as literal Markdown inline text; leading spaces would make an indented code block. */
export function escapeMarkdownLine(line: string): string {
  const escaped = stripInvalidChars(line)
    .replace(/^[ \t]+/, '')
    .replace(SPECIAL, (char) => `\\${char}`);
  return escaped.replace(LINE_START, (start) =>
    start.endsWith('.') ? `${start.slice(0, -1)}\\.` : `\\${start}`,
  );
}

/** Multi-line user text: each line escaped, line breaks kept as hard breaks (two trailing spaces). */
export function escapeMarkdown(text: string): string {
  return textLines(text).map(escapeMarkdownLine).join('  \n');
}

/** User text as a block quote: every line, blank ones included, prefixed so the quote cannot be ended early. */
export function markdownQuote(text: string): string {
  return textLines(text)
    .map((line) => {
      const escaped = escapeMarkdownLine(line);
      return escaped === '' ? '>' : `> ${escaped}  `;
    })
    .join('\n')
    .replace(/ {2}$/, '');
}
