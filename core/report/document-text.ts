/** The whole parsed document as text again, in source order: the check that parsing lost and invented nothing. */
import type { ReportDocument } from './model';

/**
 * Concatenates, one per line, the title-page lines, the block texts and the lines after the body (glossary
 * appendix, footer). Apart from whitespace and markup it equals the input text, which the fidelity tests check.
 */
export function documentText(doc: ReportDocument): string {
  return [
    ...(doc.frontMatter ?? []),
    ...doc.blocks.map((block) => block.text),
    ...(doc.backMatter ?? []),
  ].join('\n');
}
