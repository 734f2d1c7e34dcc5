/**
 * One handler per contract call (DESIGN §2). Each checks the sender, validates its argument against
 * the call's schema, and turns every failure into a Result value: nothing thrown crosses IPC.
 * No Electron import, so the e2e test bridges these same handlers into Chromium (DESIGN §7).
 */
import { validateAnnotation } from '../core/annotations/validate';
import type { CallName, Calls, ContextMenuChoice, ContextMenuRequest } from '../core/contract';
import type { CallArg } from '../core/contract-schemas';
import { CALL_ARG_SCHEMAS } from '../core/contract-schemas';
import type { Result } from '../core/result';
import { err, ok } from '../core/result';
import type { AnnotationsService } from './notes/annotations-service';
import type { BackupService } from './notes/annotation-backup';
import type { ExchangeService } from './exchange/group-exchange';
import type { NotesExportService } from './export/notes-export';
import { isTrustedSender } from './security/policies';
import type { SessionDeps, SessionService } from './reports/sessions';
import { createSessionService } from './reports/sessions';

/** The part of Electron's IpcMainInvokeEvent a handler reads. */
export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

/** The success value of a call, as declared in the contract. */
export type CallValue<K extends CallName> = Awaited<ReturnType<Calls[K]>> extends Result<infer V> ? V : never;

/** The result of a call: its value, or an error for the user. */
export type CallResult<K extends CallName> = Result<CallValue<K>>;

/** A handler as ipcMain.handle calls it: the event, then the renderer's arguments, unchecked. */
export type Handler<K extends CallName> = (event: IpcEventLike, ...args: unknown[]) => Promise<CallResult<K>>;

export type Handlers = { readonly [K in CallName]: Handler<K> };

/** Everything the handlers need, injected so tests run them in Node with a temp directory. */
export type HandlerDeps = SessionDeps & {
  /** The session service to share with the menu; built from the same deps when absent. */
  sessions?: SessionService;
  /** The annotation stores (one per report), shared with the quit path that closes them. */
  annotations: AnnotationsService;
  /** Export and restore of notes (dialogs injected). */
  backups: BackupService;
  /** Study-group packs: share, import, layers. */
  exchange: ExchangeService;
  /** Markdown / Word / JSON exports, printing and PDF. */
  notesExport: NotesExportService;
  /** The system clipboard (Electron's `clipboard` in the app, a recorder in tests). */
  clipboard: { writeText(text: string): void };
  /** Shows a right-click menu and resolves with the item chosen (context-menu.ts in the app). */
  showContextMenu: (request: ContextMenuRequest) => Promise<ContextMenuChoice | null>;
};

type Implementations = { [K in CallName]: (arg: CallArg<K>) => Promise<CallResult<K>> };

// Functions, not constants: each caller gets its own object to keep or change.
const untrusted = () => err('untrusted-sender', '请求来自不受信任的页面，已拒绝。');
const invalid = (detail?: string) =>
  err('invalid-argument', detail ? `请求参数无效，操作未执行：${detail}` : '请求参数无效，操作未执行。');
const unexpected = () =>
  err('unexpected-error', '操作失败：发生了意外错误。请重试；如果问题持续，请重新启动研读。');
const notMine = () =>
  err('not-own-annotation', '这是其他成员的批注，只能查看；可用“采用”复制为自己的批注后再修改。');
const notSaved = () =>
  err('settings-not-saved', '设置已在本次生效，但未能保存到磁盘，重新启动后可能恢复原样。');

/**
 * Whether an argument is what structured clone delivers: objects with a plain prototype all the way
 * down, so inherited properties (which a schema would read) cannot stand in for own ones.
 */
function isPlainData(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (value instanceof Uint8Array) return true; // a dropped file's bytes: structured clone keeps their type
  if (depth > 8) return false; // no call takes anything nearly this deep
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null && !Array.isArray(value)) return false;
  return Object.values(value).every((item) => isPlainData(item, depth + 1));
}

/** Calls whose refusal names the problem, in the validator's Chinese (the schema is the same one). */
const EXPLAIN: Partial<Record<CallName, (arg: unknown) => string | undefined>> = {
  saveAnnotation: (arg) => {
    if (typeof arg !== 'object' || arg === null || !('annotation' in arg)) return undefined;
    const checked = validateAnnotation(arg.annotation);
    return checked.ok ? undefined : checked.error.message;
  },
};

