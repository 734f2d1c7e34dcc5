/**
 * Preferences and UI state (DESIGN §5: electron-store holds these, never notes). Reads the store once,
 * repairs invalid values to defaults instead of crashing, then writes through one key at a time.
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { RecentReport, Settings, SettingsPatch, WindowBounds } from '../../core/settings';
import {
  MAX_RECENT_REPORTS,
  SANITIZERS,
  SETTINGS_KEYS,
  sanitizeReadingPositions,
  sanitizeRecentReports,
} from './settings-sanitize';

/** The part of electron-store (or conf, in tests) the service uses. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** Reads and changes settings; every method returns copies, so callers cannot mutate the state. */
export interface SettingsService {
  get(): Settings;
  /** Applies a renderer patch (already schema-checked), clamping numbers into range. */
  update(patch: SettingsPatch): Settings;
  /** Puts a report at the top of the recent list and makes it the one reopened at start. */
  recordOpened(report: RecentReport): Settings;
  /** Removes a report from the recent list; returns the new list. */
  forgetRecent(reportId: string): RecentReport[];
  saveReadingPosition(reportId: string, blockId: string): void;
  saveWindowBounds(bounds: WindowBounds): void;
  /**
   * This installation's author id (for notes), made once with `randomUUID` and kept under
   * AUTHOR_ID_KEY. If it cannot be saved it still holds for this run.
   */
  authorId(): string;
  /** Keys whose stored values were invalid and were reset at load. */
  readonly repairedKeys: readonly string[];
  /** Calls `listener` after every change; returns an unsubscribe function. */
  subscribe(listener: (settings: Settings) => void): () => void;
}

/** The store key of the author id; outside `Settings`, so the renderer never patches it. */
export const AUTHOR_ID_KEY = 'authorId';
const AUTHOR_ID_PATTERN = /^[A-Za-z0-9-]{1,100}$/;

// Optional values are stored as null: conf refuses `undefined`, and the minimal store has no delete.
const toStored = (value: unknown): unknown => (value === undefined ? null : value);

/** Creates the settings service over `store`; invalid stored values are repaired (and rewritten) here. */
export function createSettingsService(store: KeyValueStore): SettingsService {
  const repairedKeys: string[] = [];
  const loaded: Partial<Record<keyof Settings, unknown>> = {};
  for (const key of SETTINGS_KEYS) {
    const raw = store.get(key);
    const value = SANITIZERS[key](raw);
    loaded[key] = value;
    const unchanged =
      raw === undefined || (raw === null && value === undefined) || isDeepStrictEqual(raw, value);
    if (!unchanged) repairedKeys.push(key);
  }
  let state = loaded as Settings;
  for (const key of repairedKeys) {
    try {
      store.set(key, toStored(state[key as keyof Settings]));
    } catch {
      // The repaired value is in memory; the next successful write of this key persists it.
    }
  }

  let authorId: string | undefined;
  const listeners = new Set<(settings: Settings) => void>();
  const snapshot = (): Settings => structuredClone(state);

  /** Replaces some keys in memory first, then persists them; a failed write throws to the caller. */
  function commit(changes: Partial<Settings>): void {
    state = { ...state, ...changes };
    for (const key of Object.keys(changes) as (keyof Settings)[]) store.set(key, toStored(state[key]));
    const copy = snapshot();
    for (const listener of listeners) listener(copy);
  }

  return {
    repairedKeys,
    get: snapshot,

    update(patch) {
      const changes: Partial<Settings> = {};
      if (patch.language !== undefined) changes.language = SANITIZERS.language(patch.language);
      if (patch.theme !== undefined) changes.theme = SANITIZERS.theme(patch.theme);
      if (patch.fontSize !== undefined) changes.fontSize = SANITIZERS.fontSize(patch.fontSize);
      if (patch.authorName !== undefined) changes.authorName = SANITIZERS.authorName(patch.authorName);
      if (patch.groupName !== undefined) changes.groupName = SANITIZERS.groupName(patch.groupName);
      if (patch.welcomeDone !== undefined) changes.welcomeDone = SANITIZERS.welcomeDone(patch.welcomeDone);
      if (patch.paragraphNumbers !== undefined)
        changes.paragraphNumbers = SANITIZERS.paragraphNumbers(patch.paragraphNumbers);
      if (patch.hiddenLayers !== undefined)
        changes.hiddenLayers = SANITIZERS.hiddenLayers(patch.hiddenLayers);
      if (patch.palette !== undefined) {
        const merged = { ...state.palette };
        for (const key of Object.keys(merged) as (keyof Settings['palette'])[]) {
          merged[key] = { ...merged[key], ...patch.palette[key] };
        }
        changes.palette = SANITIZERS.palette(merged);
      }
      if (patch.panes !== undefined) {
        changes.panes = SANITIZERS.panes({
          outline: { ...state.panes.outline, ...patch.panes.outline },
          glossary: { ...state.panes.glossary, ...patch.panes.glossary },
        });
      }
      commit(changes);
      return snapshot();
    },

    recordOpened(report) {
      const others = state.recentReports.filter((r) => r.id !== report.id);
      const recentReports = sanitizeRecentReports([report, ...others]).slice(0, MAX_RECENT_REPORTS);
      commit({ recentReports, lastReportId: report.id });
      return snapshot();
    },

    forgetRecent(reportId) {
      const changes: Partial<Settings> = {
        recentReports: state.recentReports.filter((r) => r.id !== reportId),
      };
      if (state.lastReportId === reportId) changes.lastReportId = undefined;
      commit(changes);
      return structuredClone(state.recentReports);
    },

    saveReadingPosition(reportId, blockId) {
      if (state.readingPositions[reportId] === blockId) return;
      // Delete then re-insert so insertion order stays "least recently saved first" for the cap.
      const positions = { ...state.readingPositions };
      delete positions[reportId];
      positions[reportId] = blockId;
      commit({ readingPositions: sanitizeReadingPositions(positions) });
    },

    saveWindowBounds(bounds) {
      const windowBounds = SANITIZERS.windowBounds(bounds);
      if (isDeepStrictEqual(windowBounds, state.windowBounds)) return;
      commit({ windowBounds });
    },

    authorId() {
      if (authorId !== undefined) return authorId;
      const stored = store.get(AUTHOR_ID_KEY);
      if (typeof stored === 'string' && AUTHOR_ID_PATTERN.test(stored)) {
        authorId = stored;
        return authorId;
      }
      authorId = randomUUID();
      try {
        store.set(AUTHOR_ID_KEY, authorId);
      } catch {
        // Kept for this run; the next start makes a new one (notes keep the id they were written with).
      }
      return authorId;
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
