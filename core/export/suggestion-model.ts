/**
 * 代表建议: one matter per document (一事一议), from the notes a delegate chose (by tag, colour, section — the 批注
 * pane's filters). Title 关于……的建议 to complete; 基本情况 from the quotes marked 重点 or 数据核对 with their
 * citations and figures, 问题分析 from the notes' words, 具体建议 from the 建议 notes; lines for 领衔代表 and
 * 附议代表. A part of the body with no notes says what to write there instead of standing empty. Pure.
 */
import type { Anchor } from '../annotations/anchor';
import { resolveAll } from '../annotations/anchor';
import type { Annotation, ColorKey } from '../annotations/model';
import { citationLabel } from '../report/ids';
import type { ReportDocument } from '../report/model';
import type { NoteItem, NotesFilter, NotesSection } from './notes-model';
import { buildNotesModel } from './notes-model';
import { isSuggestion, pointSource } from './outline-model';
import type { DocumentOptions, Paper, PaperBlock, Signer } from './paper';
import { BLANK, GAP, headingNumber } from './paper';
import { placeText } from './sheet-text';

export interface SuggestionInput {
  doc: ReportDocument;
  annotations: readonly Annotation[];
  labels: Record<ColorKey, string>;
  filter?: NotesFilter;
  anchors?: ReadonlyMap<string, Anchor>;
  signer: Signer;
  options?: DocumentOptions;
}

export interface SuggestionDraft {
  paper: Paper;
  /** The notes the draft is made from, and how many of them are 未定位. */
  total: number;
  orphans: number;
  /** The parts of the report the chosen notes lie in (第二部分, 开头 …), in report order. */
  parts: string[];
  /** Set when the notes span more than one part: a suggestion is one matter. */
  warning?: string;
}

/** The colours whose quotes state the situation: 重点 and 数据核对 (DESIGN §4 keys, whatever they are called). */
const SITUATION_COLORS: readonly ColorKey[] = ['yellow', 'blue'];

/**
 * Figures in a quote, as a clerk lists them to be checked: 9.5%, 432.7亿元, 3个百分点. Years, dates and ordinals
 * (2022年, 4月, 第3) are not figures.
 */
const FIGURE =
  /(?<![第\d.])\d+(?:\.\d+)?(?:万亿元|亿元|万元|元|个百分点|%|‰|倍|万人次|万人|人次|人|万吨|吨|万千瓦|千瓦|平方公里|公里|万亩|亩|万平方米|平方米|万户|户|家|个|项|所|座|辆|套|台|条|次)?(?![\d.年月日号])/g;