/** Creates the handlers; unexpected exceptions are logged and answered with a Chinese message. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { settings, annotations, backups, exchange, notesExport } = deps;
  const log = deps.log ?? console.error;
  const sessions = deps.sessions ?? createSessionService(deps);

  const implementations: Implementations = {
    getSession: () => sessions.start(),
    openRecentReport: ({ reportId }) => sessions.openRecent(reportId),
    chooseReportFile: () => sessions.chooseFile(),
    importReportText: async (arg) => {
      if ('text' in arg) return sessions.importText(arg.fileName, arg.text);
      return sessions.importBytes(arg.fileName, arg.bytes);
    },
    forgetRecentReport: ({ reportId }) => sessions.forget(reportId),
    updateSettings: async (patch) => {
      try {
        return ok(settings.update(patch));
      } catch (error) {
        log('settings not saved', error);
        return notSaved();
      }
    },
    saveReadingPosition: async ({ reportId, blockId }) => {
      try {
        settings.saveReadingPosition(reportId, blockId);
        return ok(null);
      } catch (error) {
        log('reading position not saved', error);
        return notSaved();
      }
    },
    listAnnotations: ({ reportId }) => annotations.list(reportId),
    saveAnnotation: async ({ annotation }) => {
      const owner = await annotations.authorOf(annotation.reportId, annotation.id);
      if (
        annotation.author.id !== settings.authorId() ||
        (owner !== undefined && owner !== settings.authorId())
      )
        return notMine();
      return annotations.save(annotation);
    },
    deleteAnnotation: async ({ reportId, id }) => {
      const owner = await annotations.authorOf(reportId, id);
      if (owner !== undefined && owner !== settings.authorId()) return notMine();
      return annotations.remove(reportId, id);
    },
    exportAnnotations: ({ reportId, format }) => backups.exportTo(reportId, format),
    previewRestore: ({ reportId }) => backups.preview(reportId),
    applyRestore: ({ reportId, token }) => backups.apply(reportId, token),
    exportSharePack: ({ reportId, filter }) => exchange.share(reportId, filter),
    previewImport: ({ reportId }) => exchange.preview(reportId),
    applyImport: ({ reportId, token }) => exchange.apply(reportId, token),
    removeLayer: ({ reportId, authorId }) => exchange.removeLayer(reportId, authorId),
    exportNotes: ({ reportId, format, kind, filter, options }) =>
      notesExport.exportTo(reportId, format, kind, filter, options),
    printPage: () => notesExport.print(),
    savePagePdf: ({ reportId, kind }) => notesExport.savePdf(reportId, kind),
    writeClipboardText: async ({ text }) => {
      try {
        deps.clipboard.writeText(text);
        return ok(null);
      } catch (error) {
        log('clipboard write failed', error);
        return err('clipboard-failed', '无法写入剪贴板，引用未复制。请重试。');
      }
    },
    showContextMenu: async (request) => ok(await deps.showContextMenu(request)),
  };

  function guard<K extends CallName>(name: K): Handler<K> {
    const schema = CALL_ARG_SCHEMAS[name];
    const implementation = implementations[name] as (arg: CallArg<K>) => Promise<CallResult<K>>;
    return async (event, ...args) => {
      if (!isTrustedSender(event?.senderFrame?.url)) return untrusted();
      if (args.length > 1 || !isPlainData(args[0])) return invalid();
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) return invalid(EXPLAIN[name]?.(args[0]));
      try {
        return await implementation(parsed.data);
      } catch (error) {
        log(`handler ${name} failed`, error);
        return unexpected();
      }
    };
  }

  return {
    getSession: guard('getSession'),
    openRecentReport: guard('openRecentReport'),
    chooseReportFile: guard('chooseReportFile'),
    importReportText: guard('importReportText'),
    forgetRecentReport: guard('forgetRecentReport'),
    updateSettings: guard('updateSettings'),
    saveReadingPosition: guard('saveReadingPosition'),
    listAnnotations: guard('listAnnotations'),
    saveAnnotation: guard('saveAnnotation'),
    deleteAnnotation: guard('deleteAnnotation'),
    exportAnnotations: guard('exportAnnotations'),
    previewRestore: guard('previewRestore'),
    applyRestore: guard('applyRestore'),
    exportSharePack: guard('exportSharePack'),
    previewImport: guard('previewImport'),
    applyImport: guard('applyImport'),
    removeLayer: guard('removeLayer'),
    exportNotes: guard('exportNotes'),
    printPage: guard('printPage'),
    savePagePdf: guard('savePagePdf'),
    writeClipboardText: guard('writeClipboardText'),
    showContextMenu: guard('showContextMenu'),
  };
}
