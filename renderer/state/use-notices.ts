/** Shows and dismisses the messages under the toolbar (the list itself lives in the app state). */
import { useCallback, type Dispatch } from 'react';
import type { AppAction, Notice } from './app-state';

export type Notify = (kind: Notice['kind'], message: string) => void;

export function useNotices(dispatch: Dispatch<AppAction>): { notify: Notify; dismiss(id: number): void } {
  const notify = useCallback<Notify>(
    (kind, message) => dispatch({ type: 'noticeShown', kind, message }),
    [dispatch],
  );
  const dismiss = useCallback((id: number) => dispatch({ type: 'noticeDismissed', id }), [dispatch]);
  return { notify, dismiss };
}
