/**
 * Importing study-group packs (学习小组): what merging members' packs into this report's notes changes, per member,
 * and exactly which versions must be written. Pure; the same merge rules as everywhere (merge.ts), so importing is
 * order-independent and importing the same packs again changes nothing.
 */
import { byNameThenId } from '../compare';
import type { ReportDocument } from '../report/model';
import { resolveAll } from './anchor';
import { checkAuthorship, ownersOf } from './authorship';
import { UNNAMED_AUTHOR } from './layers';
import { compareVersions, mergeAnnotations } from './merge';
import type { Annotation, AnnotationPack, Author } from './model';

/**
 * What an import does to one member's notes, as the reader will see them:
 * - added: a note that is not shown here now and will be (new, or a newer version of one deleted here);
 * - updated: a shown note whose content changes;
 * - deleted: a shown note the member has since deleted;
 * - unchanged: nothing visible changes (the same version, or a deletion of a note never shown here);
 * - older: the pack holds an older version than this store, which is kept;
 * - refused: the version would take over a note someone else wrote here (another author on the same id), or claims
 *   my author id in a pack I did not export. Packs travel by chat and USB stick: a pack may be forged or mistaken,
 *   and must never change or delete notes that are not its author's.
 */
export interface MemberImportCounts {
  author: Author;
  /** The member is this installation's author (a pack of my own notes, e.g. from another computer). */
  isMe: boolean;
  added: number;
  updated: number;
  unchanged: number;
  deleted: number;
  older: number;
  refused: number;
}

export type ImportCounts = Omit<MemberImportCounts, 'author' | 'isMe'>;

export interface ImportPlan {
  /** Sorted by name, then id. */
  members: MemberImportCounts[];
  totals: ImportCounts;
  /** Exactly the versions that must be stored (new or newer than the stored one), in id order. */
  writes: Annotation[];
}

type Outcome = keyof ImportCounts;

/**
 * Plans importing `packs` into a report whose store holds `stored` (tombstones included). The packs are merged first,
 * every incoming note is attached to `reportId` (a pack may come from another text of the report), then each merged
 * version is compared with the stored one of the same id. Applying `writes` (upsert by id) yields
 * mergeAnnotations(stored, incoming).
 *
 * A tombstone for a note this store never had is written too (so a later, older pack cannot bring the note back, and
 * importing again writes nothing) but counted as unchanged: the reader sees no difference.
 *
 * Authorship is kept (authorship.ts): notes signed with my id are taken only from packs I exported, a version whose
 * author differs from the stored note's is refused, and a note not held here that the packs give to two authors is
 * refused whole. For packs whose ids each belong to one author (every pack Yandu writes), the merge laws hold: order
 * does not matter and importing again changes nothing.
 */
export function planImport(
  stored: readonly Annotation[],
  packs: readonly AnnotationPack[],
  reportId: string,
  me: Author,
): ImportPlan {
  // One version per id, as the store holds them (merging also tolerates a list with repeats).
  const held = new Map(mergeAnnotations([], stored).map((a) => [a.id, a]));
  // Only I sign my notes: a pack someone else exported cannot add or change notes in my name.
  const forged = new Set<string>();
  const offered: Annotation[] = [];
  for (const pack of packs) {
    for (const a of pack.annotations) {
      if (a.author.id === me.id && pack.exportedBy.id !== me.id) forged.add(a.id);
      else offered.push({ ...a, reportId });
    }
  }
  // Authorship is decided before merging, so a forged newer version cannot hide the owner's own newer one.
  const authorship = checkAuthorship(ownersOf(held.values()), offered);
  const incoming = mergeAnnotations([], authorship.kept);
  const counts = new Map<string, ImportCounts>();
  const tally = (authorId: string, outcome: Outcome): void => {
    const member = counts.get(authorId) ?? emptyCounts();
    member[outcome] += 1;
    counts.set(authorId, member);
  };
  const writes: Annotation[] = [];
  for (const version of incoming) {
    const before = held.get(version.id);
    const outcome = classify(before, version);
    if (before === undefined || compareVersions(version, before) > 0) writes.push(version);
    tally(version.author.id, outcome);
  }
  // One refusal per note and claimed author, however many versions of it the packs carry.
  const refusals = new Set(authorship.refused.map(({ version }) => `${version.author.id}\n${version.id}`));
  for (const key of refusals) tally(key.slice(0, key.indexOf('\n')), 'refused');
  const seen = new Set([
    ...incoming.map((a) => a.id),
    ...authorship.refused.map(({ version }) => version.id),
  ]);
  for (const id of forged) if (!seen.has(id)) tally(me.id, 'refused');
  const names = memberNames(packs, me);
  const members = [...counts.entries()]
    .map(([id, tally]) => ({
      author: { id, name: names.get(id) ?? UNNAMED_AUTHOR },
      isMe: id === me.id,
      ...tally,
    }))
    .sort((a, b) => byNameThenId(a.author, b.author));
  const totals = emptyCounts();
  for (const member of members) for (const key of OUTCOMES) totals[key] += member[key];
  return { members, totals, writes };
}