export function figuresIn(text: string): string[] {
  const normalised = text.replace(/[０-９．％]/g, (c) =>
    c === '．' ? '.' : c === '％' ? '%' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  return [...new Set(normalised.match(FIGURE) ?? [])];
}

/** A name's worth of line to sign on; two of them and the label fit an A4 line in large print. */
export const SIGN = '＿'.repeat(8);

/** A sentence longer than this is quoted by its clause (up to ；) instead. */
const SENTENCE_MAX = 150;

/**
 * The whole sentence a highlight lies in (to 。！？), or its clause (to ；) when the sentence is very long: the
 * situation is what the report says, and a clerk quotes it whole, not the three words a delegate marked.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const around = (stops: RegExp): [number, number] => {
    let from = start;
    while (from > 0 && !stops.test(text.charAt(from - 1))) from -= 1;
    let to = end;
    while (to < text.length && !stops.test(text.charAt(to - 1))) to += 1;
    // A closing quotation mark or bracket after the full stop belongs to the sentence.
    while (to < text.length && /[”’）」』]/.test(text.charAt(to))) to += 1;
    return [from, to];
  };
  let [from, to] = around(/[。！？]/);
  if (to - from > SENTENCE_MAX) [from, to] = around(/[。！？；]/);
  return text.slice(from, to).trim();
}

/** The part a section belongs to: its own id at level 0 or 1, its part's id for a sub-part. */
const partOf = (section: NotesSection): { id: string; title: string } =>
  section.level === 2 && section.partId !== undefined
    ? { id: section.partId, title: section.partTitle ?? section.title }
    : { id: section.id, title: section.title };

/** 第二部分 rather than the part's whole title, when the id reads as a citation. */
const partName = (part: { id: string; title: string }): string => {
  const label = citationLabel(part.id);
  return label === part.id ? part.title : label;
};

export function buildSuggestionDraft(input: SuggestionInput): SuggestionDraft {
  const { doc, labels, signer } = input;
  const options = input.options ?? {};
  const anchors = input.anchors ?? resolveAll(doc, input.annotations);
  const model = buildNotesModel(doc, input.annotations, {
    labels,
    anchors,
    ...(input.filter && { filter: input.filter }),
  });
  const texts = new Map(doc.blocks.map((block) => [block.id, block.text]));
  /** The sentence a placed note lies in; a 未定位 note keeps the words it had. */
  const sentenceOf = (item: NoteItem): string => {
    const anchor = anchors.get(item.id);
    const text = texts.get(item.blockId);
    if (
      item.orphan ||
      !anchor ||
      anchor.status === 'orphan' ||
      text === undefined ||
      anchor.end <= anchor.start
    )
      return item.quote;
    return sentenceAround(text, anchor.start, anchor.end) || item.quote;
  };
  const items = [...model.sections.flatMap((section) => section.items), ...model.orphans].filter(
    (item) => item.kind !== 'bookmark',
  );

  const parts: string[] = [];
  for (const section of model.sections) {
    if (!section.items.some((item) => item.kind !== 'bookmark')) continue;
    const name = partName(partOf(section));
    if (!parts.includes(name)) parts.push(name);
  }

  const situation = items.filter(
    (item) => !isSuggestion(item) && item.color !== undefined && SITUATION_COLORS.includes(item.color),
  );
  const analysis = items.filter((item) => !isSuggestion(item) && item.note.trim() !== '');
  const proposals = items.filter(isSuggestion);
  const source = (item: NoteItem) => pointSource({ place: placeText(item), quote: item.quote });

  const blocks: PaperBlock[] = [];
  let section = 0;
  const heading = (text: string) =>
    blocks.push({ type: 'heading', text: `${headingNumber(section++)}${text}` });

  heading('基本情况');
  if (situation.length === 0)
    blocks.push({
      type: 'fill',
      text: `（所选批注中没有标为“${labels.yellow}”或“${labels.blue}”的原文，请写明这件事的现状和有关数据。）`,
      lines: 3,
    });
  for (const item of situation) {
    const quote = sentenceOf(item);
    // The figures of the words marked (a 数据核对 is about them), else of the sentence.
    const marked = figuresIn(item.quote);
    const figures = marked.length > 0 ? marked : figuresIn(quote);
    const place = placeText(item);
    blocks.push({
      type: 'quote',
      text: quote,
      source: `${place === '' ? '' : `报告${place}`}${figures.length > 0 ? `${place === '' ? '' : '；'}涉及数据：${figures.join('、')}` : ''}`,
    });
  }

  heading('问题分析');
  if (analysis.length === 0)
    blocks.push({ type: 'fill', text: '（所选批注中没有写下的分析，请写明存在的问题及其原因。）', lines: 3 });
  analysis.forEach((item, index) =>
    blocks.push({ type: 'point', number: `${index + 1}．`, text: item.note.trim(), source: source(item) }),
  );

  heading('具体建议');
  if (proposals.length === 0)
    blocks.push({
      type: 'fill',
      text: `（所选批注中没有标为“${labels.green}”的批注，请写明具体、可办的建议。）`,
      lines: 3,
    });
  proposals.forEach((item, index) =>
    blocks.push({
      type: 'point',
      number: `${index + 1}．`,
      text: item.note.trim() === '' ? '（请填写这条建议）' : item.note.trim(),
      source: source(item),
    }),
  );

  blocks.push({
    type: 'sign',
    lines: [`领衔代表：${SIGN}`, `附议代表：${SIGN}${GAP}${SIGN}`, `${GAP.repeat(5)}${SIGN}${GAP}${SIGN}`],
  });

  const subject = options.subject?.replace(/\s+/g, ' ').trim() ?? '';
  const title = `关于${subject === '' ? BLANK : subject.replace(/^关于|的建议$/g, '')}的建议`;
  const warning =
    parts.length > 1
      ? `所选批注分属报告的${parts.join('、')}：一件代表建议只写一件事（一事一议），请确认它们说的是同一件事，或分开起草。`
      : undefined;
  return {
    paper: {
      kind: 'suggestion',
      title,
      meta: [
        `依据《${model.report.title}》的 ${items.length} 条批注起草`,
        `起草人：${signer.authorName.trim() || '（未填写）'}${signer.groupName?.trim() ? `${GAP}小组：${signer.groupName.trim()}` : ''}${GAP}日期：${signer.date}`,
      ],
      blocks,
      running: model.report.title,
      ...(options.largePrint && { large: true }),
    },
    total: items.length,
    orphans: items.filter((item) => item.orphan).length,
    parts,
    ...(warning !== undefined && { warning }),
  };
}
