/** Find in the report: the query and its results, the hits stepped through, and the search box to focus. */
import { useCallback, useRef } from 'react';
import type { Annotation } from '../../core/annotations/model';
import type { ReportDocument } from '../../core/report/model';
import { useHitSteps } from './use-hit-steps';
import { useSearch } from './use-search';

/** `showPane` brings the search pane on screen before the box is focused. */
export function useFind(doc: ReportDocument | undefined, notes: readonly Annotation[], showPane: () => void) {
  const search = useSearch(doc, notes);
  const hits = useHitSteps(doc, search.results);
  const inputRef = useRef<HTMLInputElement>(null);
  const { reset: resetStep } = hits;
  const setQuery = search.setQuery;
  const onQuery = useCallback(
    (query: string) => {
      resetStep();
      setQuery(query);
    },
    [setQuery, resetStep],
  );
  const open = useCallback(() => {
    showPane();
    requestAnimationFrame(() => {
      inputRef.current?.focus();
      inputRef.current?.select();
    });
  }, [showPane]);
  return { search, hits, inputRef, onQuery, open };
}
