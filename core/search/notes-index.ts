/**
 * The user's notes as an inverted index (decision 44): each note is folded on its own and listed under its keys
 * (note-keys.ts) in a slot; a query reads only the notes listed under its needles' rarest keys and scans those
 * notes' own text, so its cost follows the notes that could match, not all notes. Exact and related matches and
 * their BM25 scores are the ones a corpus of all notes gives (match.ts, score.ts), ties broken by the notes'
 * order in the list, so the index answers as a full rebuild would.
 *
 * Updates never touch what queries read until they commit: an update (notes-update.ts) stages new or changed
 * notes in fresh slots (listed, not live), then commits by swapping in the set of live slots, their order and the
 * corpus figures at once. Slots that are no longer live are freed; their entries are dropped from the lists by a
 * compaction in slices, and skipped until then.
 */
import { fieldAt, fieldCount } from './folded-texts';
import type { PreparedDoc } from './documents';
import { hitOf } from './hits';
import { MIN_COVERAGE } from './match';
import type { Hit } from './model';
import { MANY, needleKeys, textKeys } from './note-keys';
import type { ParsedQuery } from './query';
import { inverseFrequency, termScore } from './score';
import { isWholeWord, isWordTerm } from './terms';

/** A matching note: its slot, and its position in the list (ties in every ordering). */
export interface NoteMatch {
  slot: number;
  order: number;
  literal: boolean;
  score: number;
}

/** What a commit makes live: the notes in list order, their slots, and per slot its position. */
export interface NotesState {
  docs: readonly PreparedDoc[];
  slots: readonly number[];
  slotById: ReadonlyMap<string, number>;
  /** Per slot: 1 when live. */
  live: Uint8Array;
  /** Per slot: its position in `docs`. */
  order: Int32Array;
  titleSum: number;
  bodySum: number;
}

const EMPTY: NotesState = {
  docs: [],
  slots: [],
  slotById: new Map(),
  live: new Uint8Array(0),
  order: new Int32Array(0),
  titleSum: 0,
  bodySum: 0,
};

/** A copy of `array` at least `size` long (doubling), or `array` when it is. */
export function ensureSize<T extends Uint8Array | Int32Array>(array: T, size: number): T {
  if (array.length >= size) return array;
  const grown = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2, 16));
  grown.set(array);
  return grown;
}

/** A list entry: the slot, and the key's counts in its title and other fields (note-keys.ts), in one number. */
const entryOf = (slot: number, counts: number): number => slot * 256 + counts;
const slotOf = (entry: number): number => Math.floor(entry / 256);
const titleCount = (entry: number): number => (entry >> 4) & 15;
const bodyCount = (entry: number): number => entry & 15;

export class NotesIndex {
  /** Per slot: the note (undefined once freed), its number of keys and folded title and other lengths. */
  private readonly slotDocs: (PreparedDoc | undefined)[] = [];
  private readonly keyCounts: number[] = [];
  private readonly titleLengths: number[] = [];
  private readonly bodyLengths: number[] = [];
  /** Per slot: where its passage is in the report (the block's rank, then the start offset). */
  private readonly blockRanks: number[] = [];
  private readonly starts: number[] = [];
  private freed = new Uint8Array(16);
  private readonly lists = new Map<number, number[]>();
  private state: NotesState = EMPTY;
  /** List entries of freed slots, still in the lists until compaction drops them. */
  private garbage = 0;

  /** `rankOf` gives a block's place in reading order (notes of unknown blocks come last). */
  constructor(private readonly rankOf: (blockId: string) => number = () => 0) {}

  get committed(): NotesState {
    return this.state;
  }

  /** List entries that belong to freed slots (what a compaction would drop). */
  get garbageEntries(): number {
    return this.garbage;
  }

  docOf(slot: number): PreparedDoc | undefined {
    return this.slotDocs[slot];
  }

