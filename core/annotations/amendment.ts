/**
 * An amendment (修改意见) worded as drafting teams receive them, against the report's own numbering:
 * 第二部分（四）第2段，将“……”改为“……”; 在第三部分第1段“……”之后，增加“……”; 删去第一部分第7段“……”. Pure.
 */
import type { Amendment, AmendmentAction } from './model';

/** Where the amended words stand, as a reader of the printed report finds them. */
export interface AmendmentPlace {
  /** The report's citation (第二部分（四）第2段); '' when the words are no longer in the text or the id is no citation. */
  citation: string;
  /** The words the amendment acts on, as the text reads now (or as stored, for words no longer found). */
  exact: string;
  /**
   * Which of the paragraph's occurrences of `exact` is meant (1-based), when the paragraph holds it more than once:
   * the wording then says 第2处, so the drafting team changes the right one.
   */
  occurrence?: number;
}

export interface WordingOptions {
  /** Longest quote of the report's words, in characters: a longer one reads 开头……结尾. Whole when absent. */
  quoteLength?: number;
}

/** What each action is called on a button, in a list or a column. */
export const ACTION_LABELS: Record<AmendmentAction, string> = {
  replace: '改为',
  insertAfter: '之后增加',
  delete: '删去',
};

/** Quotes inside a quote become single quotes, as Chinese typesetting nests them. */
const nested = (text: string): string => text.replace(/“/g, '‘').replace(/”/g, '’');

/** Whitespace folded (a quote is one line in the sentence), and long quotes cut to their two ends. */
function quoted(text: string, length: number | undefined): string {
  const flat = nested(text.replace(/\s+/g, ' ').trim());
  const points = Array.from(flat);
  if (length === undefined || points.length <= length) return `“${flat}”`;
  const half = Math.max(1, Math.floor(length / 2));
  return `“${points.slice(0, half).join('')}……${points.slice(-half).join('')}”`;
}

/**
 * The amendment as one sentence. With no citation the place is left out (将“……”改为“……”), so the sentence still
 * says what to change; a table puts 未定位 in its own column.
 */
export function amendmentWording(
  amendment: Amendment,
  place: AmendmentPlace,
  options: WordingOptions = {},
): string {
  const nth = place.occurrence !== undefined ? `第${place.occurrence}处` : '';
  const old = `${nth}${quoted(place.exact, options.quoteLength)}`;
  const added = quoted(amendment.text, options.quoteLength);
  const at = place.citation;
  switch (amendment.action) {
    case 'replace':
      return `${at === '' ? '' : `${at}，`}将${old}改为${added}`;
    case 'insertAfter':
      return `在${at}${old}之后，增加${added}`;
    case 'delete':
      return `删去${at}${old}`;
  }
}

/**
 * Which occurrence of `exact` in `text` starts at `start` (1-based), or undefined when it occurs once or not at all
 * there: the wording names an occurrence only when one is needed.
 */
export function occurrenceAt(text: string, exact: string, start: number): number | undefined {
  if (exact === '') return undefined;
  let count = 0;
  let index: number | undefined;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    count += 1;
    if (at === start) index = count;
  }
  return count > 1 ? index : undefined;
}

/** The passage as the amendment would have it: the new words (replace), the old then the new (insert), nothing. */
export function amendedWords(amendment: Amendment, exact: string): string {
  switch (amendment.action) {
    case 'replace':
      return amendment.text;
    case 'insertAfter':
      return `${exact}${amendment.text}`;
    case 'delete':
      return '';
  }
}

/**
 * An annotation's amendment as a sentence without its place (将“……”改为“……”), for lists that show the place apart
 * (the speaking outline, a note card); '' when the annotation is no amendment.
 */
export function amendmentText(
  annotation: { amendment?: Amendment; target: { exact: string } },
  options: WordingOptions = {},
): string {
  if (!annotation.amendment) return '';
  return amendmentWording(annotation.amendment, { citation: '', exact: annotation.target.exact }, options);
}
