/**
 * Search benchmark (DESIGN §9): index build, serialise/load, query latency p50/p95/max over the issue-4 query
 * table, recall against a literal scan, and note re-indexing — at 1×, 10× and 100× the bundled report (its blocks
 * repeated under new ids). Then `buildBudget` (issue 10): for report *texts* of 1×, 10×, 100× the bundled one and
 * one of ~55 MB (the app accepts 60 MB), index build time ÷ parse time of the same text (budget 5×) and memory
 * growth ÷ text bytes (budget 20×), each scale in a fresh Node process with `--expose-gc` and a 4 GB heap (the
 * V8 heap cap of Electron's renderer and workers), so heap and RSS figures are that build's own. Prints JSON.
 * Run: npx tsx tests/bench/search-bench.ts
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Annotation } from '../../core/annotations/model';
import type { ReportDocument } from '../../core/report/model';
import { parseReport } from '../../core/report/parse';
import { buildSearchIndex, loadSearchIndex, type SearchIndex } from '../../core/search/search-index';
import { bundledReport, literalScanner, QUERY_TABLE, scaledReport } from '../core/search/query-table';
import { bundledReportText, scaledReportText } from './scaled-report-text';

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

/** Issue 10's budgets: index build within 5× the parse time of the same text, memory within 20× its size. */
const BUDGET = { buildToParse: 5, memoryToText: 20 };

interface BudgetScale {
  name: string;
  /** Copies of each section's paragraphs, or a target size in UTF-8 bytes. */
  times?: number;
  bytes?: number;
  /** Timed runs of parse and of build (medians); query runs per query. */
  runs: number;
  queryRuns: number;
}

const BUDGET_SCALES: BudgetScale[] = [
  { name: '1x', times: 1, runs: 7, queryRuns: 30 },
  { name: '10x', times: 10, runs: 5, queryRuns: 20 },
  { name: '100x', times: 100, runs: 3, queryRuns: 10 },
  { name: '55MB', bytes: 55_000_000, runs: 2, queryRuns: 3 },
];

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** The bundled text scaled to `scale` (by copies, or by the copies that come closest to a byte size). */
function budgetText(scale: BudgetScale): string {
  const base = bundledReportText();
  if (scale.times !== undefined) return scaledReportText(base, scale.times);
  const one = utf8Bytes(base);
  const perCopy = utf8Bytes(scaledReportText(base, 2)) - one;
  return scaledReportText(base, Math.max(1, Math.round(((scale.bytes ?? one) - one) / perCopy) + 1));
}

function parsed(text: string): ReportDocument {
  const result = parseReport(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Heap in use including typed-array and other off-heap buffers (strings live on the heap). */
const heapBytes = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

/** One scale, run in this (fresh) process: memory of the first build, then timed parses and builds. */
function budgetChild(scale: BudgetScale) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  // Compile parser and indexer on the bundled text first, so that memory is the index's, not the JIT's.
  buildSearchIndex(parsed(bundledReportText()));
  const text = budgetText(scale);
  const textBytes = utf8Bytes(text);
  let doc: ReportDocument | undefined = parsed(text);
  gc();
  gc();
  const heapBefore = heapBytes();
  const rssBefore = process.memoryUsage().rss;
  const held: { index?: SearchIndex } = {};
  const firstBuildMs = time(() => (held.index = buildSearchIndex(doc as ReportDocument)))[1];
  // maxRSS is the process's lifetime peak: if parsing peaked higher, this over-states the build's own peak.
  const peakRss = process.resourceUsage().maxRSS * 1024;
  gc();
  gc();
  const heapWith = heapBytes();
  const rssGrowth = process.memoryUsage().rss - rssBefore;
  // What the index retains: the heap with it less the heap once it is dropped (robust to other garbage).
  delete held.index;
  gc();
  gc();
  const heapGrowth = heapWith - Math.min(heapBefore, heapBytes());
  const parseMs: number[] = [];
  const buildMs: number[] = [];
  for (let i = 0; i < scale.runs; i++) {
    const [again, ms] = time(() => parsed(text));
    parseMs.push(ms);
    doc = again;
    buildMs.push(time(() => buildSearchIndex(again))[1]);
  }
  const ratio = (n: number) => Math.round((n / textBytes) * 100) / 100;
  const buildToParse = Math.round((median(buildMs) / median(parseMs)) * 100) / 100;
  // Retained heap and the peak are what can run out; RSS after the build may even shrink (freed pages).
  const memoryToText = ratio(Math.max(heapGrowth, peakRss - rssBefore));
  const searched = buildSearchIndex(doc);
  const queries = latency(searched, scale.queryRuns);
  const asApp = latency(searched, scale.queryRuns, 200);
  return {
    textBytes,
    textChars: text.length,
    blocks: doc.blocks.length,
    parseMs: round(median(parseMs)),
    buildMs: round(median(buildMs)),
    firstBuildMs: round(firstBuildMs),
    buildToParse,
    heapGrowthToText: ratio(heapGrowth),
    rssGrowthToText: ratio(rssGrowth),
    peakRssGrowthToText: ratio(peakRss - rssBefore),
    withinBudget: buildToParse <= BUDGET.buildToParse && memoryToText <= BUDGET.memoryToText,
    search: { p50: queries.p50, p95: queries.p95, max: queries.max },
    /** As the app asks (at most 200 hits per group; the count still covers all). */
    searchLimit200: { p50: asApp.p50, p95: asApp.p95, max: asApp.max },
  };
}

/** Runs each budget scale in its own process; a scale that crashes (out of memory) is reported as such. */
function buildBudget() {
  const results: Record<string, unknown> = { budget: BUDGET };
  for (const scale of BUDGET_SCALES) {
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        '--expose-gc',
        '--max-old-space-size=4096',
        fileURLToPath(import.meta.url),
        '--budget-scale',
        scale.name,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 24, timeout: 20 * 60_000 },
    );
    if (child.status === 0) results[scale.name] = JSON.parse(child.stdout) as unknown;
    else {
      const lastLine = (child.stderr || String(child.error ?? '')).trim().split('\n').slice(-3).join(' ');
      results[scale.name] = {
        failed: child.signal ?? `exit ${child.status}`,
        outOfMemory: /heap out of memory|Allocation failed/.test(child.stderr),
        stderr: lastLine.slice(0, 400),
        withinBudget: false,
      };
    }
  }
  return results;
}

const childScale = process.argv.indexOf('--budget-scale');
if (childScale !== -1) {
  const scale = BUDGET_SCALES.find((s) => s.name === process.argv[childScale + 1]);
  if (!scale) throw new Error('unknown scale');
  console.log(JSON.stringify(budgetChild(scale)));
} else {
  main();
}

function main() {
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
        buildBudget: buildBudget(),
      },
      null,
      2,
    ),
  );
}
