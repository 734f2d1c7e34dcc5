/**
 * The report files the app opens, by extension: one list for the open dialog, the command line, double-click and
 * "Open with", and the file associations in electron-builder.yml (a test keeps that file in step).
 */

/** Extensions (lower case, no dot) of report files the app reads. */
export const REPORT_EXTENSIONS = ['txt', 'md'] as const;

/** Whether a file name has one of REPORT_EXTENSIONS (any letter case). */
export function isReportFileName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && (REPORT_EXTENSIONS as readonly string[]).includes(name.slice(dot + 1).toLowerCase());
}
