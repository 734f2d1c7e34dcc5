/**
 * The line under the search box: what the index is doing, or how many exact occurrences the report's text holds
 * and which one is current. Only exact occurrences are counted (相关结果 never are), and a position is shown
 * only for a step that exists, so it never reads 第 0 / N or 第 3 / 1.
 */
import type { SearchResults } from '../../core/search/model';
import type { Translate } from '../i18n/i18n';

export interface StatusInput {
  indexing: boolean;
  query: string;
  results: SearchResults | undefined;
  /** Exact occurrences the reading pane steps through. */
  stepCount: number;
  /** The current step (-1: none yet). */
  current: number;
}

export function searchStatus(
  t: Translate,
  { indexing, query, results, stepCount, current }: StatusInput,
): string {
  if (indexing) return t('searchIndexing');
  if (!query.trim()) return t('searchHint');
  if (!results) return '';
  if (stepCount === 0)
    return results.total + results.relatedTotal === 0 ? t('searchNothing') : t('searchNoneInText');
  if (current < 0 || current >= stepCount)
    return stepCount === 1 ? t('searchCountOne') : t('searchCount', { count: stepCount });
  return t('searchPosition', { current: current + 1, count: stepCount });
}
