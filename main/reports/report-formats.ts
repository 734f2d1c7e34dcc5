/**
 * The report files the app opens, by extension: one list for the open dialog, the command line, double-click and
 * "Open with", and the file associations in electron-builder.yml (a test keeps that file in step). The extension
 * only decides which files are offered; what a file is, is decided by its content (sources/sniff.ts).
 */

/** Extensions (lower case, no dot) of report files the app reads. */
export const REPORT_EXTENSIONS = ['txt', 'md', 'docx', 'pdf', 'html', 'htm', 'mhtml', 'mht'] as const;

/** Formats the app recognises only to say why it cannot read them (old Word, WPS, OFD). */
export const REFUSED_EXTENSIONS = ['doc', 'wps', 'ofd'] as const;

/** Whether a file name has one of REPORT_EXTENSIONS (any letter case). */
export function isReportFileName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && (REPORT_EXTENSIONS as readonly string[]).includes(name.slice(dot + 1).toLowerCase());
}

/** The open dialog's filters: every report format, each format, and all files (so a .doc can be told why). */
export const OPEN_REPORT_FILTERS: { name: string; extensions: string[] }[] = [
  { name: '报告全文（Word、PDF、网页、文本）', extensions: [...REPORT_EXTENSIONS] },
  { name: 'Word 文档 (.docx)', extensions: ['docx'] },
  { name: 'PDF 文件 (.pdf)', extensions: ['pdf'] },
  { name: '网页 (.html, .htm, .mhtml)', extensions: ['html', 'htm', 'mhtml', 'mht'] },
  { name: '文本 (.txt, .md)', extensions: ['txt', 'md'] },
  { name: '所有文件', extensions: ['*'] },
];
