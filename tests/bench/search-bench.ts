/**
 * Search benchmark (DESIGN §9): index build, serialise/load, query latency p50/p95/max over the issue-4 query
 * table, recall against a literal scan, and notes — at 1×, 10× and 100× the bundled report (its blocks repeated
 * under new ids). Notes (issue 15): 1,000 notes of a study group (search-notes.ts: passages of the report with the
 * remarks delegates write, often quoting the report, and tags) are indexed in a second index, and the two indexes
 * are timed taking turns over the same query table: `search` (no notes) and `searchWith1000Notes`, every hit
 * built, as these figures were always taken; `searchAsApp` and `searchWith1000NotesAsApp` as the app's worker
 * asks (at most SEARCH_HIT_LIMIT hits per group); `notesBudget` gives p95 with ÷ p95 without for both against the
 * budget of 3×, and `updateNotes` what indexing the 1,000 and then one edited note costs. Then `buildBudget`
 * (issues 10 and 15): for report *texts* of 1×, 10×, 100× the bundled one and
 * one of ~55 MB (the app accepts 60 MB), index build time ÷ parse time of the same text (budget 5×) and memory
 * growth ÷ text bytes (budget 20×) of the literal tier, and whether lunr's ranking index is built there; each
 * scale in a fresh Node process with `--expose-gc` and a 4 GB heap (the V8 heap cap of Electron's renderer and
 * workers), so heap and RSS figures are that build's own. Then `lunr` (decision 25): what lunr's ranking index of
 * 相关结果 costs where it is built — build time in the worker's slices, the longest slice, retained and peak heap,
 * the estimate the build enforces against its 64 MiB ceiling — on the bundled text repeated (few distinct terms)
 * and with every copy's Han characters shifted (every copy new terms: the worst case for vocabulary), each in a
 * fresh process too. Prints JSON. SEARCH_BENCH_SECTIONS=1x,10x (any of 1x, 10x, 100x, buildBudget, lunr) runs
 * only those sections.
 * Run: npx tsx tests/bench/search-bench.ts
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ReportDocument } from '../../core/report/model';
import { parseReport } from '../../core/report/parse';
import type { Block } from '../../core/report/model';
import { LUNR_LIMITS } from '../../core/search/ranker';
import { buildSearchIndex, loadSearchIndex, type SearchIndex } from '../../core/search/search-index';
import { bundledReport, literalScanner, QUERY_TABLE, scaledReport } from '../core/search/query-table';
import { SEARCH_HIT_LIMIT } from '../../renderer/search/limits';
import { bundledReportText, scaledReportText } from './scaled-report-text';
import { studyGroupNotes } from './search-notes';

const round = (ms: number): number => Math.round(ms * 100) / 100;
/** Query latencies in ms to the µs: at 1× a query takes tens of µs, and 0.01 ms steps would make ratios coarse. */
const roundUs = (ms: number): number => Math.round(ms * 1000) / 1000;
/** Rounds over the whole query table before timing. */
const WARM_UP_ROUNDS = 5;

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

interface Latency {
  p50: number;
  p95: number;
  max: number;
  medianPerQuery: Record<string, number>;
}

/**
 * Latency over the query table for each of `indexes`, `runs` timed runs per query after one warm-up, the indexes
 * taking turns run by run, so that what else the machine is doing slows them alike and their ratio holds.
 */
function latencies(indexes: readonly SearchIndex[], runs: number, limit?: number): Latency[] {
  const samples: number[][] = indexes.map(() => []);
  const perQuery: Record<string, number>[] = indexes.map(() => ({}));
  // Warm up on the whole table first, so that no index is timed while the JIT still compiles for it.
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const { query } of QUERY_TABLE) for (const index of indexes) index.search(query, { limit });
  }
  for (const { query } of QUERY_TABLE) {
    const mine: number[][] = indexes.map(() => []);
    for (let i = 0; i < runs; i++) {
      indexes.forEach((index, k) => mine[k]?.push(time(() => index.search(query, { limit }))[1]));
    }
    mine.forEach((list, k) => {
      samples[k]?.push(...list);
      const record = perQuery[k] ?? {};
      record[query] = roundUs(list.sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0);
    });
  }
  return samples.map((list, k) => {
    list.sort((a, b) => a - b);
    return {
      p50: roundUs(percentile(list, 50)),
      p95: roundUs(percentile(list, 95)),
      max: roundUs(list[list.length - 1] ?? 0),
      medianPerQuery: perQuery[k] ?? {},
    };
  });
}

/** Latency over the query table, `runs` timed runs per query after one warm-up. */
function latency(index: SearchIndex, runs: number, limit?: number): Latency {
  return latencies([index], runs, limit)[0] as Latency;
}

