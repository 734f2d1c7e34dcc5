/**
 * Undo and redo for a session's annotation actions, as a pure reducer. Each entry holds the version before and after
 * an action; undoing writes the "before" content back as a new version (a create is undone by a tombstone, a delete by
 * a restore) so the journal and other people's merges see undo as one more edit, never as history rewritten.
 */
import type { Annotation } from './model';
import { nextTimestamp, tombstone } from './ops';

/** One action: `before` is null for a create. While on `past`, `after` is what the store holds; on `future`, `before`. */
export interface HistoryEntry {
  before: Annotation | null;
  after: Annotation;
}

export interface History {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
}

/** What undo or redo did: the new history and the annotation version to save. */
export interface HistoryStep {
  history: History;
  write: Annotation;
}

/** Most actions kept; older ones fall off the bottom of the undo stack. */
export const HISTORY_LIMIT = 200;

export const emptyHistory: History = { past: [], future: [] };

/** Records an action (before → after); a new action clears redo. */
export function record(
  history: History,
  before: Annotation | null,
  after: Annotation,
  limit = HISTORY_LIMIT,
): History {
  return { past: [...history.past, { before, after }].slice(-limit), future: [] };
}

/** Whether there is something to undo / redo. */
export const canUndo = (history: History): boolean => history.past.length > 0;
export const canRedo = (history: History): boolean => history.future.length > 0;

/** Undoes the latest action: the version to write brings back `before`'s content; undefined if there is none. */
export function undo(history: History, now: string): HistoryStep | undefined {
  const entry = history.past.at(-1);
  if (!entry) return undefined;
  const write = toward(entry.before, entry.after, now);
  return {
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, { before: write, after: entry.after }],
    },
    write,
  };
}

/** Redoes the latest undone action: the version to write brings back `after`'s content; undefined if none. */
export function redo(history: History, now: string): HistoryStep | undefined {
  const entry = history.future.at(-1);
  if (!entry) return undefined;
  // On `future`, `before` is the version the undo wrote, which the store now holds.
  const held = entry.before ?? entry.after;
  const write = toward(entry.after, held, now);
  return {
    history: {
      past: [...history.past, { before: entry.before, after: write }],
      future: history.future.slice(0, -1),
    },
    write,
  };
}

/** A new version of `current` with `goal`'s content (deleted or not), or a tombstone of `current` if goal is null. */
function toward(goal: Annotation | null, current: Annotation, now: string): Annotation {
  if (!goal) return tombstone(current, now);
  const at = nextTimestamp(current.updatedAt, now);
  const { deletedAt: _dropped, ...content } = goal;
  return goal.deletedAt === undefined
    ? { ...content, updatedAt: at }
    : { ...content, updatedAt: at, deletedAt: at };
}
