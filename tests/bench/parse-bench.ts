/**
 * Parse benchmark (issue 12): time to parse report texts into the document — the bundled report, 10× and 100× it
 * (every section's paragraphs repeated in place, scaled-report-text.ts), the bundled report with a website's second
 * copy of its body (the copy found and set aside), and each report fixture — median of several runs after a
 * warm-up, with microseconds per thousand characters so linear growth shows as a flat column. Prints JSON.
 * Run: npx tsx tests/bench/parse-bench.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseReport } from '../../core/report/parse';
import { bundledReportText, scaledReportText } from './scaled-report-text';

const FIXTURES = new URL('../fixtures/reports/', import.meta.url);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median parse time of `text` in ms over `runs` runs after one warm-up, and the blocks it gave. */
function measure(text: string, runs: number): { ms: number; blocks: number; setAside: number } {
  let result = parseReport(text);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = parseReport(text);
    samples.push(performance.now() - start);
  }
  if (!result.ok) throw new Error(result.error.message);
  return {
    ms: median(samples),
    blocks: result.value.blocks.length,
    setAside: result.value.setAside?.length ?? 0,
  };
}

function row(name: string, text: string, runs: number) {
  const { ms, blocks, setAside } = measure(text, runs);
  return {
    name,
    chars: text.length,
    blocks,
    setAside,
    ms: Math.round(ms * 100) / 100,
    usPerKChar: Math.round(((ms * 1000) / (text.length / 1000)) * 10) / 10,
  };
}

const bundled = bundledReportText();
const lines = bundled.split('\n');
const bodyStart = lines.indexOf('各位代表：');
const appendix = lines.indexOf('附件');
const doubled = [
  ...lines.slice(0, appendix),
  ...lines.slice(bodyStart, appendix),
  ...lines.slice(appendix),
].join('\n');

const rows = [
  row('bundled 1×', bundled, 30),
  row('bundled 10×', scaledReportText(bundled, 10), 10),
  row('bundled 100×', scaledReportText(bundled, 100), 5),
  row('bundled + second copy of its body', doubled, 20),
  ...readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => row(`fixture ${file}`, readFileSync(new URL(file, FIXTURES), 'utf8'), 30)),
];
const one = rows[0]?.usPerKChar ?? 1;
const hundred = rows[2]?.usPerKChar ?? 0;
console.log(
  JSON.stringify(
    { parse: rows, linearity: { usPerKChar100xOver1x: Math.round((hundred / one) * 100) / 100 } },
    null,
    2,
  ),
);
