/**
 * The store's in-memory truth: annotations by id, changed only by journal entries, so that replaying
 * the journal on open and applying an edit live are the same code.
 */
import type { Annotation } from '../../../core/annotations/model';
import type { JournalEntry } from './journal-format';

/** Freezes an annotation deeply: callers get the stored objects themselves, so they must not change them. */
export function freezeAnnotation(a: Annotation): Annotation {
  Object.freeze(a.target);
  Object.freeze(a.author);
  Object.freeze(a.tags);
  return Object.freeze(a);
}

/** Annotations by id, in first-insertion order. */
export class AnnotationState {
  private readonly byId = new Map<string, Annotation>();

  constructor(initial: readonly Annotation[] = []) {
    this.replace(initial);
  }

  /** Applies one change; false when a delete names an annotation that does not exist. */
  apply(entry: JournalEntry): boolean {
    switch (entry.op) {
      case 'put':
        this.byId.set(entry.annotation.id, freezeAnnotation(entry.annotation));
        return true;
      case 'putMany':
        for (const a of entry.annotations) this.byId.set(a.id, freezeAnnotation(a));
        return true;
      case 'delete': {
        const existing = this.byId.get(entry.id);
        if (!existing) return false;
        const { at } = entry;
        this.byId.set(entry.id, freezeAnnotation({ ...existing, updatedAt: at, deletedAt: at }));
        return true;
      }
    }
  }

  /** Replaces everything (restore from a backup). */
  replace(list: readonly Annotation[]): void {
    this.byId.clear();
    for (const a of list) this.byId.set(a.id, freezeAnnotation(a));
  }

  get(id: string): Annotation | undefined {
    return this.byId.get(id);
  }

  /** Every annotation, tombstones included (merges and packs need them). */
  all(): Annotation[] {
    return [...this.byId.values()];
  }

  get size(): number {
    return this.byId.size;
  }
}