/**
 * Literal-scan recall: share of blocks containing the query that search returns as exact hits, and whether the
 * exact hits are exactly those blocks and 相关结果 none of them.
 */
function recall(doc: ReportDocument, index: SearchIndex) {
  const scan = literalScanner(doc.blocks);
  let expected = 0;
  let found = 0;
  let exactIsScan = true;
  for (const { query } of QUERY_TABLE) {
    const results = index.search(query);
    const exact = new Set(results.groups.body.map((h) => h.blockId));
    const ids = scan(query);
    expected += ids.length;
    found += ids.filter((id) => exact.has(id)).length;
    if (exact.size !== ids.length) exactIsScan = false;
    if (results.related.some((h) => h.kind === 'block' && ids.includes(h.blockId ?? ''))) exactIsScan = false;
  }
  return {
    blocksExpected: expected,
    recall: expected === 0 ? 1 : found / expected,
    exactHitsAreTheScanAndRelatedNone: exactIsScan,
  };
}

/** Issue 15's budget: search p95 with 1,000 notes indexed within 3× the p95 without. */
const NOTES_BUDGET = 3;

const summary = ({ p50, p95, max }: Latency) => ({ p50, p95, max });
const ratio = (a: number, b: number): number => Math.round((a / Math.max(b, 0.001)) * 100) / 100;

/**
 * Query latency without notes and with 1,000 notes of a study group (search-notes.ts), the two indexes taking
 * turns; once as the figures were always taken (every hit built) and once as the app asks (at most
 * SEARCH_HIT_LIMIT hits per group, the totals counting all).
 */
function withNotes(doc: ReportDocument, index: SearchIndex, runs: number) {
  const notes = studyGroupNotes(doc, 1000);
  const noted = buildSearchIndex(doc);
  const [, first1000Ms] = time(() => noted.updateNotes(notes));
  const edited = notes.map((n, i) => (i === 500 ? { ...n, note: `${n.note}（已修改）` } : n));
  const [, oneChangedOf1000Ms] = time(() => noted.updateNotes(edited));
  const [without, withThem] = latencies([index, noted], runs) as [Latency, Latency];
  const [withoutApp, withThemApp] = latencies([index, noted], runs, SEARCH_HIT_LIMIT) as [Latency, Latency];
  const probe = (query: string) => noted.search(query, { limit: SEARCH_HIT_LIMIT }).groupTotals.notes;
  return {
    updateNotes: { first1000Ms: round(first1000Ms), oneChangedOf1000Ms: round(oneChangedOf1000Ms) },
    search: without,
    searchWith1000Notes: withThem,
    searchAsApp: summary(withoutApp),
    searchWith1000NotesAsApp: summary(withThemApp),
    notesBudget: {
      budget: NOTES_BUDGET,
      /** p95 with the notes ÷ p95 without, every hit built and as the app asks. */
      p95Ratio: ratio(withThem.p95, without.p95),
      p95RatioAsApp: ratio(withThemApp.p95, withoutApp.p95),
      withinBudget:
        withThem.p95 <= NOTES_BUDGET * without.p95 && withThemApp.p95 <= NOTES_BUDGET * withoutApp.p95,
      /** How many of the notes some queries find (exact), so the case is seen to be a real one. */
      notesFound: Object.fromEntries(['人', '煤', '丹河新城', '数据', '建议'].map((q) => [q, probe(q)])),
    },
  };
}

