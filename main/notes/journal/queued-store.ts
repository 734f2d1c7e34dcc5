/**
 * The store's edit path: validate, apply in memory, queue the write, acknowledge once it is on disk.
 * Writes go through one promise queue, so appends, compactions and retries never interleave.
 */
import type { Annotation } from '../../../core/annotations/model';
import {
  isIsoDateTime,
  validateAnnotation,
  validateAnnotationList,
} from '../../../core/annotations/validate';
import { nextTimestamp } from '../../../core/annotations/ops';
import { rangeIso } from '../../../core/annotations/time-range';
import { err, ok } from '../../../core/result';
import type { Result } from '../../../core/result';
import type { AnnotationStore, StoreStatus } from './annotation-store';
import { AnnotationState } from './annotation-state';
import type { JournalEntry } from './journal-format';
import { EntryTooLargeError } from './journal-writer';
import type { JournalWriter } from './journal-writer';
import { messages, notices, saveFailedMessage } from './notices';

/** What an opened store starts from; `writer` is null for a read-only store. */
export interface StoreContext {
  reportId: string;
  now: () => Date;
  log: (message: string, error: unknown) => void;
  compactEvery: number;
  backgroundCompactionFrom: number;
  retryDelayMs: number;
  writer: JournalWriter | null;
  release: (() => Promise<void>) | null;
  annotations: Annotation[];
  seq: number;
  notices: string[];
}

/** The store behind `openAnnotationStore`: in-memory state, a pending list, and one write queue. */
export class QueuedStore implements AnnotationStore {
  private readonly state: AnnotationState;
  private seq: number;
  private durableSeq: number;
  private pendingEntries: JournalEntry[] = [];
  /** The seq of a replaceAll not yet on disk: only a compaction can save it. */
  private replaceSeq: number | null = null;
  /** The state before a pending replaceAll, backed up before it is replaced on disk. */
  private beforeReplace: { annotations: Annotation[]; seq: number } | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  /** A compaction's snapshot being written while appends go on; a full compaction waits for it first. */
  private background: Promise<boolean> | null = null;
  /** From the start of a background compaction until its journal swap has run (or been dropped). */
  private backgroundRunning = false;
  /** Counts full compactions, so a background one that a full one overtook does not swap the journal. */
  private fullCompactions = 0;

  constructor(private readonly ctx: StoreContext) {
    this.state = new AnnotationState(ctx.annotations);
    this.seq = ctx.seq;
    this.durableSeq = ctx.seq;
  }

  get status(): StoreStatus {
    return { readOnly: this.ctx.writer === null, notices: [...this.ctx.notices] };
  }

  list(): Annotation[] {
    return this.state.all();
  }

  get(id: string): Annotation | undefined {
    return this.state.get(id);
  }

  listLive(): Annotation[] {
    return this.state.all().filter((a) => a.deletedAt === undefined);
  }

  pending(): number {
    return this.pendingEntries.length + (this.replaceSeq === null ? 0 : 1);
  }

  async put(a: Annotation): Promise<Result<Annotation>> {
    const refused = this.refusal();
    if (refused) return refused;
    const checked = validateAnnotation(a);
    if (!checked.ok) return checked;
    if (checked.value.reportId !== this.ctx.reportId) return err('other-report', messages.otherReport(null));
    const entry: JournalEntry = { seq: ++this.seq, op: 'put', at: this.stamp(), annotation: checked.value };
    return this.commit(entry, () => ok(this.state.get(checked.value.id) ?? checked.value));
  }

  async remove(id: string, at?: string): Promise<Result<Annotation>> {
    const refused = this.refusal();
    if (refused) return refused;
    const existing = this.state.get(id);
    if (!existing) return err('not-found', messages.notFound(id));
    if (existing.deletedAt !== undefined) return this.savedAsIs(existing);
    if (at !== undefined && !isIsoDateTime(at)) return err('invalid-time', messages.badTime);
    // Stamped like an edit: later than the version it deletes, whatever the clock says, so the delete wins merges.
    const when = nextTimestamp(existing.updatedAt, at ?? this.stamp());
    return this.commit({ seq: ++this.seq, op: 'delete', at: when, id }, () =>
      ok(this.state.get(id) ?? existing),
    );
  }

  async putMany(list: Annotation[]): Promise<Result<number>> {
    const refused = this.refusal();
    if (refused) return refused;
    const checked = this.checkList(list);
    if (!checked.ok) return checked;
    if (checked.value.length === 0) return this.savedAsIs(0);
    const entry: JournalEntry = {
      seq: ++this.seq,
      op: 'putMany',
      at: this.stamp(),
      annotations: checked.value,
    };
    return this.commit(entry, () => ok(checked.value.length));
  }

  async replaceAll(list: Annotation[]): Promise<Result<number>> {
    const refused = this.refusal();
    if (refused) return refused;
    const checked = this.checkList(list);
    if (!checked.ok) return checked;
    // Applied now, like every edit, so that edits made after this call land on the new state. The state it replaces
    // is always backed up first (an earlier backup may have failed unnoticed in another session).
    this.beforeReplace ??= { annotations: this.state.all(), seq: this.seq };
    this.state.replace(checked.value);
    this.replaceSeq = ++this.seq;
    this.pendingEntries = [];
    const seq = this.replaceSeq;
    const result = await this.enqueue(() => this.flush(true));
    if (this.durableSeq >= seq) return ok(checked.value.length);
    return result.ok ? err('save-failed', saveFailedMessage(undefined)) : result;
  }

  async retry(): Promise<Result<null>> {
    const refused = this.refusal();
    if (refused) return refused;
    return this.enqueue(() => this.flush(false));
  }