  keysOf(slot: number): number {
    return this.keyCounts[slot] ?? 0;
  }

  lengthsOf(slot: number): { title: number; body: number } {
    return { title: this.titleLengths[slot] ?? 0, body: this.bodyLengths[slot] ?? 0 };
  }

  /** Lists a prepared note under its keys in a new slot; it is live only once a commit says so. */
  stage(doc: PreparedDoc): number {
    const slot = this.slotDocs.length;
    const keys = textKeys(doc.folded, (f) => doc.fields[f]?.title === true);
    for (const [key, counts] of keys) {
      const list = this.lists.get(key);
      if (list) list.push(entryOf(slot, counts));
      else this.lists.set(key, [entryOf(slot, counts)]);
    }
    let title = 0;
    let body = 0;
    doc.fields.forEach((field, f) => {
      const length = (doc.folded.start[f + 1] ?? 1) - 1 - (doc.folded.start[f] ?? 0);
      if (field.title) title += length;
      else body += length;
    });
    this.slotDocs.push(doc);
    this.keyCounts.push(keys.size);
    this.titleLengths.push(title);
    this.bodyLengths.push(body);
    this.blockRanks.push(doc.blockId === undefined ? Number.MAX_SAFE_INTEGER : this.rankOf(doc.blockId));
    this.starts.push(doc.start ?? 0);
    return slot;
  }

  /**
   * Makes `next` what queries read, in one step. Slots live before or in `staged` that `next` does not hold are
   * freed: their notes are released and their entries become garbage.
   */
  commit(next: NotesState, staged: Iterable<number>): void {
    const free = (slot: number) => {
      if (next.live[slot] === 1 || this.freed[slot] === 1) return;
      this.freed = ensureSize(this.freed, slot + 1);
      this.freed[slot] = 1;
      this.slotDocs[slot] = undefined;
      this.garbage += this.keyCounts[slot] ?? 0;
    };
    for (const slot of this.state.slots) free(slot);
    for (const slot of staged) free(slot);
    this.state = next;
  }

  /** The keys to compact (a snapshot: compaction runs in slices). */
  keys(): number[] {
    return [...this.lists.keys()];
  }

  /** Drops the entries of freed slots under `key`; returns how many it dropped. */
  compact(key: number): number {
    const list = this.lists.get(key);
    if (!list) return 0;
    const kept = list.filter((entry) => this.freed[slotOf(entry)] !== 1);
    if (kept.length === 0) this.lists.delete(key);
    else if (kept.length < list.length) this.lists.set(key, kept);
    const dropped = list.length - kept.length;
    this.garbage = Math.max(0, this.garbage - dropped);
    return dropped;
  }