function measure(doc: ReportDocument, runs: number) {
  const [index, buildMs] = time(() => buildSearchIndex(doc));
  const [json, serializeMs] = time(() => JSON.stringify(index.toJSON()));
  const [loaded, loadMs] = time(() => loadSearchIndex(JSON.parse(json)));
  if (!loaded.ok) throw new Error(loaded.error.message);
  const { search, searchWith1000Notes, ...notes } = withNotes(doc, index, runs);
  return {
    blocks: doc.blocks.length,
    textChars: doc.blocks.reduce((n, b) => n + b.text.length, 0),
    buildMs: round(buildMs),
    serialized: { bytes: json.length, serializeMs: round(serializeMs), loadMs: round(loadMs) },
    search,
    searchLimit100: summary(latency(index, runs, 100)),
    searchWith1000Notes,
    ...notes,
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
  const peakRssBefore = process.resourceUsage().maxRSS * 1024;
  const held: { index?: SearchIndex } = {};
  const firstBuildMs = time(() => (held.index = buildSearchIndex(doc as ReportDocument)))[1];
  // maxRSS is the process's lifetime peak. The build's own peak is known only if it raised it; when loading and
  // compiling the modules peaked higher (a few MB, at 1× many times the text), the build's peak is not known, but
  // it is no higher than that earlier peak and did not add to what can run out.
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const buildPeakRss = peakRss > peakRssBefore ? peakRss - rssBefore : undefined;
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
  const memoryToText = ratio(Math.max(heapGrowth, buildPeakRss ?? 0));
  const searched = buildSearchIndex(doc);
  const queries = latency(searched, scale.queryRuns);
  const asApp = latency(searched, scale.queryRuns, 200);
  // Above its size cap lunr's index is not even started: BM25 ranks 相关结果 (its cost: the `lunr` section).
  const lunrBuilt = searched.startRanker() !== undefined;
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
    /** null: the build did not raise the process's peak RSS (it peaked earlier, see peakRssBeforeBuildToText). */
    peakRssGrowthToText: buildPeakRss === undefined ? null : ratio(buildPeakRss),
    peakRssBeforeBuildToText: ratio(peakRssBefore - rssBefore),
    buildWithinBudget: buildToParse <= BUDGET.buildToParse,
    memoryWithinBudget: memoryToText <= BUDGET.memoryToText,
    withinBudget: buildToParse <= BUDGET.buildToParse && memoryToText <= BUDGET.memoryToText,
    search: { p50: queries.p50, p95: queries.p95, max: queries.max },
    /** As the app asks (at most 200 hits per group; the count still covers all). */
    searchLimit200: { p50: asApp.p50, p95: asApp.p95, max: asApp.max },
    lunrBuilt,
  };
}

/** Runs this file again with `flag name` in a fresh process with a 4 GB heap; a crash is reported as such. */
function inChild(flag: string, name: string): unknown {
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      '--expose-gc',
      '--max-old-space-size=4096',
      fileURLToPath(import.meta.url),
      flag,
      name,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 24, timeout: 20 * 60_000 },
  );
  if (child.status === 0) return JSON.parse(child.stdout) as unknown;
  const lastLine = (child.stderr || String(child.error ?? '')).trim().split('\n').slice(-3).join(' ');
  return {
    failed: child.signal ?? `exit ${child.status}`,
    outOfMemory: /heap out of memory|Allocation failed/.test(child.stderr),
    stderr: lastLine.slice(0, 400),
    withinBudget: false,
  };
}

/** Runs each budget scale in its own process; `at100x` states issue 15's figure: build ÷ parse at 100×. */
function buildBudget() {
  const results: Record<string, unknown> = { budget: BUDGET };
  for (const scale of BUDGET_SCALES) results[scale.name] = inChild('--budget-scale', scale.name);
  const at100x = results['100x'] as Partial<ReturnType<typeof budgetChild>> | undefined;
  results.at100x = {
    parseMs: at100x?.parseMs,
    buildMs: at100x?.buildMs,
    buildToParse: at100x?.buildToParse,
    budget: BUDGET.buildToParse,
    met: at100x?.buildWithinBudget === true,
  };
  return results;
}

/** lunr's ranking index: the bundled report repeated `times` times, its copies' Han characters shifted or not. */
interface LunrScale {
  name: string;
  times: number;
  /** Shift every copy's Han characters, so each copy brings new terms (as a longer, varied report would). */
  varied: boolean;
}

const LUNR_SCALES: LunrScale[] = [
  { name: '1x', times: 1, varied: false },
  { name: '2x', times: 2, varied: false },
  { name: '4x', times: 4, varied: false },
  { name: '7x', times: 7, varied: false },
  { name: '2x-varied', times: 2, varied: true },
  { name: '4x-varied', times: 4, varied: true },
  { name: '7x-varied', times: 7, varied: true },
  { name: '8x-varied', times: 8, varied: true },
];

/** The worker's slicing: items per step, time per slice (renderer/search/search-worker.ts). */
const WORKER_UNITS = 8;
const WORKER_SLICE_MS = 8;
const HAN_FIRST = 0x4e00;
const HAN_COUNT = 0x9fff - HAN_FIRST + 1;

const shiftHan = (text: string, by: number): string =>
  text.replace(/[\u4e00-\u9fff]/g, (c) =>
    String.fromCharCode(HAN_FIRST + ((c.charCodeAt(0) - HAN_FIRST + by) % HAN_COUNT)),
  );

function lunrReport(scale: LunrScale): ReportDocument {
  const base = bundledReport();
  const blocks: Block[] = [];
  for (let copy = 0; copy < scale.times; copy++) {
    for (const block of base.blocks) {
      const text = scale.varied ? shiftHan(block.text, copy * 1777) : block.text;
      blocks.push({ ...block, id: copy === 0 ? block.id : `${block.id}~${copy}`, text });
    }
  }
  return { ...base, id: `${base.id}-${scale.name}`, blocks };
}