  async compact(): Promise<Result<null>> {
    const refused = this.refusal();
    if (refused) return refused;
    return this.enqueue(() => this.flush(true));
  }

  async settled(): Promise<void> {
    // A background compaction ends with a queued swap, which may queue nothing further: two rounds suffice.
    for (let round = 0; round < 2; round++) {
      await this.background;
      await this.enqueue(async () => undefined);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    const { writer, release } = this.ctx;
    if (writer) {
      await this.background;
      const result = await this.enqueue(() => this.flush(writer.lines > 0 || this.pending() > 0));
      if (!result.ok) this.ctx.notices.push(notices.closeFailed(this.pending(), result.error.message));
      await this.enqueue(() => writer.close());
    }
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await release?.().catch((error: unknown) => this.ctx.log('annotation lock release failed', error));
  }

  private refusal(): Result<never> | null {
    if (this.closed) return err('closed', messages.closed);
    if (!this.ctx.writer) return err('read-only', messages.readOnly);
    if (this.seq >= Number.MAX_SAFE_INTEGER - 1) return err('seq-exhausted', messages.seqExhausted);
    return null;
  }

  private checkList(list: unknown): Result<Annotation[]> {
    const checked = validateAnnotationList(list);
    if (!checked.ok) return checked;
    const foreign = checked.value.findIndex((a) => a.reportId !== this.ctx.reportId);
    return foreign >= 0 ? err('other-report', messages.otherReport(foreign)) : checked;
  }

  private stamp(): string {
    return rangeIso(this.ctx.now().getTime());
  }

  private async commit<T>(entry: JournalEntry, value: () => Result<T>): Promise<Result<T>> {
    this.state.apply(entry);
    this.pendingEntries.push(entry);
    const result = await this.enqueue(() => this.flush(false));
    if (this.durableSeq >= entry.seq) return value();
    return result.ok ? err('save-failed', saveFailedMessage(undefined)) : result;
  }

  /** A no-op edit is only "saved" once everything before it is: ok must always mean on disk. */
  private async savedAsIs<T>(value: T): Promise<Result<T>> {
    if (this.pending() === 0) return ok(value);
    const result = await this.enqueue(() => this.flush(false));
    return result.ok ? ok(value) : result;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Saves everything accepted so far: appends, or compacts when asked, after a replace, or after a failure. */
  private async flush(forceCompaction: boolean): Promise<Result<null>> {
    const writer = this.ctx.writer;
    if (!writer) return err('read-only', messages.readOnly);
    const upTo = this.seq;
    let compacting = forceCompaction || writer.mustCompact || this.replaceSeq !== null;
    // Nothing new since the last snapshot: a compaction would only push a distinct backup out.
    if (this.pending() === 0 && !writer.mustCompact && (!compacting || writer.lines === 0)) return ok(null);
    try {
      if (!compacting) {
        try {
          await writer.append(this.pendingEntries.filter((e) => e.seq <= upTo));
        } catch (error) {
          // A batch too long for one line is saved whole by a snapshot, still all or nothing.
          if (!(error instanceof EntryTooLargeError)) throw error;
          compacting = true;
        }
      }
      if (compacting) {
        // Never two snapshot writers: a newer snapshot must not be overwritten by an older one.
        if (this.background) await this.background;
        this.fullCompactions++;
        writer.dropTail();
        this.backgroundRunning = false;
        if (this.beforeReplace) {
          // Replacing must wait until what it replaces has a backup: otherwise it would be in no file at all.
          const backupFailure = await writer.compact(this.beforeReplace.annotations, this.beforeReplace.seq);
          if (backupFailure !== null) throw backupFailure;
          this.beforeReplace = null;
        }
        await writer.compact(this.state.all(), upTo);
      }
    } catch (error) {
      this.ctx.log('annotation save failed; kept in memory', error);
      this.scheduleRetry();
      return err('save-failed', saveFailedMessage(error));
    }
    this.pendingEntries = this.pendingEntries.filter((e) => e.seq > upTo);
    if (this.replaceSeq !== null && this.replaceSeq <= upTo) this.replaceSeq = null;
    this.durableSeq = Math.max(this.durableSeq, upTo);
    if (!compacting && writer.full(this.ctx.compactEvery)) {
      if (this.state.size >= this.ctx.backgroundCompactionFrom) this.compactInBackground(writer);
      else void this.enqueue(() => this.flush(true));
    }
    return ok(null);
  }

  /**
   * A routine compaction (the journal is full) that no save waits for: the snapshot and backup are written from a
   * copy of the state while appends go on, then one short queued step swaps in a journal of the lines after it.
   * Called from inside the queue, so the copy and the seq agree with everything appended so far.
   */
  private compactInBackground(writer: JournalWriter): void {
    if (this.backgroundRunning || this.closed) return;
    this.backgroundRunning = true;
    const seq = this.seq;
    const generation = this.fullCompactions;
    const written = writer.snapshotInBackground(this.state.all(), seq);
    this.background = written;
    void written.then((ok) => {
      this.background = null;
      void this.enqueue(async () => {
        // A full compaction since then has already replaced the journal (and dropped the kept lines).
        if (this.fullCompactions !== generation) return; // a full compaction replaced the journal and took over
        if (ok) await writer.swapJournal(seq);
        else writer.dropTail();
        this.backgroundRunning = false;
      });
    });
  }

  private scheduleRetry(): void {
    if (this.ctx.retryDelayMs <= 0 || this.retryTimer || this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.closed && this.pending() > 0) void this.retry();
    }, this.ctx.retryDelayMs);
    this.retryTimer.unref?.();
  }
}
