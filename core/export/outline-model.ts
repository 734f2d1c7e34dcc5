/**
 * 审议发言提纲: what a delegate says in the group deliberation, in report order — an overall view, three to five
 * suggestions, then questions, each with its citation in the report's own numbering. Short enough for one or two
 * A4 pages: at most five of each kind are listed, and the rest are named (leftOut), never dropped silently. Pure.
 */
import type { Annotation } from '../annotations/model';
import type { Anchor } from '../annotations/anchor';
import type { ColorKey } from '../annotations/model';
import type { DraftCategory, NoteItem, NotesFilter } from './notes-model';
import { buildDraftModel, draftCategory } from './notes-model';
import type { DocumentOptions, Paper, PaperBlock, Signer } from './paper';
import { headingNumber, shortQuote, signerLine } from './paper';
import { placeText } from './sheet-text';
import type { ReportDocument } from '../report/model';

/** How many suggestions (and questions) a speaking outline lists: a deliberation turn is a few minutes. */
export const OUTLINE_LIMIT = 5;

export interface OutlineCandidate {
  id: string;
  category: DraftCategory;
  /** 第二部分（三）第2段, or 原位置：… for a 未定位 note. */
  place: string;
  quote: string;
  note: string;
  /** 未定位: its words are no longer in the report. */
  orphan: boolean;
}

export interface SpeakingOutline {
  paper: Paper;
  /** Every 建议 and 疑问 that passed the filter, suggestions first, each in report order. */
  candidates: OutlineCandidate[];
  listed: OutlineCandidate[];
  /** Passed the filter but not listed: not picked, or past the fifth of its kind. */
  leftOut: OutlineCandidate[];
}

export interface OutlineInput {
  doc: ReportDocument;
  annotations: readonly Annotation[];
  labels: Record<ColorKey, string>;
  filter?: NotesFilter;
  anchors?: ReadonlyMap<string, Anchor>;
  signer: Signer;
  options?: DocumentOptions;
}

/** A note the outline lists under 几点建议. (An amendment note joins here once that kind exists.) */
export function isSuggestion(item: Pick<NoteItem, 'kind' | 'color' | 'tags'>): boolean {
  return draftCategory(item) === '建议';
}

const categoryOf = (item: NoteItem): DraftCategory | undefined =>
  isSuggestion(item) ? '建议' : draftCategory(item);

/** Where a point comes from, so the speaker can find it: （第二部分第1段：“坚持稳中求进”） */
export function pointSource(item: Pick<OutlineCandidate, 'place' | 'quote'>): string {
  const quote = item.quote.trim() === '' ? '' : `“${shortQuote(item.quote)}”`;
  if (item.place === '') return quote === '' ? '' : `（${quote}）`;
  return `（${item.place}${quote === '' ? '' : `：${quote}`}）`;
}

const EMPTY_POINT: Record<DraftCategory, string> = {
  建议: '（请填写这条建议）',
  疑问: '（请填写想问的问题）',
};

const SECTION_TITLES: Record<DraftCategory, string> = { 建议: '几点建议', 疑问: '几个问题' };

/** Builds the outline; `options.pickedIds` chooses which notes are listed (at most five of each kind). */
export function buildSpeakingOutline(input: OutlineInput): SpeakingOutline {
  const { doc, labels, signer } = input;
  const options = input.options ?? {};
  const model = buildDraftModel(doc, input.annotations, {
    labels,
    ...(input.filter && { filter: input.filter }),
    ...(input.anchors && { anchors: input.anchors }),
  });
  const items = [...model.sections.flatMap((section) => section.items), ...model.orphans];
  const candidates: OutlineCandidate[] = [];
  for (const category of ['建议', '疑问'] as const)
    for (const item of items)
      if (categoryOf(item) === category)
        candidates.push({
          id: item.id,
          category,
          place: placeText(item),
          quote: item.quote,
          note: item.note.trim(),
          orphan: item.orphan,
        });

  const picked = options.pickedIds ? new Set(options.pickedIds) : undefined;
  const listed: OutlineCandidate[] = [];
  const leftOut: OutlineCandidate[] = [];
  const perCategory: Record<DraftCategory, number> = { 建议: 0, 疑问: 0 };
  for (const candidate of candidates) {
    const wanted = picked === undefined || picked.has(candidate.id);
    if (wanted && perCategory[candidate.category] < OUTLINE_LIMIT) {
      perCategory[candidate.category] += 1;
      listed.push(candidate);
    } else leftOut.push(candidate);
  }

  // Sections with nothing in them are left out and the rest numbered on: a speaker reads no empty heading.
  const blocks: PaperBlock[] = [];
  let section = 0;
  const heading = (text: string) =>
    blocks.push({ type: 'heading', text: `${headingNumber(section++)}${text}` });
  heading('总体评价');
  const overview = options.overview?.trim() ?? '';
  blocks.push(
    overview === ''
      ? { type: 'fill', text: '（请填写对报告的总体评价）', lines: 3 }
      : { type: 'paragraph', text: overview },
  );
  for (const category of ['建议', '疑问'] as const) {
    const points = listed.filter((candidate) => candidate.category === category);
    if (points.length === 0) continue;
    heading(SECTION_TITLES[category]);
    points.forEach((point, index) =>
      blocks.push({
        type: 'point',
        number: `${index + 1}．`,
        text: point.note === '' ? EMPTY_POINT[category] : point.note,
        source: pointSource(point),
      }),
    );
  }
  if (candidates.length === 0)
    blocks.push({
      type: 'remark',
      text: `没有可列入提纲的批注：标为“${labels.green}”的批注列为建议，标为“${labels.red}”的列为问题。`,
    });

  return {
    paper: {
      kind: 'outline',
      title: `审议《${model.report.title}》发言提纲`,
      meta: [signerLine(signer)],
      blocks,
      running: model.report.title,
      ...(options.largePrint && { large: true }),
    },
    candidates,
    listed,
    leftOut,
  };
}

/** 未列入提纲的建议 2 条：第三部分第3段、第四部分（二）第1段 — said wherever the outline is made. */
export function leftOutLine(outline: Pick<SpeakingOutline, 'leftOut'>): string {
  if (outline.leftOut.length === 0) return '';
  const parts = (['建议', '疑问'] as const).flatMap((category) => {
    const out = outline.leftOut.filter((candidate) => candidate.category === category);
    if (out.length === 0) return [];
    const places = out.map((candidate) => candidate.place || '原位置不明').join('、');
    return [`${category === '建议' ? '建议' : '问题'} ${out.length} 条（${places}）`];
  });
  return `未列入提纲的${parts.join('，')}：提纲每类最多列 ${OUTLINE_LIMIT} 条。`;
}
