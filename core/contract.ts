/**
 * The one declaration of the renderer ⇄ main boundary (STYLE §1).
 * Calls (renderer → main) are imperative; events (main → renderer) are past tense.
 * Main registers a handler per call name, preload builds the bridge from the name lists,
 * and renderer/api.ts is typed by `YanduApi`. Argument schemas live in contract-schemas.ts.
 */
import type { Result } from './result';
import type { ImportPlan } from './annotations/import';
import type { Annotation, Author, ColorKey } from './annotations/model';
import type { ShareFilter } from './annotations/share';
import type { NotesFilter } from './export/notes-model';
import type { DocumentOptions } from './export/paper';
import type { ReportDocument } from './report/model';
import type { RecentReport, Settings, SettingsPatch } from './settings';

/**
 * Largest report file accepted, opened or dropped (60 MB); the reports we know are well under 1 MB. A dropped file
 * is sent as at most this many bytes plus one, so main can tell a larger one is too large without receiving it all.
 */
export const REPORT_FILE_MAX_BYTES = 60 * 1024 * 1024;

/** Everything the renderer needs to show a report. */
export interface Session {
  report: ReportDocument;
  /** Where the text came from, for the title bar. */
  fileName: string;
  bundled: boolean;
  settings: Settings;
  /** Who writes notes on this machine: a stable id made once, and the name from settings. */
  author: Author;
  /** A message to show once (e.g. the last report could not be reopened, the bundled one is shown). */
  notice?: string;
}

/** The annotations of one report as main holds them, with the store's health. */
export interface AnnotationsSnapshot {
  reportId: string;
  /** Live annotations (tombstones are kept on disk, not sent). */
  annotations: Annotation[];
  /** The store could not be opened for writing (another instance, a file from a newer version): say so. */
  readOnly: boolean;
  /** Chinese messages about recovery (restored from backup, damaged file set aside, read-only because …). */
  notices: string[];
  /** Edits kept in memory because writing failed; main retries them. */
  pending: number;
}

/** What restoring a backup file would change, shown before anything is written. */
export interface RestorePreview {
  /** Identifies the backup main has read and holds until `applyRestore`. */
  token: string;
  fileName: string;
  exportedBy: Author;
  exportedAt: string;
  /** Set when the backup was made for another report (its title): its notes may not find their place here. */
  otherReportTitle?: string;
  added: number;
  changed: number;
  unchanged: number;
  /** Stored now but not in the backup: restoring removes them (the current state is backed up first). */
  removed: number;
  total: number;
}

/** What importing study-group packs would change, per member, shown before anything is written. */
export interface ImportPreview {
  /** Identifies the packs main has read and holds until `applyImport`. */
  token: string;
  fileNames: string[];
  members: ImportPlan['members'];
  totals: ImportPlan['totals'];
  /** How many versions importing would store (deletion marks for notes never seen here count too). */
  writes: number;
  /** Set when a pack was made for another text of the report whose quotes (some of them) anchor here. */
  otherReport?: { title: string; anchored: number; total: number };
}

/**
 * The files a delegate takes into the meeting room: a study sheet (学习笔记), a deliberation draft (审议意见稿), a
 * speaking outline (审议发言提纲) or a suggestion draft (代表建议). main/export/render-notes.ts has a row per kind.
 */
