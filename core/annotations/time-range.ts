/**
 * The one range of instants every time field accepts (createdAt, updatedAt, deletedAt, a pack's exportedAt, the
 * journal's times), checked at every border, and the clamp that keeps new versions inside it: a stored note whose
 * `updatedAt` is the last instant of the range can still be edited (its edits then carry that same instant).
 */

/** 1970-01-01T00:00:00.000Z. */
export const TIME_MIN_MS = 0;
/** 9999-12-31T23:59:59.999Z: the last instant a four-digit ISO year can name. */
export const TIME_MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Whether `ms` (from Date.parse) is an instant the app accepts. */
export function isInTimeRange(ms: number): boolean {
  return Number.isFinite(ms) && ms >= TIME_MIN_MS && ms <= TIME_MAX_MS;
}

/** `ms` moved into the range (NaN becomes the start). */
export function clampToTimeRange(ms: number): number {
  if (Number.isNaN(ms)) return TIME_MIN_MS;
  return Math.min(TIME_MAX_MS, Math.max(TIME_MIN_MS, ms));
}

/** An instant as the ISO string every time field stores, moved into the range first (a clock far off stays usable). */
export function rangeIso(ms: number): string {
  return new Date(clampToTimeRange(ms)).toISOString();
}
