/**
 * The annotations of every report the renderer asks about: one journal store per report id, opened
 * on first use and kept until quit (DESIGN §5). Tells the renderer when a store's health changes
 * (a failed write, a retry that saved pending edits), so it can say "not yet saved" honestly.
 * No Electron import: tests run it over a temp folder.
 */
import type { AnnotationsSnapshot } from '../../core/contract';
import type { Annotation } from '../../core/annotations/model';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';
import { openAnnotationStore } from './journal/annotation-store';
import type { AnnotationStore, OpenStoreOptions } from './journal/annotation-store';
import type { Emit } from '../electron/menu-actions';

export interface AnnotationsServiceDeps {
  /** The folder that holds `annotations/` (userData in the app). */
  dataDir: string;
  /** Sends `annotationStatusChanged`; nothing is sent without it. */
  emit?: Emit;
  log?: (message: string, error: unknown) => void;
  /** How often to look at a store that has pending edits (default 5 s). */
  pollMs?: number;
  /** Test seam: extra options for every store opened (file system faults, retry delay, lock checks). */
  storeOptions?: Partial<Omit<OpenStoreOptions, 'dataDir' | 'reportId'>>;
}

export interface AnnotationsService {
  /** The live annotations of a report, with the store's health. */
  list(reportId: string): Promise<Result<AnnotationsSnapshot>>;
  /** Creates, updates or un-deletes; ok only once on disk. The annotation's reportId picks the store. */
  save(annotation: Annotation): Promise<Result<Annotation>>;
  /** Deletes by tombstone; ok only once on disk. */
  remove(reportId: string, id: string): Promise<Result<Annotation>>;
  /** Closes every store (saving what it can); resolves to the number of edits that could not be saved. */
  /** Who wrote the stored annotation with this id; undefined when there is none (or the store cannot open). */
  authorOf(reportId: string, id: string): Promise<string | undefined>;
  /** Every annotation, tombstones included (backups carry deletions). */
  listAll(reportId: string): Promise<Result<Annotation[]>>;
  /** Stores many versions in one journal line (an import): all or nothing. */
  saveMany(reportId: string, annotations: Annotation[]): Promise<Result<AnnotationsSnapshot>>;
  /**
   * Removes every annotation by `authorId` outright (a study-group layer), backing up first; read and replace happen
   * in one step, so an edit saved meanwhile is never undone.
   */
  removeAuthor(reportId: string, authorId: string): Promise<Result<AnnotationsSnapshot>>;
  /** Replaces all annotations (restore); the store backs up the current state first. All or nothing. */
  replaceAll(reportId: string, annotations: Annotation[]): Promise<Result<AnnotationsSnapshot>>;
  closeAll(): Promise<number>;
}

type Status = { pending: number; readOnly: boolean; notices: string[] };

interface Entry {
  store: AnnotationStore;
  /** What the renderer last heard (from a list or an event). */
  last: Status;
  poll: ReturnType<typeof setInterval> | null;
}

const unavailable = () =>
  err('annotations-unavailable', '无法打开这份报告的批注，请重试；如果问题持续，请重新启动研读。');
const closed = () => err('closed', '研读正在退出，批注存储已关闭，此修改未保存。');

/** The Chinese refusal of a write to a read-only store, naming why it is read-only. */
export function readOnlyMessage(notices: readonly string[]): string {
  const why = notices.find((n) => n.includes('只读'));
  return why ? `此修改未保存：${why}` : '批注为只读，此修改未保存。';
}

const sameStatus = (a: Status, b: Status): boolean =>
  a.pending === b.pending &&
  a.readOnly === b.readOnly &&
  a.notices.length === b.notices.length &&
  a.notices.every((n, i) => n === b.notices[i]);

