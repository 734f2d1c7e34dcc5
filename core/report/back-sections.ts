/** The sections after the body: appendices with content (附件1 …) and glossaries, and an appendix's draft blocks. */
import { isAppendixTitle, matchAppendixHeading, matchItem } from './appendix';
import type { DraftBlock } from './blocks';
import { headingDrafts, paragraphDraft } from './blocks';
import type { Para } from './paragraph';
import { isGlossaryTitle } from './rules/glossary-rules';

/** A section after the body: an appendix with content, or the glossary. */
export interface BackSection {
  kind: 'appendix' | 'glossary';
  /** Stream index of its heading, and of its title line when the title stands on a line of its own. */
  heading: number;
  title?: number;
  number: number | null;
  /** First and last (exclusive) stream index of its content. */
  from: number;
  to: number;
}

/** Finds the headings of appendices and glossaries after the body, and what each spans. */
export function findBackSections(
  paras: readonly Para[],
  from: number,
  to: number,
  skip: (i: number) => boolean,
): BackSection[] {
  const sections: BackSection[] = [];
  for (let i = from; i < to; i++) {
    const para = paras[i];
    if (!para || skip(i)) continue;
    const appendix = matchAppendixHeading(para);
    if (appendix) {
      let title: number | undefined;
      let glossary = appendix.glossary;
      let j = i + 1;
      while (j < to && skip(j)) j++;
      const next = paras[j];
      if (appendix.title === '' && next && j < to) {
        if (isGlossaryTitle(next.key)) {
          glossary = true;
          title = j;
        } else if (isAppendixTitle(next)) title = j;
      }
      const contentFrom = (title ?? i) + 1;
      sections.push({
        kind: glossary ? 'glossary' : 'appendix',
        heading: i,
        ...(title !== undefined && { title }),
        number: appendix.number,
        from: contentFrom,
        to,
      });
      i = contentFrom - 1;
      continue;
    }
    if (isGlossaryTitle(para.key))
      sections.push({ kind: 'glossary', heading: i, number: null, from: i + 1, to });
  }
  sections.forEach((section, k) => (section.to = sections[k + 1]?.heading ?? to));
  return sections;
}

/** The paragraphs of an appendix as draft blocks: its heading (with its title), its numbered items, the rest. */
export function appendixDrafts(
  paras: readonly Para[],
  section: BackSection,
  ordinal: number,
  skip: (i: number) => boolean,
): DraftBlock[] {
  const head = paras[section.heading];
  if (!head) return [];
  const titlePara = section.title !== undefined ? paras[section.title] : undefined;
  const text = titlePara ? `${head.text} ${titlePara.text}` : head.text;
  const shift = head.text.length + 1;
  const marks = [
    ...head.marks,
    ...(titlePara?.marks ?? []).map((m) => ({ ...m, start: m.start + shift, end: m.end + shift })),
  ];
  const origin = { ...(head.page !== undefined && { page: head.page }), from: head.index };
  const drafts: DraftBlock[] = headingDrafts(
    { text, marks },
    { level: 1, ordinal, kind: 'appendix' },
    false,
    origin,
  );
  let style: string | null = null;
  let expected = 1;
  for (let i = section.from; i < section.to; i++) {
    const para = paras[i];
    if (!para || skip(i)) continue;
    const at = { ...(para.page !== undefined && { page: para.page }), from: para.index };
    const item = matchItem(para.key);
    if (item && (style === null || item.style === style) && item.ordinal === expected) {
      style = item.style;
      expected++;
      drafts.push(...headingDrafts(para, { level: 2, ordinal: item.ordinal, kind: 'item' }, true, at));
    } else {
      drafts.push(paragraphDraft(para, at));
    }
  }
  return drafts;
}
