/** Finding page chrome in the paragraph stream (rules/chrome-rules.ts), so it can be set aside with its reason. */
import { matchHeadingStart } from './headings';
import type { Para } from './paragraph';
import type { ChromeRule } from './rules/chrome-rules';
import { CHROME_RULES, FOLLOWING_MAX_LENGTH } from './rules/chrome-rules';
import { DATE_LINE, matchSpeaker, SALUTATION } from './rules/meta-rules';

/** Why a paragraph is not report text: the rule that found it and the reason shown to the reader. */
export interface SetAsideReason {
  rule: string;
  reason: string;
  /** Taken along by a list-like rule rather than matched itself (a title-page line may still claim it). */
  following?: boolean;
}

const SENTENCE_STOP = /[。；！？!?]/;
const LONGEST_RULE = Math.max(...CHROME_RULES.map((rule) => rule.maxLength));

/** The paragraph's text for chrome matching: folded, spaces removed. */
const chromeKey = (para: Para): string => para.key.replace(/\s+/g, '');

/** The chrome rule a paragraph matches, if any; `front` allows the rules that only hold on the title page. */
export function matchChrome(para: Para, front: boolean): ChromeRule | null {
  // Chrome is short: a paragraph longer than any rule allows, spaces and all, is report text.
  if (para.key.length > LONGEST_RULE * 2) return null;
  const key = chromeKey(para);
  for (const rule of CHROME_RULES) {
    if (rule.frontOnly && !front) continue;
    if (key.length <= rule.maxLength && rule.pattern.test(key)) return rule;
  }
  return null;
}

/** A short line that can belong to a list of links or buttons: no sentence stop, not a numbered heading. */
function isListLine(para: Para, rule: ChromeRule): boolean {
  const key = chromeKey(para);
  if (rule.following) return rule.following.test(key);
  if (key.length > FOLLOWING_MAX_LENGTH || SENTENCE_STOP.test(key) || matchHeadingStart(para.text) !== null)
    return false;
  // A site's links never hold the report's own opening: 各位代表：, its date line, its speaker.
  return !SALUTATION.test(key) && !DATE_LINE.test(key) && matchSpeaker(para.key) === null;
}

/**
 * Marks every paragraph that a chrome rule matches (rules limited to the title page excepted), and the short lines
 * that list-like chrome takes along (a share bar's buttons, the titles under 相关文章), up to the first line of
 * prose or of the report's own opening. Linear in the paragraphs.
 */
export function findChrome(paras: readonly Para[]): Map<number, SetAsideReason> {
  const found = new Map<number, SetAsideReason>();
  let run: ChromeRule | null = null;
  for (const para of paras) {
    const rule = matchChrome(para, false);
    if (rule) {
      found.set(para.index, { rule: rule.name, reason: rule.reason });
      if (rule.takesFollowing) run = rule;
      else if (run && !isListLine(para, run)) run = null;
      continue;
    }
    if (run && isListLine(para, run)) {
      found.set(para.index, { rule: run.name, reason: run.reason, following: true });
      continue;
    }
    run = null;
  }
  return found;
}
