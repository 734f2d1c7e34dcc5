/**
 * The one set of structure rules (DESIGN §10): paragraphs from any source reader → ReportDocument. In order:
 * page chrome; the title page; a second copy of the report; the footer; where the body ends (an appendix, the
 * glossary, or trailing chrome and repeats); the appendices and the glossary; the body's outline; glossary markers
 * and links. What is not body, glossary, appendix or meta is set aside with its reason, never dropped.
 */
import type { BackSection } from './back-sections';
import { appendixDrafts, findBackSections } from './back-sections';
import type { DraftBlock } from './blocks';
import { structureBody } from './body-structure';
import type { SetAsideReason } from './chrome';
import { findChrome } from './chrome';
import { findRepeatedCopies, isSubstantial, sameTextKey } from './duplicates';
import { readFooter } from './footer';
import { readFrontMatter } from './front-matter';
import type { EntryList } from './glossary';
import { readEntryLists, supersededLists } from './glossary';
import { buildGlossary } from './glossary-entries';
import { assignBlockIds } from './ids';
import { findUnexplainedTerms } from './jargon';
import { hasHan } from './lines';
import { takeMarkers } from './markers';
import type { Block, ReportDocument, ReportMeta, StructureWarning } from './model';
import type { Para } from './paragraph';
import { toPara } from './paragraph';
import { placeSetAside } from './set-aside-places';
import type { SourceParagraph } from './source';
import { structureWarnings } from './structure-warnings';

/** A body needs at least one paragraph with this many Chinese characters to count as a report. */
const MIN_PARAGRAPH_HAN = 8;

const META_ORDER: readonly (keyof ReportMeta)[] = [
  'title',
  'classification',
  'documentNumber',
  'dateLine',
  'speaker',
  'issuer',
  'issueDate',
  'printRun',
  'source',
];

/** Meta in a fixed key order, so the JSON reads the same for every report. */
function orderMeta(meta: ReportMeta): ReportMeta {
  const ordered: ReportMeta = {};
  for (const key of META_ORDER) if (meta[key] !== undefined) ordered[key] = meta[key];
  return ordered;
}

const REASONS = {
  copy: { rule: 'repeated-copy', reason: '网站重复的正文（与前文相同）' },
  repeat: { rule: 'repeated-paragraph', reason: '重复的段落（与前文相同）' },
  partialGlossary: { rule: 'partial-glossary', reason: '不完整的名词解释（后面有完整的一份）' },
  unread: { rule: 'unrecognised', reason: '正文之后未能识别的文字' },
  emptyGlossary: { rule: 'glossary-unread', reason: '名词解释中未能识别为词条的文字' },
} satisfies Record<string, SetAsideReason>;

export interface StructureResult {
  doc: Omit<ReportDocument, 'id'>;
  /** Blocks' source pages, when the source gave pages. */
  pages: Record<string, number>;
}

/** The paragraphs a source gave, ready for the rules: empty ones dropped, numbered by position. */
function prepare(sources: readonly SourceParagraph[]): Para[] {
  const paras: Para[] = [];
  for (const source of sources) {
    const para = toPara(source, paras.length);
    if (para) paras.push(para);
  }
  return paras;
}

/**
 * Applies the structure rules to a stream of paragraphs. Null when no body paragraph is found (not a report).
 */
