/**
 * Search benchmark (DESIGN §9): index build, serialise/load, query latency p50/p95/max over the issue-4 query
 * table, recall against a literal scan, and note re-indexing — at 1×, 10× and 100× the bundled report (its blocks
 * repeated under new ids). Prints JSON.
 * Run: npx tsx tests/bench/search-bench.ts
 */
import type { Annotation } from '../../core/annotations/model';
import type { ReportDocument } from '../../core/report/model';
import { buildSearchIndex, loadSearchIndex, type SearchIndex } from '../../core/search/search-index';
import { bundledReport, literalScanner, QUERY_TABLE, scaledReport } from '../core/search/query-table';

const round = (ms: number): number => Math.round(ms * 100) / 100;

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Latency over the query table, `runs` timed runs per query after one warm-up. */
function latency(index: SearchIndex, runs: number, limit?: number) {
  const samples: number[] = [];
  const perQuery: Record<string, number> = {};
  for (const { query } of QUERY_TABLE) {
    index.search(query, { limit });
    const mine: number[] = [];
    for (let i = 0; i < runs; i++) mine.push(time(() => index.search(query, { limit }))[1]);
    samples.push(...mine);
    perQuery[query] = round(mine.sort((a, b) => a - b)[Math.floor(mine.length / 2)] ?? 0);
  }
  samples.sort((a, b) => a - b);
  return {
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    max: round(samples[samples.length - 1] ?? 0),
    medianPerQuery: perQuery,
  };
}

/** Literal-scan recall: share of blocks containing the query that search returns, and ranks them literal. */
function recall(doc: ReportDocument, index: SearchIndex) {
  const scan = literalScanner(doc.blocks);
  let expected = 0;
  let found = 0;
  let flaggedLiteral = 0;
  let literalFirst = true;
  for (const { query } of QUERY_TABLE) {
    const body = index.search(query).groups.body;
    const returned = new Map(body.map((h) => [h.blockId, h.literal]));
    const ids = scan(query);
    expected += ids.length;
    found += ids.filter((id) => returned.has(id)).length;
    flaggedLiteral += ids.filter((id) => returned.get(id) === true).length;
    const firstPartial = body.findIndex((h) => !h.literal);
    if (firstPartial !== -1 && body.slice(firstPartial).some((h) => h.literal)) literalFirst = false;
    if (body.filter((h) => h.literal).length !== ids.length) literalFirst = false;
  }
  return {
    blocksExpected: expected,
    recall: expected === 0 ? 1 : found / expected,
    literalRecall: expected === 0 ? 1 : flaggedLiteral / expected,
    literalCountsMatchScanAndRankFirst: literalFirst,
  };
}

function fakeNotes(doc: ReportDocument, count: number): Annotation[] {
  return Array.from({ length: count }, (_, i): Annotation => {
    const block = doc.blocks[i % doc.blocks.length];
    const exact = block?.text.slice(0, 12) ?? '';
    return {
      id: `n${i}`,
      reportId: doc.id,
      kind: 'note',
      target: { blockId: block?.id ?? '', start: 0, end: exact.length, exact, prefix: '', suffix: '' },
      color: 'yellow',
      note: `第${i}条批注：这里的数据需要核对，建议补充说明煤炭产量。`,
      tags: ['数据核对'],
      author: { id: 'u', name: '代表' },
      createdAt: '2022-04-20T08:00:00.000Z',
      updatedAt: '2022-04-20T08:00:00.000Z',
    };
  });
}

function measure(doc: ReportDocument, runs: number) {
  const [index, buildMs] = time(() => buildSearchIndex(doc));
  const [json, serializeMs] = time(() => JSON.stringify(index.toJSON()));
  const [loaded, loadMs] = time(() => loadSearchIndex(JSON.parse(json)));
  if (!loaded.ok) throw new Error(loaded.error.message);
  const notes = fakeNotes(doc, 1000);
  const [, updateNotesMs] = time(() => index.updateNotes(notes));
  const edited = notes.map((n, i) => (i === 500 ? { ...n, note: `${n.note}（已修改）` } : n));
  const [, updateOneNoteMs] = time(() => index.updateNotes(edited));
  const withNotes = latency(index, runs);
  index.updateNotes([]);
  return {
    blocks: doc.blocks.length,
    textChars: doc.blocks.reduce((n, b) => n + b.text.length, 0),
    buildMs: round(buildMs),
    serialized: { bytes: json.length, serializeMs: round(serializeMs), loadMs: round(loadMs) },
    updateNotes: { first1000Ms: round(updateNotesMs), oneChangedOf1000Ms: round(updateOneNoteMs) },
    search: latency(index, runs),
    searchLimit100: latency(index, runs, 100),
    searchWith1000Notes: { p50: withNotes.p50, p95: withNotes.p95, max: withNotes.max },
    recall: recall(doc, index),
  };
}

const doc = bundledReport();
const [, coldBuildMs] = time(() => buildSearchIndex(doc));
console.log(
  JSON.stringify(
    {
      queries: QUERY_TABLE.map((q) => q.query),
      coldBuildMs1x: round(coldBuildMs),
      '1x': measure(doc, 50),
      '10x': measure(scaledReport(doc, 10), 20),
      '100x': measure(scaledReport(doc, 100), 5),
    },
    null,
    2,
  ),
);
