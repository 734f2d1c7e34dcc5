/** Shows and dismisses the messages under the toolbar (the list itself lives in the app state). */
import { useCallback, type Dispatch } from 'react';
import type { AppAction, Notice } from './app-state';

export type Notify = (kind: Notice['kind'], message: string) => void;

/** `notify` tags each notice with the open report, so it goes when another report opens. */
export function useNotices(
  dispatch: Dispatch<AppAction>,
  reportId: string | undefined,
): { notify: Notify; dismiss(id: number): void } {
  const notify = useCallback<Notify>(
    (kind, message) => dispatch({ type: 'noticeShown', kind, message, ...(reportId ? { reportId } : {}) }),
    [dispatch, reportId],
  );
  const dismiss = useCallback((id: number) => dispatch({ type: 'noticeDismissed', id }), [dispatch]);
  return { notify, dismiss };
}