export function buildStructure(sources: readonly SourceParagraph[]): StructureResult | null {
  const paras = prepare(sources);
  const chrome = findChrome(paras);
  const front = readFrontMatter(paras, chrome);
  const setAside = new Map<number, SetAsideReason>(front.setAside);
  for (const [i, reason] of chrome) if (i >= front.bodyStart) setAside.set(i, reason);
  const footer = readFooter(paras, front.bodyStart + 1, (i) => setAside.has(i));
  const footerSet = new Set(footer.indices);
  const gone = (i: number): boolean => setAside.has(i) || footerSet.has(i);

  // Where the body ends: an appendix or glossary heading, or the trailing run of set-aside, footer and repeats.
  const firstOf = new Map<string, number>();
  let tailStart = paras.length;
  while (tailStart > front.bodyStart + 1 && gone(tailStart - 1)) tailStart--;
  const sections = findBackSections(paras, front.bodyStart + 1, tailStart, gone);
  const bodyEnd = sections[0]?.heading ?? tailStart;
  for (const i of findRepeatedCopies(paras.slice(0, bodyEnd), front.bodyStart, gone))
    setAside.set(i, REASONS.copy);
  for (let i = front.bodyStart; i < bodyEnd; i++) {
    const para = paras[i];
    if (para && !gone(i) && isSubstantial(para) && !firstOf.has(sameTextKey(para)))
      firstOf.set(sameTextKey(para), i);
  }
  const warnings: StructureWarning[] = [];
  const bodyParas = paras.slice(front.bodyStart, bodyEnd).filter((para) => !gone(para.index));
  if (!bodyParas.some((para) => hasHan(para.text, MIN_PARAGRAPH_HAN))) return null;

  // The glossary: every list read; a list repeated in full later is set aside; what follows the entries is looked at.
  const lists: { section: BackSection; lists: EntryList[] }[] = [];
  const used = new Set<number>();
  for (const section of sections) {
    if (section.kind !== 'glossary') continue;
    const read = readEntryLists(paras, section.from, section.to, gone);
    lists.push({ section, lists: read.lists });
    for (const list of read.lists) for (const entry of list) for (const i of entry.indices) used.add(i);
    if (read.lists.length === 0)
      warnings.push({
        code: 'glossary-empty',
        message: `找到“${paras[section.heading]?.text ?? ''}”标题，但没有识别出词条`,
      });
  }
  const allLists = lists.flatMap((g) => g.lists);
  const superseded = supersededLists(allLists);
  const keptLists = allLists.filter((_, i) => !superseded.has(i));
  allLists.forEach((list, i) => {
    if (!superseded.has(i)) return;
    for (const entry of list) for (const index of entry.indices) setAside.set(index, REASONS.partialGlossary);
  });
  for (const { section, lists: sectionLists } of lists) {
    const allGone =
      sectionLists.length > 0 && sectionLists.every((list) => superseded.has(allLists.indexOf(list)));
    for (const index of [section.heading, section.title]) {
      if (index === undefined) continue;
      if (allGone) setAside.set(index, REASONS.partialGlossary);
      else used.add(index);
    }
  }

  // Appendix content, and anything else after the body: a repeat, or text the rules do not know.
  const appendixBlocks: DraftBlock[] = [];
  let position = 0;
  for (const section of sections) {
    position++;
    if (section.kind === 'appendix') {
      appendixBlocks.push(...appendixDrafts(paras, section, section.number ?? position, gone));
      continue;
    }
    const empty = lists.find((g) => g.section === section)?.lists.length === 0;
    let unread: Para | undefined;
    for (let i = section.from; i < section.to; i++) {
      const para = paras[i];
      if (!para || gone(i) || used.has(i)) continue;
      const earlier = isSubstantial(para) ? firstOf.get(sameTextKey(para)) : undefined;
      setAside.set(
        i,
        earlier !== undefined ? REASONS.repeat : empty ? REASONS.emptyGlossary : REASONS.unread,
      );
      if (earlier === undefined) unread ??= para;
    }
    if (unread && !empty)
      warnings.push({
        code: 'unrecognised-text',
        message: `名词解释之后有未能识别的文字，已列入“未收入正文的内容”：“${unread.text.slice(0, 20)}”`,
      });
  }

  const drafts = [...structureBody(bodyParas, warnings), ...appendixBlocks];
  takeMarkers(
    drafts,
    keptLists
      .flat()
      .map((entry, i) => ({ id: `g${i + 1}`, ordinal: entry.ordinal, term: entry.term, style: entry.style })),
  );
  const ids = assignBlockIds(drafts);
  const pages: Record<string, number> = {};
  const blocks: Block[] = drafts.map((draft, i): Block => {
    const id = ids[i] ?? `b${i + 1}`;
    if (draft.page !== undefined) pages[id] = draft.page;
    const marks = draft.marks.length > 0 ? { marks: draft.marks } : {};
    const refs = draft.refs && draft.refs.length > 0 ? { refs: draft.refs } : {};
    if (draft.type === 'heading') {
      const kind = draft.heading?.kind;
      return {
        id,
        type: 'heading',
        level: draft.heading?.level ?? 1,
        ...(kind !== undefined && { kind }),
        text: draft.text,
        ...marks,
        ...refs,
      };
    }
    return {
      id,
      type: 'paragraph',
      text: draft.text,
      ...(draft.lead !== undefined && { lead: draft.lead }),
      ...marks,
      ...refs,
    };
  });

  const glossary = buildGlossary(keptLists, blocks);
  const backIndices = paras
    .filter(
      (para) =>
        para.index >= bodyEnd &&
        !setAside.has(para.index) &&
        (used.has(para.index) || footerSet.has(para.index)),
    )
    .map((para) => para.index);
  const layout = placeSetAside(paras, setAside, {
    front: front.lines.map((para) => para.index),
    blocks: drafts.map((draft) => draft.from ?? -1),
    back: backIndices,
  });
  const doc: Omit<ReportDocument, 'id'> = {
    meta: orderMeta({ ...footer.meta, ...front.meta }),
    blocks,
    glossary,
    unexplainedTerms: findUnexplainedTerms(
      blocks,
      glossary.flatMap((entry) => entry.aliases),
    ),
    frontMatter: front.lines.map((para) => para.text),
    backMatter: backIndices.map((i) => paras[i]?.text ?? ''),
    ...(layout.backMatterAt && { backMatterAt: layout.backMatterAt }),
    ...(layout.setAside.length > 0 && { setAside: layout.setAside }),
  };
  const found = [...warnings, ...structureWarnings(doc)];
  if (found.length > 0) doc.warnings = found;
  return { doc, pages };
}
