/** The renderer's state: a cache of what main owns (session, settings) plus transient UI state. Pure. */
import type { Session } from '../../core/contract';
import {
  DEFAULT_SETTINGS,
  FONT_SIZE,
  PANE_WIDTH,
  type RecentReport,
  type Settings,
  type SettingsPatch,
} from '../../core/settings';

export interface Notice {
  id: number;
  /** `done` confirms something the user just did and goes away by itself; the others stay until dismissed. */
  kind: 'error' | 'info' | 'done';
  message: string;
  /** The report it is about (an export, a copy, a warning on opening): it goes when another report opens. */
  reportId?: string;
}

/** Notices shown at once; a new one lets the oldest confirmation go first, an error only when all others are errors. */
export const MAX_NOTICES = 3;

export interface AppState {
  status: 'loading' | 'ready' | 'failed';
  session?: Session;
  settings: Settings;
  loadError?: string;
  notices: Notice[];
  /** The glossary entry selected by clicking a term or an entry. */
  selectedTermId?: string;
  /** The block at the top of the reading pane. */
  currentBlockId?: string;
  nextNoticeId: number;
}

export type AppAction =
  | { type: 'sessionLoaded'; session: Session }
  | { type: 'loadFailed'; message: string }
  | { type: 'settingsReplaced'; settings: Settings }
  | { type: 'settingsPatched'; patch: SettingsPatch }
  | { type: 'recentsReplaced'; recentReports: RecentReport[] }
  | { type: 'noticeShown'; kind: Notice['kind']; message: string; reportId?: string }
  | { type: 'noticeDismissed'; id: number }
  | { type: 'termSelected'; termId: string | undefined }
  | { type: 'positionChanged'; blockId: string };

export const initialState: AppState = {
  status: 'loading',
  settings: DEFAULT_SETTINGS,
  notices: [],
  nextNoticeId: 1,
};

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** Applies a patch locally (optimistically) with the same limits main enforces. */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  const pane = (key: 'outline' | 'glossary') => {
    const next = { ...settings.panes[key], ...patch.panes?.[key] };
    return { ...next, width: clamp(Math.round(next.width), PANE_WIDTH.min, PANE_WIDTH.max) };
  };
  return {
    ...settings,
    ...(patch.language ? { language: patch.language } : {}),
    ...(patch.theme ? { theme: patch.theme } : {}),
    ...(patch.authorName !== undefined ? { authorName: patch.authorName } : {}),
    ...(patch.groupName !== undefined ? { groupName: patch.groupName } : {}),
    ...(patch.welcomeDone !== undefined ? { welcomeDone: patch.welcomeDone } : {}),
    ...(patch.paragraphNumbers !== undefined ? { paragraphNumbers: patch.paragraphNumbers } : {}),
    ...(patch.hiddenLayers !== undefined ? { hiddenLayers: [...new Set(patch.hiddenLayers)] } : {}),
    fontSize: clamp(Math.round(patch.fontSize ?? settings.fontSize), FONT_SIZE.min, FONT_SIZE.max),
    palette: {
      yellow: { ...settings.palette.yellow, ...patch.palette?.yellow },
      red: { ...settings.palette.red, ...patch.palette?.red },
      green: { ...settings.palette.green, ...patch.palette?.green },
      blue: { ...settings.palette.blue, ...patch.palette?.blue },
      purple: { ...settings.palette.purple, ...patch.palette?.purple },
    },
    panes: { outline: pane('outline'), glossary: pane('glossary') },
  };
}

function withNotice(state: AppState, kind: Notice['kind'], message: string, reportId?: string): AppState {
  // The same message twice in a row is one notice, not a growing stack.
  if (state.notices.some((n) => n.message === message)) return state;
  const notices = [
    ...state.notices,
    { id: state.nextNoticeId, kind, message, ...(reportId ? { reportId } : {}) },
  ];
  while (notices.length > MAX_NOTICES) {
    // The newest is always shown; of the others, a confirmation or hint goes before an error.
    const passing = notices.slice(0, -1).findIndex((n) => n.kind !== 'error');
    notices.splice(passing >= 0 ? passing : 0, 1);
  }
  return { ...state, notices, nextNoticeId: state.nextNoticeId + 1 };
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'sessionLoaded': {
      const reportId = action.session.report.id;
      const next: AppState = {
        ...state,
        // What was said about the report before goes with it; what concerns the app stays.
        notices: state.notices.filter((n) => n.reportId === undefined || n.reportId === reportId),
        status: 'ready',
        session: action.session,
        settings: action.session.settings,
        loadError: undefined,
        selectedTermId: undefined,
        currentBlockId: action.session.settings.readingPositions[action.session.report.id],
      };
      return action.session.notice ? withNotice(next, 'info', action.session.notice, reportId) : next;
    }
    case 'loadFailed':
      return state.session
        ? withNotice(state, 'error', action.message)
        : { ...state, status: 'failed', loadError: action.message };
    case 'settingsReplaced':
      return { ...state, settings: action.settings };
    case 'settingsPatched':
      return { ...state, settings: applySettingsPatch(state.settings, action.patch) };
    case 'recentsReplaced':
      return { ...state, settings: { ...state.settings, recentReports: action.recentReports } };
    case 'noticeShown':
      // An answer about a report that is no longer open (an export finishing after another report opened).
      if (action.reportId !== undefined && action.reportId !== state.session?.report.id) return state;
      return withNotice(state, action.kind, action.message, action.reportId);
    case 'noticeDismissed':
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) };
    case 'termSelected':
      return { ...state, selectedTermId: action.termId };
    case 'positionChanged':
      return state.currentBlockId === action.blockId ? state : { ...state, currentBlockId: action.blockId };
  }
}