/** Creates the service; stores are opened lazily, one per report id. */
export function createAnnotationsService(deps: AnnotationsServiceDeps): AnnotationsService {
  const log = deps.log ?? console.error;
  const pollMs = deps.pollMs ?? 5000;
  const entries = new Map<string, Promise<Entry>>();
  let isClosed = false;

  const statusOf = (store: AnnotationStore): Status => ({ ...store.status, pending: store.pending() });

  function open(reportId: string): Promise<Entry> {
    let entry = entries.get(reportId);
    if (!entry) {
      entry = openAnnotationStore({ log, ...deps.storeOptions, dataDir: deps.dataDir, reportId }).then(
        (store) => ({ store, last: statusOf(store), poll: null }),
      );
      // A store that failed to open is tried again on the next call.
      entry.catch(() => entries.delete(reportId));
      entries.set(reportId, entry);
    }
    return entry;
  }

  /** Tells the renderer if the store's health changed; polls while edits are pending. */
  function report(reportId: string, entry: Entry): void {
    const now = statusOf(entry.store);
    if (!sameStatus(now, entry.last)) {
      entry.last = now;
      deps.emit?.('annotationStatusChanged', { reportId, ...now });
    }
    if (now.pending > 0 && !entry.poll && !isClosed) {
      entry.poll = setInterval(() => report(reportId, entry), pollMs);
      entry.poll.unref?.();
    } else if (now.pending === 0 && entry.poll) {
      clearInterval(entry.poll);
      entry.poll = null;
    }
  }

  /** Runs one write on the report's store: refused when closed, unavailable or read-only; health reported after. */
  async function write<T>(
    reportId: string,
    change: (store: AnnotationStore) => Promise<Result<T>>,
  ): Promise<Result<T>> {
    if (isClosed) return closed();
    let entry: Entry;
    try {
      entry = await open(reportId);
    } catch (error) {
      log('annotation store could not be opened', error);
      return unavailable();
    }
    const { status } = entry.store;
    if (status.readOnly) return err('read-only', readOnlyMessage(status.notices));
    try {
      return await change(entry.store);
    } finally {
      report(reportId, entry);
    }
  }

  return {
    async list(reportId) {
      if (isClosed) return closed();
      try {
        const entry = await open(reportId);
        entry.last = statusOf(entry.store);
        return ok({ reportId, annotations: entry.store.listLive(), ...entry.last });
      } catch (error) {
        log('annotation store could not be opened', error);
        return unavailable();
      }
    },

    save(annotation) {
      return write(annotation.reportId, (store) => store.put(annotation));
    },

    remove(reportId, id) {
      return write(reportId, (store) => store.remove(id));
    },

    async authorOf(reportId, id) {
      if (isClosed) return undefined;
      try {
        return (await open(reportId)).store.get(id)?.author.id;
      } catch {
        return undefined;
      }
    },

    async listAll(reportId) {
      if (isClosed) return closed();
      try {
        return ok((await open(reportId)).store.list());
      } catch (error) {
        log('annotation store could not be opened', error);
        return unavailable();
      }
    },

    saveMany(reportId, annotations) {
      return write(reportId, async (store) => {
        if (annotations.length > 0) {
          const saved = await store.putMany(annotations);
          if (!saved.ok) return saved;
        }
        return ok({ reportId, annotations: store.listLive(), ...statusOf(store) });
      });
    },

    removeAuthor(reportId, authorId) {
      return write(reportId, async (store) => {
        const all = store.list();
        const kept = all.filter((a) => a.author.id !== authorId);
        if (kept.length < all.length) {
          const replaced = await store.replaceAll(kept);
          if (!replaced.ok) return replaced;
        }
        return ok({ reportId, annotations: store.listLive(), ...statusOf(store) });
      });
    },

    replaceAll(reportId, annotations) {
      return write(reportId, async (store) => {
        const replaced = await store.replaceAll(annotations);
        if (!replaced.ok) return replaced;
        return ok({ reportId, annotations: store.listLive(), ...statusOf(store) });
      });
    },

    async closeAll() {
      isClosed = true;
      const opened = await Promise.allSettled([...entries.values()]);
      entries.clear();
      let unsaved = 0;
      for (const result of opened) {
        if (result.status !== 'fulfilled') continue;
        const { store, poll } = result.value;
        if (poll) clearInterval(poll);
        try {
          await store.close();
        } catch (error) {
          log('annotation store did not close cleanly', error);
        }
        unsaved += store.pending();
      }
      return unsaved;
    },
  };
}
