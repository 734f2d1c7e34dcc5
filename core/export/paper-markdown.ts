/** A set document (Paper) as Markdown: headings and numbers are ours, every word from a note or the report escaped. */
import { escapeMarkdown, escapeMarkdownLine, markdownQuote, oneLine } from './markdown-escape';
import type { Paper, PaperBlock } from './paper';
import { BLANK } from './paper';

/** Lines of one paragraph joined by hard breaks (two trailing spaces). */
const broken = (lines: readonly string[]): string => lines.join('  \n');

/** A table cell: one line, and a `|` escaped, since in GFM it would end the cell wherever it stands. */
const cell = (text: string): string => escapeMarkdownLine(text, false).replace(/\|/g, '\\|');

function block(item: PaperBlock): string[] {
  switch (item.type) {
    case 'heading':
      return [`## ${escapeMarkdownLine(item.text)}`];
    case 'paragraph': {
      const text = escapeMarkdown(item.text);
      return text === '' ? [] : [text];
    }
    case 'point': {
      const source = escapeMarkdownLine(item.source);
      const text = escapeMarkdown(item.text, false);
      return [`**${escapeMarkdownLine(item.number, false)}** ${text}${source === '' ? '' : `  \n${source}`}`];
    }
    case 'quote': {
      // One line, as in Word: a quote is a stretch of one paragraph of the report.
      const source = oneLine(item.source) === '' ? '' : `（${oneLine(item.source)}）`;
      return [markdownQuote(`“${oneLine(item.text)}”${source}`)];
    }
    case 'fill':
      return [
        broken([escapeMarkdownLine(item.text), ...Array.from({ length: item.lines }, () => BLANK.repeat(3))]),
      ];
    case 'sign':
      return [broken(item.lines.map((line) => escapeMarkdownLine(line)))];
    case 'remark':
      return [escapeMarkdownLine(item.text)];
    case 'table':
      return [
        [
          `| ${item.columns.map(cell).join(' | ')} |`,
          `| ${item.columns.map(() => '---').join(' | ')} |`,
          ...item.rows.map((row) => `| ${item.columns.map((_, i) => cell(row[i] ?? '')).join(' | ')} |`),
        ].join('\n'),
      ];
  }
}

export function paperToMarkdown(paper: Paper): string {
  const out = [`# ${escapeMarkdownLine(paper.title)}`];
  const meta = paper.meta.map((line) => escapeMarkdownLine(line)).filter((line) => line !== '');
  if (meta.length > 0) out.push(broken(meta));
  for (const item of paper.blocks) out.push(...block(item));
  return `${out.join('\n\n').trimEnd()}\n`;
}
