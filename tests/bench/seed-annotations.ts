/**
 * Stored annotations for the start-up and highlight benchmarks, with valid anchors: every target comes from
 * core's describe() on the real block text. Targets stay in the first 60% of each paragraph, so the rest of a
 * paragraph is free for the highlights the benchmark creates (one text node, as a person's selection would be),
 * while the block it lands in still carries its share of stored marks.
 */
import { describe } from '../../core/annotations/anchor';
import type { Annotation, Author, ColorKey } from '../../core/annotations/model';
import { PALETTE_KEYS } from '../../core/annotations/model';
import type { Block, ReportDocument } from '../../core/report/model';

export const SEEDED_SHARE = 0.6;

const paragraphs = (doc: ReportDocument): Block[] =>
  doc.blocks.filter((b) => b.type === 'paragraph' && b.text.length >= 40);

export const seededParagraphs = (doc: ReportDocument): number => paragraphs(doc).length;

/** `count` notes and highlights by `author`, spread round-robin over the paragraphs, 2–13 characters each. */
export function seedAnnotations(doc: ReportDocument, author: Author, count: number): Annotation[] {
  const blocks = paragraphs(doc);
  const day = Date.UTC(2022, 3, 20);
  return Array.from({ length: count }, (_, i): Annotation => {
    const block = blocks[i % blocks.length]!;
    const room = Math.floor(block.text.length * SEEDED_SHARE);
    const length = 2 + (i % 12);
    const start = (Math.floor(i / blocks.length) * 7 + i) % (room - length);
    const note = i % 4 === 0 ? `第${i}条批注：这里的数据需要核对，建议补充说明口径和来源。` : '';
    const at = new Date(day + i * 1000).toISOString();
    return {
      id: `seed-${i}`,
      reportId: doc.id,
      kind: note ? 'note' : 'highlight',
      target: describe(doc, block.id, start, start + length),
      color: PALETTE_KEYS[i % PALETTE_KEYS.length] as ColorKey,
      note,
      tags: i % 10 === 0 ? ['数据核对'] : [],
      author,
      createdAt: at,
      updatedAt: at,
    };
  });
}

/**
 * Texts to select for new highlights, one per paragraph (longest first), in the unseeded tail of the paragraph,
 * 6 characters, occurring once in the report and clear of glossary terms (which split the text into spans).
 */
export function highlightNeedles(doc: ReportDocument, count: number): { blockId: string; text: string }[] {
  const all = doc.blocks.map((b) => b.text).join('\n');
  const terms = new Map<string, { start: number; end: number }[]>();
  for (const entry of doc.glossary)
    for (const o of entry.occurrences) terms.set(o.blockId, [...(terms.get(o.blockId) ?? []), o]);
  const found: { blockId: string; text: string }[] = [];
  const byLength = [...paragraphs(doc)].sort((a, b) => b.text.length - a.text.length);
  for (const block of byLength) {
    const from = Math.ceil(block.text.length * SEEDED_SHARE) + 2;
    for (let start = from; start + 6 <= block.text.length; start += 3) {
      const text = block.text.slice(start, start + 6);
      const clear = !(terms.get(block.id) ?? []).some((t) => t.start < start + 6 && t.end > start);
      if (clear && /^\p{Script=Han}+$/u.test(text) && all.indexOf(text) === all.lastIndexOf(text)) {
        found.push({ blockId: block.id, text });
        break;
      }
    }
    if (found.length === count) break;
  }
  if (found.length < count) throw new Error(`only ${found.length} highlight spots found`);
  return found;
}