  /** The list of a needle's rarest key: every note holding the needle is in it (empty when a key is absent). */
  private rarest(needle: string): readonly number[] {
    let rarest: number[] | undefined;
    for (const key of needleKeys(needle)) {
      const list = this.lists.get(key);
      if (!list) return [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return rarest ?? [];
  }

  /** Per slot, scratch for one query (reset after it): words found, terms found, score. */
  private words = new Uint8Array(16);
  private terms = new Uint8Array(16);
  private scores = new Float64Array(16);

  /** The exact and related notes for a query, as findMatches finds them in a corpus of all live notes. */
  match(query: ParsedQuery): { exact: NoteMatch[]; related: NoteMatch[] } {
    const exact: NoteMatch[] = [];
    const related: NoteMatch[] = [];
    const { docs, live, order, titleSum, bodySum } = this.state;
    if (query.words.length === 0 || docs.length === 0) return { exact, related };
    const size = this.slotDocs.length;
    this.words = ensureSize(this.words, size);
    this.terms = ensureSize(this.terms, size);
    if (this.scores.length < size) this.scores = new Float64Array(Math.max(size, 2 * this.scores.length));
    const { words, terms, scores } = this;
    const touched: number[] = [];
    const touch = (slot: number) => {
      if (words[slot] === 0 && terms[slot] === 0) touched.push(slot);
    };
    for (const word of query.words) {
      // A key is the whole of a word of one or two units: being listed is containing it.
      const listed = word.length <= 2;
      for (const entry of this.rarest(word)) {
        const slot = slotOf(entry);
        if (live[slot] !== 1) continue;
        if (!listed && !this.slotDocs[slot]?.folded.text.includes(word)) continue;
        touch(slot);
        words[slot] = (words[slot] ?? 0) + 1;
      }
    }
    const n = Math.max(1, docs.length);
    const meanTitle = titleSum / n || 1;
    const meanBody = bodySum / n || 1;
    const found: number[] = [];
    for (const term of query.terms) {
      // A Han term of one or two units is a key, its counts in the entries (unless MANY); word terms count only
      // as whole words, so their notes' texts are scanned.
      const counted = term.length <= 2 && !isWordTerm(term);
      found.length = 0;
      for (const entry of this.rarest(term)) {
        const slot = slotOf(entry);
        if (live[slot] !== 1) continue;
        let title = counted ? titleCount(entry) : MANY;
        let body = counted ? bodyCount(entry) : MANY;
        if (title === MANY || body === MANY) [title, body] = this.count(slot, term);
        if (title + body === 0) continue;
        found.push(slot, title, body);
      }
      const idf = inverseFrequency(docs.length, found.length / 3);
      for (let i = 0; i < found.length; i += 3) {
        const slot = found[i] ?? 0;
        const title = this.titleLengths[slot] ?? 0;
        const body = this.bodyLengths[slot] ?? 0;
        const score = termScore(idf, found[i + 1] ?? 0, title, meanTitle, found[i + 2] ?? 0, body, meanBody);
        touch(slot);
        scores[slot] = (scores[slot] ?? 0) + score;
        terms[slot] = (terms[slot] ?? 0) + 1;
      }
    }
    const need = query.words.length;
    for (const slot of touched) {
      const w = words[slot] ?? 0;
      const t = terms[slot] ?? 0;
      const score = scores[slot] ?? 0;
      const at = order[slot] ?? 0;
      if (w === need) exact.push({ slot, order: at, literal: true, score });
      else if (w !== 0 || (t > 0 && t >= MIN_COVERAGE * query.terms.length))
        related.push({ slot, order: at, literal: false, score });
      words[slot] = 0;
      terms[slot] = 0;
      scores[slot] = 0;
    }
    return { exact, related };
  }

  /** Occurrences of `term` in a note's title fields and its others (word terms as whole words only). */
  private count(slot: number, term: string): [number, number] {
    const doc = this.slotDocs[slot];
    if (!doc) return [0, 0];
    const whole = isWordTerm(term);
    const { text } = doc.folded;
    let title = 0;
    let body = 0;
    let f = 0;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      if (whole && !isWholeWord(text, at, at + term.length)) continue;
      f = fieldAt(doc.folded, at, f);
      if (doc.fields[f]?.title) title++;
      else body++;
    }
    return [title, body];
  }

  /** Sorts matches in the reading order of the passages they annotate, then in the list's order. */
  sortByReading(matches: NoteMatch[]): NoteMatch[] {
    const { blockRanks: ranks, starts } = this;
    return matches.sort(
      (a, b) =>
        (ranks[a.slot] ?? 0) - (ranks[b.slot] ?? 0) ||
        (starts[a.slot] ?? 0) - (starts[b.slot] ?? 0) ||
        a.order - b.order,
    );
  }

  /** The Hit of a match (built only for the hits a caller shows). */
  hit(match: NoteMatch, query: ParsedQuery): Hit {
    const doc = this.slotDocs[match.slot];
    if (!doc) throw new RangeError('no such note');
    return hitOf(doc, doc.folded, 0, fieldCount(doc.folded), match, query);
  }
}
