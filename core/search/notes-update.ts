/**
 * One update of the notes' index to a new list of notes, in steps (the worker runs them in slices between
 * queries). A note whose searchable text is unchanged keeps its slot; a new or changed one is folded and staged
 * in a new slot. Until the last note is taken, queries read the previous notes, whole; then one commit makes the
 * new list live (notes-index.ts). A compaction of freed entries may follow, in steps too. A newer update cancels
 * an unfinished one and reuses what it had staged, so notes are never folded twice for one edit.
 */
import { prepareDoc, type SearchDoc } from './documents';
import { sameFields } from './notes-cache';
import { ensureSize, type NotesIndex, type NotesState } from './notes-index';

export type NotesBuildState = 'building' | 'ready' | 'cancelled';

export interface NotesBuild {
  readonly state: NotesBuildState;
  /** True once the new notes are what queries read (a compaction may still be running). */
  readonly committed: boolean;
  /** Takes about `units` notes (or 64 keys per unit when compacting); returns the state after it. */
  step(units: number): NotesBuildState;
}

/** Compaction starts once freed entries outnumber live ones, and are this many at least. */
const COMPACT_FROM = 4096;
const KEYS_PER_UNIT = 64;

export class NotesUpdate implements NotesBuild {
  state: NotesBuildState = 'building';
  committed = false;
  private taken = 0;
  private live: Uint8Array;
  private order: Int32Array;
  private readonly slots: number[] = [];
  private readonly docsOut: NotesState['docs'][number][] = [];
  private readonly slotById = new Map<string, number>();
  private titleSum = 0;
  private bodySum = 0;
  private liveEntries = 0;
  /** Slots this update (and the unfinished ones it replaced) staged, by note id, for reuse and freeing. */
  private readonly staged: number[];
  private readonly stagedById: Map<string, number>;
  private compactKeys: number[] | undefined;
  private compacted = 0;

  constructor(
    private readonly index: NotesIndex,
    private readonly docs: readonly SearchDoc[],
    replaced?: NotesUpdate,
  ) {
    const inherit = replaced && !replaced.committed;
    this.staged = inherit ? [...replaced.staged] : [];
    this.stagedById = inherit ? new Map(replaced.stagedById) : new Map();
    const size = index.committed.live.length;
    this.live = new Uint8Array(size);
    this.order = new Int32Array(size);
  }

  cancel(): void {
    if (this.state === 'building') this.state = 'cancelled';
  }

  step(units: number): NotesBuildState {
    if (this.state !== 'building') return this.state;
    if (!this.committed) {
      const end = Math.min(this.docs.length, this.taken + Math.max(1, units));
      for (; this.taken < end; this.taken++) this.take(this.docs[this.taken] as SearchDoc);
      if (this.taken < this.docs.length) return this.state;
      this.commit();
      return this.state;
    }
    const keys = this.compactKeys ?? [];
    const end = Math.min(keys.length, this.compacted + Math.max(1, units) * KEYS_PER_UNIT);
    for (; this.compacted < end; this.compacted++) this.index.compact(keys[this.compacted] ?? -1);
    if (this.compacted >= keys.length) this.state = 'ready';
    return this.state;
  }

  /** The slot of an unchanged note (live now, or staged by a replaced update), if there is one still free here. */
  private reusable(doc: SearchDoc): number | undefined {
    const id = doc.annotationId;
    if (id === undefined) return undefined;
    for (const slot of [this.index.committed.slotById.get(id), this.stagedById.get(id)]) {
      if (slot === undefined || this.live[slot] === 1) continue;
      const old = this.index.docOf(slot);
      if (old && sameFields(old, doc)) return slot;
    }
    return undefined;
  }

  private take(doc: SearchDoc): void {
    let slot = this.reusable(doc);
    if (slot === undefined) {
      slot = this.index.stage(prepareDoc(doc));
      this.staged.push(slot);
      if (doc.annotationId !== undefined) this.stagedById.set(doc.annotationId, slot);
    }
    this.live = ensureSize(this.live, slot + 1);
    this.order = ensureSize(this.order, slot + 1);
    this.live[slot] = 1;
    this.order[slot] = this.docsOut.length;
    const prepared = this.index.docOf(slot);
    if (prepared) this.docsOut.push(prepared);
    this.slots.push(slot);
    if (doc.annotationId !== undefined) this.slotById.set(doc.annotationId, slot);
    const { title, body } = this.index.lengthsOf(slot);
    this.titleSum += title;
    this.bodySum += body;
    this.liveEntries += this.index.keysOf(slot);
  }

  private commit(): void {
    this.index.commit(
      {
        docs: this.docsOut,
        slots: this.slots,
        slotById: this.slotById,
        live: this.live,
        order: this.order,
        titleSum: this.titleSum,
        bodySum: this.bodySum,
      },
      this.staged,
    );
    this.committed = true;
    const garbage = this.index.garbageEntries;
    if (garbage >= COMPACT_FROM && garbage > this.liveEntries) this.compactKeys = this.index.keys();
    else this.state = 'ready';
  }
}