export type NotesExportFormat = 'md' | 'docx' | 'json';
export const NOTES_EXPORT_KINDS = [
  'notes',
  'draft',
  'outline',
  'suggestion',
  'amendments',
  'summary',
] as const;
export type NotesExportKind = (typeof NOTES_EXPORT_KINDS)[number];
/** What the print preview shows: one of the exported documents, or the annotated report. */
export const PRINT_KINDS = [...NOTES_EXPORT_KINDS, 'report'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

/** Commands the application menu sends to the renderer (shortcuts are handled in the renderer too). */
export const MENU_COMMANDS = [
  'next-section',
  'previous-section',
  'focus-outline',
  'focus-reader',
  'focus-glossary',
  'toggle-outline',
  'toggle-glossary',
  'font-larger',
  'font-smaller',
  'font-reset',
  'toggle-theme',
  'show-shortcuts',
  'find',
  'find-next',
  'find-previous',
  'print-export',
  'share-notes',
  'import-notes',
  // Edit → Undo/Redo: the renderer undoes in a text field if one has focus, else the last annotation edit.
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * What was right-clicked, as the renderer knows it; main builds the menu (with the user's colour labels) and says
 * which item was chosen. Field items (cut, copy, paste…) and Copy are carried out by Electron itself.
 */
export type ContextMenuRequest =
  | { kind: 'field'; hasSelection: boolean; editable: boolean }
  | { kind: 'text'; hasSelection: boolean; readOnly: boolean }
  | { kind: 'highlight'; mine: boolean; readOnly: boolean };

/** An item the renderer carries out: highlight in a colour, a note, copy with citation, edit, delete, adopt. */
export type ContextMenuChoice =
  | { action: 'highlight'; color: ColorKey }
  | { action: 'note' | 'copy-citation' | 'edit' | 'delete' | 'adopt' | 'paragraph-note' | 'bookmark' };

/** Renderer → main. Each takes at most one argument object and resolves to a Result. */
export interface Calls {
  /** The report to show at start (the last one read, else the bundled one) with settings. */
  getSession(): Promise<Result<Session>>;
  /** Reopen a report from the recent list (or the bundled one). */
  openRecentReport(args: { reportId: string }): Promise<Result<Session>>;
  /** Show the system open dialog; `value` is null when the user cancels. */
  chooseReportFile(): Promise<Result<Session | null>>;
  /**
   * A report file the user dropped on the window: its bytes, which main decodes as it decodes a file opened with
   * File → Open (one decoder). `text` is for callers that already hold the decoded text (tests, the benchmarks).
   */
  importReportText(
    args: { fileName: string; bytes: Uint8Array } | { fileName: string; text: string },
  ): Promise<Result<Session>>;
  /** Forget a report in the recent list (the bundled one cannot be forgotten). */
  forgetRecentReport(args: { reportId: string }): Promise<Result<RecentReport[]>>;
  updateSettings(args: SettingsPatch): Promise<Result<Settings>>;
  saveReadingPosition(args: { reportId: string; blockId: string }): Promise<Result<null>>;
  listAnnotations(args: { reportId: string }): Promise<Result<AnnotationsSnapshot>>;
  /** Creates or updates (also un-deletes, for undo); resolves ok only once the change is on disk. */
  saveAnnotation(args: { annotation: Annotation }): Promise<Result<Annotation>>;
  /** Deletes as a tombstone; resolves ok only once on disk. */
  deleteAnnotation(args: { reportId: string; id: string }): Promise<Result<Annotation>>;
  /** Saves all annotations of the report to a file the user chooses; null when the user cancels. */
  exportAnnotations(args: {
    reportId: string;
    format: 'pack' | 'jsonld';
  }): Promise<Result<{ fileName: string } | null>>;
  /** The user chooses a backup; says what restoring it would change. Null when the user cancels. */
  previewRestore(args: { reportId: string }): Promise<Result<RestorePreview | null>>;
  /** Replaces the report's annotations with the previewed backup, all or nothing. */
  applyRestore(args: { reportId: string; token: string }): Promise<Result<AnnotationsSnapshot>>;
  /** Saves my notes (filtered) as a pack for the study group; null when the user cancels. */
  exportSharePack(args: {
    reportId: string;
    filter: ShareFilter;
  }): Promise<Result<{ fileName: string; count: number } | null>>;
  /** The user chooses one or more packs; says, per member, what importing them would change. Null on cancel. */
  previewImport(args: { reportId: string }): Promise<Result<ImportPreview | null>>;
  /** Merges the previewed packs into the report's notes, all or nothing. */
  applyImport(args: { reportId: string; token: string }): Promise<Result<AnnotationsSnapshot>>;
  /** Removes every note of another member (their layer); importing their pack again brings it back. */
  removeLayer(args: { reportId: string; authorId: string }): Promise<Result<AnnotationsSnapshot>>;
  /** Writes the notes as Markdown, Word or JSON to a file the user chooses; null on cancel. */
  exportNotes(args: {
    reportId: string;
    format: NotesExportFormat;
    kind: NotesExportKind;
    filter: NotesFilter;
    /** What a set document needs beyond the notes (the outline's 总体评价, a suggestion's subject …). */
    options?: DocumentOptions;
  }): Promise<Result<{ fileName: string } | null>>;
  /** Opens the system print dialog for the page as shown (the renderer shows a print view first). */
  printPage(): Promise<Result<null>>;
  /** Saves the page as shown (a print view) as PDF to a file the user chooses; null on cancel. */
  savePagePdf(args: { reportId: string; kind: PrintKind }): Promise<Result<{ fileName: string } | null>>;
  /** Puts text on the system clipboard (复制引用) through main, so the page needs no clipboard permission. */
  writeClipboardText(args: { text: string }): Promise<Result<null>>;
  /** Shows the right-click menu for what was clicked; `value` is the item chosen, null when dismissed. */
  showContextMenu(args: ContextMenuRequest): Promise<Result<ContextMenuChoice | null>>;
}

/** Main → renderer. */
export interface Events {
  /** A report was opened from the menu (File → Open…) or a recent-report menu item. */
  reportOpened: Session;
  menuCommandIssued: { command: MenuCommand };
  /** Main could not open something the user asked for from the menu. */
  errorReported: { message: string };
  /** The store's health changed (a failed write was retried, pending edits saved, …). */
  annotationStatusChanged: { reportId: string; pending: number; readOnly: boolean; notices: string[] };
}

export type CallName = keyof Calls;
export type EventName = keyof Events;

/** Runtime lists for preload and main; `satisfies` keeps them in step with the interfaces. */
export const CALL_NAMES = [
  'getSession',
  'openRecentReport',
  'chooseReportFile',
  'importReportText',
  'forgetRecentReport',
  'updateSettings',
  'saveReadingPosition',
  'listAnnotations',
  'saveAnnotation',
  'deleteAnnotation',
  'exportAnnotations',
  'previewRestore',
  'applyRestore',
  'exportSharePack',
  'previewImport',
  'applyImport',
  'removeLayer',
  'exportNotes',
  'printPage',
  'savePagePdf',
  'writeClipboardText',
  'showContextMenu',
] as const satisfies readonly CallName[];

export const EVENT_NAMES = [
  'reportOpened',
  'menuCommandIssued',
  'errorReported',
  'annotationStatusChanged',
] as const satisfies readonly EventName[];

/** IPC channel names, namespaced so they cannot clash with Electron's own. */
export const callChannel = (name: CallName): string => `yandu:call:${name}`;
export const eventChannel = (name: EventName): string => `yandu:event:${name}`;

/** The object preload exposes as `window.yandu`. */
export type YanduApi = Calls & {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
};
