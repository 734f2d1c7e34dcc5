/**
 * The one set of structure rules (DESIGN §10): paragraphs from any source reader → ReportDocument. In order:
 * page chrome; the title page; a second copy of the report; the footer; where the body ends (an appendix, the
 * glossary, or trailing chrome and repeats); the appendices and the glossary; the body's outline; glossary markers
 * and links. What is not body, glossary, appendix or meta is set aside with its reason, never dropped.
 */
import { matchAppendixHeading, isAppendixTitle, matchItem } from './appendix';
import type { DraftBlock } from './blocks';
import { headingDrafts, paragraphDraft } from './blocks';
import { structureBody } from './body-structure';
import type { SetAsideReason } from './chrome';
import { findChrome } from './chrome';
import { findRepeatedCopies, isSubstantial, sameTextKey } from './duplicates';
import { readFooter } from './footer';
import { readFrontMatter } from './front-matter';
import type { EntryList } from './glossary';
import { readEntryLists, supersededLists } from './glossary';
import { glossaryAliases, linkGlossary } from './glossary-link';
import { assignBlockIds } from './ids';
import { findUnexplainedTerms } from './jargon';
import { hasHan } from './lines';
import { markerRanges, takeMarkers } from './markers';
import type {
  Block,
  GlossaryEntry,
  ReportDocument,
  ReportMeta,
  SetAsideText,
  StructureWarning,
} from './model';
import type { Para } from './paragraph';
import { toPara } from './paragraph';
import { isGlossaryTitle } from './rules/glossary-rules';
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

/** A section after the body: an appendix with content, or the glossary. */
interface BackSection {
  kind: 'appendix' | 'glossary';
  /** Stream index of its heading, and of its title line when the title stands on a line of its own. */
  heading: number;
  title?: number;
  number: number | null;
  /** First and last (exclusive) stream index of its content. */
  from: number;
  to: number;
}

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

/** Finds the headings of appendices and glossaries after the body, and what each spans. */
function findBackSections(
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
function appendixDrafts(
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

/** Glossary entries with ids, aliases, occurrences and marker ranges. */
function buildGlossary(lists: readonly EntryList[], blocks: readonly Block[]): GlossaryEntry[] {
  const entries = lists.flat().map((entry, i) => ({
    id: `g${i + 1}`,
    term: entry.term,
    aliases: glossaryAliases(entry.term),
    definition: entry.definition,
  }));
  const occurrences = linkGlossary(entries, blocks);
  const order = new Map(blocks.map((block, i) => [block.id, i]));
  const markers = markerRanges(blocks, entries);
  return entries.map((entry, i) => {
    const found = occurrences[i] ?? [];
    const pointed = markers.get(entry.id) ?? [];
    // A marker links the words before it when no term occurrence covers them already (城区9所学校〔12〕).
    for (const range of pointed) {
      if (range.end - range.start < 2) continue;
      const taken = occurrences.some((list) =>
        list.some((r) => r.blockId === range.blockId && r.start < range.end && range.start < r.end),
      );
      if (!taken) found.push(range);
    }
    found.sort((a, b) => (order.get(a.blockId) ?? 0) - (order.get(b.blockId) ?? 0) || a.start - b.start);
    return {
      ...entry,
      occurrences: found,
      ...(pointed.length > 0 && { markers: pointed }),
    };
  });
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

/** Where each set-aside run stood and where back-matter lines stand among the blocks, for reading back in order. */
function placeSetAside(
  paras: readonly Para[],
  setAside: ReadonlyMap<number, SetAsideReason>,
  kept: { front: number[]; blocks: number[]; back: number[] },
): { setAside: SetAsideText[]; backMatterAt?: number[] } {
  // Every kept item in stream order: [stream index, zone, position in its zone].
  const order: [number, 'front' | 'body' | 'back', number][] = [];
  kept.front.forEach((index, k) => order.push([index, 'front', k]));
  kept.blocks.forEach((index, k) => order.push([index, 'body', k]));
  kept.back.forEach((index, k) => order.push([index, 'back', k]));
  order.sort((a, b) => a[0] - b[0] || zoneRank(a[1]) - zoneRank(b[1]) || a[2] - b[2]);
  const backMatterAt: number[] = [];
  let blocksSeen = 0;
  for (const [, zone] of order) {
    if (zone === 'body') blocksSeen++;
    else if (zone === 'back') backMatterAt.push(blocksSeen);
  }
  const out: SetAsideText[] = [];
  let cursor = 0;
  let last: [number, 'front' | 'body' | 'back', number] | undefined;
  const indices = [...setAside.keys()].sort((a, b) => a - b);
  for (const index of indices) {
    const para = paras[index];
    const reason = setAside.get(index);
    if (!para || !reason) continue;
    while (cursor < order.length && (order[cursor]?.[0] ?? Infinity) < index) last = order[cursor++];
    // Just after the kept item before it (or at the start of the first zone when nothing is kept before it).
    const at = last ? { zone: last[1], index: last[2] + 1 } : { zone: 'front' as const, index: 0 };
    const previous = out[out.length - 1];
    if (
      previous &&
      previous.reason === reason.reason &&
      previous.at?.zone === at.zone &&
      previous.at.index === at.index &&
      previous.page === para.page
    ) {
      previous.text += `\n${para.text}`;
      continue;
    }
    out.push({
      text: para.text,
      reason: reason.reason,
      ...(para.page !== undefined && { page: para.page }),
      at,
    });
  }
  const allAfter = backMatterAt.every((n) => n === kept.blocks.length);
  return { setAside: out, ...(!allAfter && { backMatterAt }) };
}

function zoneRank(zone: 'front' | 'body' | 'back'): number {
  return zone === 'front' ? 0 : zone === 'body' ? 1 : 2;
}
