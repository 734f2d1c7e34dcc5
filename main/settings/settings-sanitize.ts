/**
 * Turns whatever is stored (or patched) into valid settings values: out-of-range numbers are clamped,
 * unknown values fall back to defaults, lists are capped. Used both to repair a stored file and to
 * apply a renderer patch, so the two can never disagree about what is valid.
 */
import {
  AUTHOR_NAME_MAX_LENGTH,
  FILE_NAME_MAX_LENGTH,
  HIDDEN_LAYERS_MAX,
  ID_MAX_LENGTH,
} from '../../core/contract-schemas';
import type { PaneState, RecentReport, Settings, WindowBounds } from '../../core/settings';
import {
  DEFAULT_SETTINGS,
  FONT_SIZE,
  LANGUAGES,
  PALETTE_LABEL_MAX_LENGTH,
  PANE_WIDTH,
  THEMES,
} from '../../core/settings';

/** How many reports the recent list keeps (newest first). */
export const MAX_RECENT_REPORTS = 10;
/** How many reports keep a reading position; the oldest is dropped first. */
export const MAX_READING_POSITIONS = 50;
/** Smallest and largest window the app restores; larger values are clamped. */
export const WINDOW_SIZE = { minWidth: 640, minHeight: 480, max: 16_384 } as const;

const TITLE_MAX_LENGTH = 500;

type Sanitizers = { [K in keyof Settings]-?: (value: unknown) => Settings[K] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= ID_MAX_LENGTH;

// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** Removes control characters, trims, and caps the length (for display names). */
function cleanText(value: string, maxLength: number): string {
  return value.replace(CONTROL_CHARACTERS, '').trim().slice(0, maxLength);
}

/** A font size in range, rounded to whole pixels. */
export function sanitizeFontSize(value: unknown): number {
  return isFiniteNumber(value) ? Math.round(clamp(value, FONT_SIZE.min, FONT_SIZE.max)) : FONT_SIZE.default;
}

/** A pane with its width clamped to the allowed range; missing parts come from `fallback`. */
export function sanitizePane(value: unknown, fallback: PaneState): PaneState {
  const pane = isRecord(value) ? value : {};
  return {
    width: isFiniteNumber(pane.width)
      ? Math.round(clamp(pane.width, PANE_WIDTH.min, PANE_WIDTH.max))
      : fallback.width,
    collapsed: typeof pane.collapsed === 'boolean' ? pane.collapsed : fallback.collapsed,
  };
}

/** The author name as shown on notes: plain text, trimmed, at most 100 characters. */
export function sanitizeAuthorName(value: unknown): string {
  return typeof value === 'string' ? cleanText(value, AUTHOR_NAME_MAX_LENGTH) : DEFAULT_SETTINGS.authorName;
}

/** Distinct author ids, at most HIDDEN_LAYERS_MAX. */
export function sanitizeHiddenLayers(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter(isId))].slice(0, HIDDEN_LAYERS_MAX);
}

/** Palette labels are short plain text; colours are #rrggbb or '' for the default. */
export function sanitizePalette(value: unknown): Settings['palette'] {
  const given = isRecord(value) ? value : {};
  const entry = (key: keyof Settings['palette']) => {
    const raw = given[key];
    const item = isRecord(raw) ? raw : {};
    return {
      label: typeof item.label === 'string' ? cleanText(item.label, PALETTE_LABEL_MAX_LENGTH) : '',
      color:
        typeof item.color === 'string' && /^#[0-9a-f]{6}$/i.test(item.color) ? item.color.toLowerCase() : '',
    };
  };
  return {
    yellow: entry('yellow'),
    red: entry('red'),
    green: entry('green'),
    blue: entry('blue'),
    purple: entry('purple'),
  };
}

function sanitizeRecent(value: unknown): RecentReport | null {
  if (!isRecord(value) || !isId(value.id) || typeof value.fileName !== 'string') return null;
  if (typeof value.openedAt !== 'string' || Number.isNaN(Date.parse(value.openedAt))) return null;
  const fileName = cleanText(value.fileName, FILE_NAME_MAX_LENGTH);
  if (fileName === '') return null;
  return {
    id: value.id,
    title: typeof value.title === 'string' ? cleanText(value.title, TITLE_MAX_LENGTH) : fileName,
    fileName,
    bundled: value.bundled === true,
    openedAt: value.openedAt,
  };
}

/** Valid recent entries only, one per id, newest first as stored, at most MAX_RECENT_REPORTS. */
export function sanitizeRecentReports(value: unknown): RecentReport[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const result: RecentReport[] = [];
  for (const item of value) {
    const recent = sanitizeRecent(item);
    if (!recent || seen.has(recent.id)) continue;
    seen.add(recent.id);
    result.push(recent);
    if (result.length === MAX_RECENT_REPORTS) break;
  }
  return result;
}

/** Valid (report id → block id) pairs, keeping the most recently saved MAX_READING_POSITIONS. */
export function sanitizeReadingPositions(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string] => isId(entry[0]) && isId(entry[1]) && entry[0] !== '__proto__',
  );
  // Insertion order is save order (saveReadingPosition re-inserts), so the tail is the newest.
  return Object.fromEntries(entries.slice(-MAX_READING_POSITIONS));
}

/** Window bounds with a usable size, or undefined when nothing sensible is stored. */
export function sanitizeWindowBounds(value: unknown): WindowBounds | undefined {
  if (!isRecord(value) || !isFiniteNumber(value.width) || !isFiniteNumber(value.height)) return undefined;
  const bounds: WindowBounds = {
    width: Math.round(clamp(value.width, WINDOW_SIZE.minWidth, WINDOW_SIZE.max)),
    height: Math.round(clamp(value.height, WINDOW_SIZE.minHeight, WINDOW_SIZE.max)),
    maximized: value.maximized === true,
  };
  if (isFiniteNumber(value.x) && isFiniteNumber(value.y)) {
    bounds.x = Math.round(clamp(value.x, -WINDOW_SIZE.max, WINDOW_SIZE.max));
    bounds.y = Math.round(clamp(value.y, -WINDOW_SIZE.max, WINDOW_SIZE.max));
  }
  return bounds;
}

/** One sanitizer per settings key; the mapped type makes a new Settings field a compile error here. */
export const SANITIZERS: Sanitizers = {
  language: (v) => LANGUAGES.find((l) => l === v) ?? DEFAULT_SETTINGS.language,
  theme: (v) => THEMES.find((t) => t === v) ?? DEFAULT_SETTINGS.theme,
  fontSize: sanitizeFontSize,
  panes: (v) => {
    const panes = isRecord(v) ? v : {};
    return {
      outline: sanitizePane(panes.outline, DEFAULT_SETTINGS.panes.outline),
      glossary: sanitizePane(panes.glossary, DEFAULT_SETTINGS.panes.glossary),
    };
  },
  readingPositions: sanitizeReadingPositions,
  lastReportId: (v) => (isId(v) ? v : undefined),
  recentReports: sanitizeRecentReports,
  authorName: sanitizeAuthorName,
  groupName: sanitizeAuthorName,
  welcomeDone: (v) => v === true,
  hiddenLayers: sanitizeHiddenLayers,
  palette: sanitizePalette,
  paragraphNumbers: (v) => v === true,
  windowBounds: sanitizeWindowBounds,
};

/** Every settings key, in a fixed order. */
export const SETTINGS_KEYS = Object.keys(SANITIZERS) as (keyof Settings)[];
