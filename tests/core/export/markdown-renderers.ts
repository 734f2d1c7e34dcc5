/**
 * The three Markdown renderers an exported file must stay inert in, each as strict as it gets: CommonMark's
 * reference implementation (raw HTML passed through), GFM via marked, markdown-it with linkify and raw HTML on.
 * And the shape of what they produce: the sequence of tags, and the text a reader sees.
 */
import * as commonmark from 'commonmark';
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';

export type Renderer = { name: string; render: (markdown: string) => string };

const cmParser = new commonmark.Parser();
const cmRenderer = new commonmark.HtmlRenderer({ safe: false });
const marked = new Marked({ gfm: true, async: false });
const markdownIt = new MarkdownIt({ html: true, linkify: true });

export const RENDERERS: readonly Renderer[] = [
  { name: 'commonmark', render: (md) => cmRenderer.render(cmParser.parse(md)) },
  { name: 'marked (gfm)', render: (md) => marked.parse(md, { async: false }) },
  { name: 'markdown-it (linkify, html)', render: (md) => markdownIt.render(md) },
];

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the character references the renderers write into text; an unknown one fails loudly. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (ref, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    const named = NAMED[body];
    if (named === undefined) throw new Error(`unexpected entity ${ref} in rendered HTML`);
    return named;
  });
}

export interface HtmlShape {
  /** Every tag as written (name and attributes), in order: the structure. */
  tags: string[];
  /** The text between the tags, decoded and concatenated: what the reader sees. */
  text: string;
}

/**
 * The renderers escape `<` and `&` in text, so every `<` in their output starts a tag (theirs, or raw HTML let
 * through, which then counts as structure).
 */
export function htmlShape(html: string): HtmlShape {
  const tags: string[] = [];
  let text = '';
  let last = 0;
  for (const match of html.matchAll(/<[^>]*>?/g)) {
    text += decode(html.slice(last, match.index));
    tags.push(match[0]);
    last = match.index + match[0].length;
  }
  text += decode(html.slice(last));
  return { tags, text };
}
