/** Preferences and UI state (kept by main in electron-store). Plain JSON. */

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Reading text in px; up to 32 so the text can reach the 30 px and more that the 适老化 guidelines ask for. */
export const FONT_SIZE = { min: 14, max: 32, default: 18 } as const;
export const PANE_WIDTH = { min: 180, max: 560 } as const;

export interface PaneState {
  width: number;
  collapsed: boolean;
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** A report the user has opened; main keeps a private copy of its text so it reopens offline. */
export interface RecentReport {
  id: string;
  title: string;
  /** The file name it was imported from, or the bundled name. */
  fileName: string;
  bundled: boolean;
  openedAt: string;
}

/** The user's meaning and display colour for each palette key; '' means the default (DESIGN §4). */
export type Palette = Record<
  'yellow' | 'red' | 'green' | 'blue' | 'purple',
  { label: string; color: string }
>;
export const PALETTE_LABEL_MAX_LENGTH = 20;

export interface Settings {
  language: Language;
  theme: Theme;
  fontSize: number;
  panes: { outline: PaneState; glossary: PaneState };
  /** Last block read, per report id. */
  readingPositions: Record<string, string>;
  lastReportId?: string;
  recentReports: RecentReport[];
  authorName: string;
  /** The study group (学习小组) the user belongs to, shown on shared packs' preview; may be empty. */
  groupName: string;
  /** True once the first-run welcome (name and group) was answered or skipped. */
  welcomeDone: boolean;
  /** Author ids of study-group members whose notes are hidden (layers keep their notes, just not shown). */
  hiddenLayers: string[];
  palette: Palette;
  /** Show each paragraph's number (the 第N段 of citations) in the margin. */
  paragraphNumbers: boolean;
  windowBounds?: WindowBounds;
}

/** What the renderer may change directly; window bounds, recents and positions have their own paths. */
export interface SettingsPatch {
  language?: Language;
  theme?: Theme;
  fontSize?: number;
  panes?: { outline?: Partial<PaneState>; glossary?: Partial<PaneState> };
  authorName?: string;
  groupName?: string;
  welcomeDone?: boolean;
  hiddenLayers?: string[];
  palette?: Partial<Record<keyof Palette, { label?: string; color?: string }>>;
  paragraphNumbers?: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'zh-CN',
  theme: 'system',
  fontSize: FONT_SIZE.default,
  panes: { outline: { width: 260, collapsed: false }, glossary: { width: 340, collapsed: false } },
  readingPositions: {},
  recentReports: [],
  authorName: '',
  groupName: '',
  welcomeDone: false,
  hiddenLayers: [],
  palette: {
    yellow: { label: '', color: '' },
    red: { label: '', color: '' },
    green: { label: '', color: '' },
    blue: { label: '', color: '' },
    purple: { label: '', color: '' },
  },
  paragraphNumbers: false,
};