const heapUsed = (): number => process.memoryUsage().heapUsed;

/** One lunr scale, in this (fresh) process. */
function lunrChild(scale: LunrScale) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  // Compile lunr and the indexer first, so that memory is the index's, not the JIT's.
  buildSearchIndex(bundledReport()).startRanker()?.step(Number.POSITIVE_INFINITY);
  const doc = lunrReport(scale);
  const textBytes = doc.blocks.reduce((n, b) => n + utf8Bytes(b.text), 0);
  const index = buildSearchIndex(doc);
  const bm25 = latency(index, 10, 200);
  gc();
  gc();
  const before = heapUsed();
  const build = index.startRanker();
  if (!build) return { textBytes, built: false, reason: 'above the size cap' };
  let peak = before;
  let steps = 0;
  let buildMs = 0;
  let longestStepMs = 0;
  let slices = 1;
  let sliceMs = 0;
  for (let state = 'building'; state === 'building'; steps++) {
    const [next, ms] = time(() => build.step(WORKER_UNITS));
    state = next;
    buildMs += ms;
    longestStepMs = Math.max(longestStepMs, ms);
    // The worker yields once a slice has run WORKER_SLICE_MS.
    sliceMs += ms;
    if (sliceMs >= WORKER_SLICE_MS) {
      slices++;
      sliceMs = 0;
    }
    if (steps % 64 === 0) peak = Math.max(peak, heapUsed());
  }
  gc();
  gc();
  const retained = heapUsed() - before;
  const lunr = latency(index, 10, 200);
  const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;
  return {
    textBytes,
    textChars: doc.blocks.reduce((n, b) => n + b.text.length, 0),
    blocks: doc.blocks.length,
    built: build.state === 'ready',
    state: build.state,
    buildMs: round(buildMs),
    /** Longest single step of WORKER_UNITS items: what a query may wait beyond a slice. */
    longestStepMs: round(longestStepMs),
    slicesOf8ms: slices,
    retainedMB: mb(retained),
    /** Heap growth sampled during the build, garbage included. */
    peakMB: mb(peak - before),
    estimatedMB: mb(build.estimatedBytes),
    ceilingMB: mb(LUNR_LIMITS.maxBytes),
    withinCeiling: retained <= LUNR_LIMITS.maxBytes,
    retainedToText: Math.round((retained / textBytes) * 10) / 10,
    searchBm25Limit200: { p50: bm25.p50, p95: bm25.p95, max: bm25.max },
    searchLunrLimit200: { p50: lunr.p50, p95: lunr.p95, max: lunr.max },
  };
}

/** Runs each lunr scale in its own process. */
function lunrCost() {
  const results: Record<string, unknown> = { limits: { ...LUNR_LIMITS } };
  for (const scale of LUNR_SCALES) results[scale.name] = inChild('--lunr-scale', scale.name);
  return results;
}

const childScale = process.argv.indexOf('--budget-scale');
const lunrScale = process.argv.indexOf('--lunr-scale');
if (childScale !== -1) {
  const scale = BUDGET_SCALES.find((s) => s.name === process.argv[childScale + 1]);
  if (!scale) throw new Error('unknown scale');
  console.log(JSON.stringify(budgetChild(scale)));
} else if (lunrScale !== -1) {
  const scale = LUNR_SCALES.find((s) => s.name === process.argv[lunrScale + 1]);
  if (!scale) throw new Error('unknown scale');
  console.log(JSON.stringify(lunrChild(scale)));
} else {
  main();
}

/**
 * SEARCH_BENCH_SECTIONS=1x,10x,100x,buildBudget,lunr (comma-separated) runs only those sections, to iterate
 * quickly; unset, every section runs.
 */
function section<T>(name: string, run: () => T): T | undefined {
  const only = process.env.SEARCH_BENCH_SECTIONS?.split(',').map((s) => s.trim());
  return only === undefined || only.includes(name) ? run() : undefined;
}

function main() {
  const doc = bundledReport();
  const [, coldBuildMs] = time(() => buildSearchIndex(doc));
  console.log(
    JSON.stringify(
      {
        queries: QUERY_TABLE.map((q) => q.query),
        coldBuildMs1x: round(coldBuildMs),
        '1x': section('1x', () => measure(doc, 50)),
        '10x': section('10x', () => measure(scaledReport(doc, 10), 20)),
        '100x': section('100x', () => measure(scaledReport(doc, 100), 5)),
        buildBudget: section('buildBudget', buildBudget),
        lunr: section('lunr', lunrCost),
      },
      null,
      2,
    ),
  );
}