const OUTCOMES = [
  'added',
  'updated',
  'unchanged',
  'deleted',
  'older',
  'refused',
] as const satisfies readonly Outcome[];

const emptyCounts = (): ImportCounts => ({
  added: 0,
  updated: 0,
  unchanged: 0,
  deleted: 0,
  older: 0,
  refused: 0,
});

/** What an incoming version does against the stored one; see MemberImportCounts. */
function classify(before: Annotation | undefined, version: Annotation): Outcome {
  const shownNow = before !== undefined && before.deletedAt === undefined;
  const shownAfter = version.deletedAt === undefined;
  if (before === undefined) return shownAfter ? 'added' : 'unchanged';
  const order = compareVersions(version, before);
  if (order < 0) return 'older';
  // compareVersions is 0 only for canonically equal versions.
  if (order === 0) return 'unchanged';
  if (!shownNow) return shownAfter ? 'added' : 'unchanged';
  return shownAfter ? 'updated' : 'deleted';
}

/**
 * The name to show for each member: mine as I set it here; otherwise the newest non-empty name the packs give for the
 * id, from their notes (dated by updatedAt) and from exportedBy (dated by exportedAt). Ties: the larger name, so the
 * result does not depend on pack order.
 */
function memberNames(packs: readonly AnnotationPack[], me: Author): Map<string, string> {
  const best = new Map<string, { name: string; at: number }>();
  const offer = (author: Author, iso: string): void => {
    const name = author.name.trim();
    if (name === '') return;
    const at = Date.parse(iso);
    const time = Number.isNaN(at) ? -Infinity : at;
    const held = best.get(author.id);
    if (!held || time > held.at || (time === held.at && name > held.name))
      best.set(author.id, { name, at: time });
  };
  for (const pack of packs) {
    offer(pack.exportedBy, pack.exportedAt);
    for (const annotation of pack.annotations) offer(annotation.author, annotation.updatedAt);
  }
  const names = new Map([...best].map(([id, { name }]) => [id, name]));
  if (me.name.trim() !== '') names.set(me.id, me.name.trim());
  return names;
}

/**
 * How many of a pack's live notes find their place in this text: for a pack made for another text of the report, so
 * the import is offered only when its quotes anchor here. Orphans would still be kept and listed as 未定位.
 */
export function anchoringSummary(
  doc: Pick<ReportDocument, 'blocks'>,
  pack: Pick<AnnotationPack, 'annotations'>,
): { total: number; anchored: number } {
  const live = pack.annotations.filter((a) => a.deletedAt === undefined);
  const blocks = new Set(doc.blocks.map((block) => block.id));
  const anchors = resolveAll(doc, live);
  let anchored = 0;
  for (const annotation of live) {
    const anchor = anchors.get(annotation.id);
    if (anchor && anchor.status !== 'orphan' && blocks.has(anchor.blockId)) anchored += 1;
  }
  return { total: live.length, anchored };
}
