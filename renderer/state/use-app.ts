/** Connects the pure app state to main: loads the session, follows main's events, persists changes. */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Session } from '../../core/contract';
import type { Result } from '../../core/result';
import type { SettingsPatch } from '../../core/settings';
import { prefetchAnnotations } from '../annotations/use-annotations';
import { getApi } from '../api';
import { appReducer, initialState } from './app-state';

export function useApp() {
  const [state, dispatch] = useReducer(appReducer, initialState);
  const api = getApi();

  const acceptSession = useCallback((result: Result<Session | null>) => {
    if (result.ok) {
      if (result.value) prefetchAnnotations(result.value.report.id);
      if (result.value) dispatch({ type: 'sessionLoaded', session: result.value });
    } else {
      dispatch({ type: 'loadFailed', message: result.error.message });
    }
  }, []);

  useEffect(() => {
    let live = true;
    // A report opened by main (a double-click while starting) is newer than the answer to the first request.
    let opened = false;
    const unsubscribers = [
      api.on('reportOpened', (session) => {
        opened = true;
        prefetchAnnotations(session.report.id);
        dispatch({ type: 'sessionLoaded', session });
      }),
      api.on('errorReported', ({ message }) => dispatch({ type: 'noticeShown', kind: 'error', message })),
    ];
    api.getSession().then(
      (result) => live && !opened && acceptSession(result),
      (error: unknown) => live && !opened && dispatch({ type: 'loadFailed', message: String(error) }),
    );
    return () => {
      live = false;
      unsubscribers.forEach((off) => off());
    };
  }, [api, acceptSession]);

  const patchSettings = useCallback(
    (patch: SettingsPatch, persist = true) => {
      dispatch({ type: 'settingsPatched', patch });
      if (!persist) return;
      void api.updateSettings(patch).then((result) => {
        if (result.ok) dispatch({ type: 'settingsReplaced', settings: result.value });
        else dispatch({ type: 'noticeShown', kind: 'error', message: result.error.message });
      });
    },
    [api],
  );

  // Save the reading position after the reader settles, not on every scroll frame.
  const reportId = state.session?.report.id;
  const savedPosition = useRef<string | undefined>(undefined);
  useEffect(() => {
    const blockId = state.currentBlockId;
    if (!reportId || !blockId || savedPosition.current === `${reportId}:${blockId}`) return;
    const timer = setTimeout(() => {
      savedPosition.current = `${reportId}:${blockId}`;
      void api.saveReadingPosition({ reportId, blockId }).then((result) => {
        // A signal for tests and the benchmark: the position is on disk.
        if (result.ok) document.documentElement.dataset.savedPosition = blockId;
      });
    }, 600);
    return () => clearTimeout(timer);
  }, [api, reportId, state.currentBlockId]);

  const actions = useMemo(
    () => ({
      patchSettings,
      dispatch,
      openFile: () => void api.chooseReportFile().then(acceptSession),
      openRecent: (reportId: string) => void api.openRecentReport({ reportId }).then(acceptSession),
      /** A dropped file's bytes go to main, which decodes them exactly as it decodes a file opened from the menu. */
      importDropped: (fileName: string, bytes: Uint8Array) =>
        void api.importReportText({ fileName, bytes }).then(acceptSession),
      forgetRecent: (reportId: string) =>
        void api.forgetRecentReport({ reportId }).then((result) => {
          if (!result.ok) dispatch({ type: 'noticeShown', kind: 'error', message: result.error.message });
          else dispatch({ type: 'recentsReplaced', recentReports: result.value });
        }),
    }),
    [api, patchSettings, acceptSession],
  );
  return { state, actions, api };
}
