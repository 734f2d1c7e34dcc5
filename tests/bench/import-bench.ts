/**
 * Import budgets (issue 13), as ratios measured in one run on the real samples (tests/fixtures/samples, copied from ../shared/samples):
 * - PDF: importing guangdong-2025.pdf (56 pages: read, lines and paragraphs rebuilt, chrome set aside, parsed) within
 *   1.5× the time pdf.js itself needs to extract the text content of every page, with the same options;
 * - Word: importing guangdong-2025.docx (unzip, read, parse) within 2× parsing the same text as a text report;
 * - reopening an imported report (its kept extraction) no dearer than opening a text report of the same length;
 * - memory: the heap kept by an imported PDF against its text's size, and the peak while importing.
 * Also the longest the event loop went without a turn while a PDF was read (main answers the window between pages).
 * Prints JSON. Run: npx tsx --expose-gc tests/bench/import-bench.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseReport } from '../../core/report/parse';
import { getDocument, VerbosityLevel } from '../../main/reports/sources/pdf-engine';
import { createReportLibrary, documentOf } from '../../main/reports/report-library';
import { extractReport } from '../../main/reports/sources/read-source';

const SAMPLES = path.resolve(import.meta.dirname, '../fixtures/samples');
const ROUNDS = 7;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** pdf.js on its own: open the document, take every page's text content. */
async function pdfjsText(bytes: Uint8Array): Promise<void> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  const doc = await task.promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getTextContent();
    page.cleanup();
  }
  await doc.destroy();
}

async function importOnce(name: string, bytes: Uint8Array) {
  const extracted = await extractReport(name, bytes);
  if (!extracted.ok) throw new Error(extracted.error.message);
  const doc = documentOf(extracted.value);
  if (!doc.ok) throw new Error(doc.error.message);
  return { extracted: extracted.value, doc: doc.value };
}

/** Alternates the two runs so drift on a shared machine hits both alike; medians of ROUNDS each. */
async function ratio(ours: () => Promise<unknown>, floor: () => Promise<unknown>, rounds = ROUNDS) {
  // Warm both up until the JIT has settled: millisecond-scale runs are otherwise measured half-compiled.
  for (let i = 0; i < Math.max(1, Math.floor(rounds / 3)); i++) {
    await ours();
    await floor();
  }
  const a: number[] = [];
  const b: number[] = [];
  // No forced collection between runs: a major GC just before a 10 ms run slows the allocation-heavy side most.
  for (let i = 0; i < rounds; i++) {
    a.push(await time(ours));
    b.push(await time(floor));
  }
  return { oursMs: round(median(a)), floorMs: round(median(b)), ratio: round(median(a) / median(b)) };
}

/** The longest gap between event-loop turns while `run` goes on. */
async function longestStall(run: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await run();
  clearInterval(timer);
  return round(longest);
}

async function main() {
  const pdf = new Uint8Array(fs.readFileSync(path.join(SAMPLES, 'guangdong-2025.pdf')));
  const docx = new Uint8Array(fs.readFileSync(path.join(SAMPLES, 'guangdong-2025.docx')));

  const pdfImport = await ratio(
    () => importOnce('guangdong-2025.pdf', pdf),
    () => pdfjsText(pdf),
  );

  const word = await importOnce('guangdong-2025.docx', docx);
  const wordText =
    word.extracted.format === 'txt' ? '' : word.extracted.source.paragraphs.map((p) => p.text).join('\n\n');
  // Runs of ~10 ms: many rounds for a stable median on a shared machine.
  const wordImport = await ratio(
    () => importOnce('guangdong-2025.docx', docx),
    async () => parseReport(wordText),
    61,
  );

  // Reopen from the kept extraction against opening a text report of the same text.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yandu-import-bench-'));
  const reportsDir = path.join(dir, 'reports');
  const bundledReportPath = path.resolve(import.meta.dirname, '../../assets/reports/zezhou-2022.txt');
  const pdfDoc = await importOnce('guangdong-2025.pdf', pdf);
  const pdfText =
    pdfDoc.extracted.format === 'txt'
      ? ''
      : pdfDoc.extracted.source.paragraphs.map((p) => p.text).join('\n\n');
  const imported = await createReportLibrary({ reportsDir, bundledReportPath }).importBytes('g.pdf', pdf);
  const textFile = path.join(dir, 'g.txt');
  fs.writeFileSync(textFile, pdfText);
  const textImported = await createReportLibrary({ reportsDir, bundledReportPath }).importFile(textFile);
  if (!imported.ok || !textImported.ok) throw new Error('import failed');
  const pdfId = imported.value.report.id;
  const textId = textImported.value.report.id;
  const reopen = await ratio(
    () => createReportLibrary({ reportsDir, bundledReportPath }).openRecent(pdfId),
    () => createReportLibrary({ reportsDir, bundledReportPath }).openRecent(textId),
  );

  // Memory: what an imported PDF keeps, and the peak while importing, against the extracted text's size.
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 2);
  const kept = await importOnce('guangdong-2025.pdf', pdf);
  clearInterval(sampler);
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  const textBytes = pdfText.length * 2;
  void kept;

  const stallMs = await longestStall(() => importOnce('guangdong-2025.pdf', pdf));
  fs.rmSync(dir, { recursive: true, force: true });

  console.log(
    JSON.stringify(
      {
        machine: { cpus: os.cpus().length, node: process.version },
        pdf: {
          pages: pdfDoc.extracted.format === 'pdf' ? pdfDoc.extracted.pageCount : 0,
          ...pdfImport,
          budget: 1.5,
        },
        word: { ...wordImport, budget: 2 },
        reopenVsText: { ...reopen, budget: 1 },
        memory: {
          pdfBytes: pdf.length,
          textChars: pdfText.length,
          retainedMb: round(retained / 1048576),
          retainedPerTextByte: round(retained / textBytes),
          peakGrowthMb: round((peak - before) / 1048576),
          peakPerPdfByte: round((peak - before) / pdf.length),
        },
        longestEventLoopStallMs: stallMs,
      },
      null,
      2,
    ),
  );
}

await main();
