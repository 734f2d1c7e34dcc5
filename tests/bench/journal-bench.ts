/**
 * Annotation store budget (DESIGN §9: acknowledged on disk within 30 ms at 10,000 annotations): time
 * from put() to acknowledged (journal line fsynced) with 0, 1,000 and 10,000 annotations in the store,
 * plus open and compaction times. Prints JSON. Run: npx tsx tests/bench/journal-bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAnnotationStore } from '../../main/notes/journal/annotation-store';
import { note, REPORT } from '../main/notes/journal/sample';

const PUTS = 600; // more than one compaction interval (500), so its cost shows in the tail

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** A realistic note: a couple of sentences, a tag or two. */
const realistic = (i: number) =>
  note(`seed-${i}`, { note: `关于第${i}段的意见：建议补充数据来源，并说明增长目标的测算依据。`.repeat(2) });

async function measure(size: number) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yandu-bench-'));
  try {
    const seed = await openAnnotationStore({ dataDir, reportId: REPORT, log: () => undefined });
    if (size > 0) await seed.putMany(Array.from({ length: size }, (_, i) => realistic(i)));
    await seed.close();

    let start = performance.now();
    const store = await openAnnotationStore({ dataDir, reportId: REPORT, log: () => undefined });
    const openMs = performance.now() - start;
    const times: number[] = [];
    for (let i = 0; i < PUTS; i++) {
      const a = note(`bench-${i}`, { note: `第${i}条新批注` });
      start = performance.now();
      const result = await store.put(a);
      times.push(performance.now() - start);
      if (!result.ok) throw new Error(result.error.message);
    }
    start = performance.now();
    await store.compact();
    const compactMs = performance.now() - start;
    await store.close();
    times.sort((x, y) => x - y);
    return {
      annotations: size,
      puts: PUTS,
      putToAckMs: {
        p50: round(percentile(times, 50)),
        p95: round(percentile(times, 95)),
        p99: round(percentile(times, 99)),
        max: round(times.at(-1) ?? NaN),
      },
      // Budget (issue 15): ≤ 40×, i.e. no save waits for a compaction.
      worstPutToTypical: round((times.at(-1) ?? NaN) / percentile(times, 50)),
      openMs: round(openMs),
      compactMs: round(compactMs),
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const results = [];
for (const size of [0, 1_000, 10_000]) results.push(await measure(size));
console.log(JSON.stringify({ bench: 'journal', tmpdir: tmpdir(), node: process.version, results }, null, 2));
