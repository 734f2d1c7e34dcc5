/**
 * Merging annotations from several people or files (DESIGN §4): per id the latest version wins, tombstones included.
 * `newer` is a total order on versions, so merging is a join: commutative, associative and idempotent.
 */
import { err, ok } from '../result';
import type { Result } from '../result';
import { compareStrings } from '../compare';
import { canonicalJson } from './canonical-json';
import type { Annotation, AnnotationPack, Author } from './model';
import { packVersionFor } from './model';

/** Milliseconds of an ISO date; an unreadable one sorts before every real date rather than breaking the order. */
function time(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? -Infinity : ms;
}

/** Orders two ISO dates as instants (-1, 0, 1); safe with -Infinity, unlike subtraction. */
function compareTimes(a: string, b: string): number {
  const [x, y] = [time(a), time(b)];
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * Compares two versions of an annotation: later `updatedAt` wins (as instants, so `Z` and `+08:00` compare right);
 * on a tie a tombstone wins (a delete is never undone by a concurrent edit), then the larger canonical JSON.
 */
export function compareVersions(a: Annotation, b: Annotation): number {
  const byTime = compareTimes(a.updatedAt, b.updatedAt);
  if (byTime !== 0) return byTime;
  const byDeleted = Number(a.deletedAt !== undefined) - Number(b.deletedAt !== undefined);
  if (byDeleted !== 0) return byDeleted;
  return compareStrings(canonicalJson(a), canonicalJson(b));
}

/** Merges annotation lists: one version per id (the newest by compareVersions), sorted by id. */
export function mergeAnnotations(a: readonly Annotation[], b: readonly Annotation[]): Annotation[] {
  const byId = new Map<string, Annotation>();
  for (const annotation of [...a, ...b]) {
    const held = byId.get(annotation.id);
    if (!held || compareVersions(annotation, held) > 0) byId.set(annotation.id, annotation);
  }
  return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Options for mergePacks: who the merged pack is exported by, and when (default: from the newest input pack). */
export interface MergePacksOptions {
  exportedBy?: Author;
  exportedAt?: string;
}

/**
 * Merges packs of one report into one pack. Refuses packs of different reports (a message names both ids).
 * Without options, report, exportedBy and exportedAt come from the newest pack, chosen deterministically.
 */
export function mergePacks(
  packs: readonly AnnotationPack[],
  options: MergePacksOptions = {},
): Result<AnnotationPack> {
  const newest = newestPack(packs);
  if (!newest) return err('no-packs', '没有可合并的批注文件。');
  const other = packs.find((pack) => pack.report.id !== newest.report.id);
  if (other) {
    return err(
      'report-mismatch',
      `这些批注文件属于不同的报告（${newest.report.id} 与 ${other.report.id}），不能合并。`,
    );
  }
  const annotations = packs.reduce<Annotation[]>(
    (merged, pack) => mergeAnnotations(merged, pack.annotations),
    [],
  );
  return ok({
    format: 'yandu.annotations',
    // Old packs merge into an old pack: only an amendment makes the result need a newer build.
    version: packVersionFor(annotations),
    report: newest.report,
    exportedBy: options.exportedBy ?? newest.exportedBy,
    exportedAt: options.exportedAt ?? newest.exportedAt,
    annotations,
  });
}

function newestPack(packs: readonly AnnotationPack[]): AnnotationPack | undefined {
  let newest: AnnotationPack | undefined;
  let newestKey = '';
  for (const pack of packs) {
    const byTime = newest ? compareTimes(pack.exportedAt, newest.exportedAt) : 1;
    // Order-independent tie-break: compare headers only, the annotations are merged anyway.
    const key = canonicalJson({
      report: pack.report,
      exportedBy: pack.exportedBy,
      exportedAt: pack.exportedAt,
    });
    if (byTime > 0 || (byTime === 0 && key > newestKey)) {
      newest = pack;
      newestKey = key;
    }
  }
  return newest;
}
