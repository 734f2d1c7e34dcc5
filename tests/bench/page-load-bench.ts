/**
 * Page-load benchmark (DESIGN §9), in Debian's Chromium on the built renderer with the real main handlers
 * (tests/e2e/harness.ts). Prints one JSON object:
 *  1. textVisible: navigation start → the frame after data-ready="report" is set, against the floor — a static page
 *     of the same text as <p>s, served from the same routed origin in the same Chromium, timed to the frame after
 *     DOMContentLoaded (all of the text is in the DOM) — at 1×, 10× and 100× the bundled report.
 *  2. startupWithAnnotations: navigation start → the frame after data-annotations=<n> (the notes loaded and the
 *     highlights near the view painted; from 500 notes the rest are painted in the next idle commit, see
 *     docs/decisions.md 45), and → the frame after data-annotations-painted="all" (every highlight painted:
 *     toAllAnnotationsPaintedMs), with 0 / 1,000 / 10,000 annotations stored through the real annotations
 *     service, and the JS heap after load (CDP, after a forced GC).
 *  3. highlight: the trusted click on a colour → the new mark in the DOM → the frame after it (painted), and
 *     → data-pending-saves back to 0 (acknowledged on disk), at 0 / 1,000 / 10,000 stored annotations.
 * Ratios are against baselines measured in the same run (floor, 0 annotations); nothing is asserted.
 *
 * Bigger reports: the app opens the last report read at start-up, from its private copy in the data folder. So a
 * scaled text (scaled-report-text.ts) is imported once through the real importReportText handler on a data
 * folder, and every timed run opens the app on that folder: the same path as relaunching after opening the file
 * (the copy is read and parsed in main, the session crosses the bridge, the renderer paints).
 *
 * Run after `npx vite build`: npx tsx tests/bench/page-load-bench.ts
 * To iterate on one measure: PAGE_BENCH_ONLY=textVisible (skips the annotation sections) and PAGE_BENCH_RUNS=<n>
 * (timed runs per scale, instead of the defaults below); PAGE_BENCH_ONLY=annotations (skips textVisible) and
 * PAGE_BENCH_ANNOTATION_RUNS=<n> (start-ups and highlights per count). The default is the full bench.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { Author } from '../../core/annotations/model';
import type { ReportDocument } from '../../core/report/model';
import { parseReport } from '../../core/report/parse';
import { createAnnotationsService } from '../../main/notes/annotations-service';
import { buildContentSecurityPolicy } from '../../main/security/policies';
import { launchBrowser, openApp, removeDir, selectTextIn, TEST_ORIGIN, type AppPage } from '../e2e/harness';
import { createMainServices } from '../e2e/main-services';
import {
  ARM_HIGHLIGHT_PROBE,
  READ_HIGHLIGHT_PROBE,
  READ_MARKS,
  TIMING_INIT_SCRIPT,
  type HighlightProbe,
  type PageMarks,
} from './page-probes';
import { bundledReportText, parseScaled, scaledReportText } from './scaled-report-text';
import { highlightNeedles, seedAnnotations, seededParagraphs } from './seed-annotations';

const VIEWPORT = { width: 1440, height: 900 };
/** Console errors, blocked requests and stalls seen along the way (printed; the bench asserts nothing). */
const errors: string[] = [];
const APP_FRAME = { senderFrame: { url: 'yandu://app/index.html' } };
/** Timed runs after one warm-up; fewer at 100×, where one app load takes seconds. */
const RUNS_OVERRIDE = Number(process.env.PAGE_BENCH_RUNS) || undefined;
const ONLY_TEXT_VISIBLE = process.env.PAGE_BENCH_ONLY === 'textVisible';
const ONLY_ANNOTATIONS = process.env.PAGE_BENCH_ONLY === 'annotations';
const ANNOTATION_RUNS = Number(process.env.PAGE_BENCH_ANNOTATION_RUNS) || undefined;
const SIZES = [
  { times: 1, runs: RUNS_OVERRIDE ?? 7 },
  { times: 10, runs: RUNS_OVERRIDE ?? 7 },
  { times: 100, runs: RUNS_OVERRIDE ?? 3 },
];
const ANNOTATION_COUNTS = [0, 1_000, 10_000];
const STARTUP_RUNS = ANNOTATION_RUNS ?? 5;
const HIGHLIGHT_RUNS = ANNOTATION_RUNS ?? 6;

const round = (ms: number) => Math.round(ms * 10) / 10;
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1) ?? NaN), n: sorted.length };
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** The browser, with the timing script added to every context openApp creates (before its page.goto). */
function timedBrowser(browser: Browser): Browser {
  return new Proxy(browser, {
    get(target, prop) {
      if (prop === 'newContext')
        return async (options?: BrowserContextOptions): Promise<BrowserContext> => {
          const context = await target.newContext(options);
          await context.addInitScript({ content: TIMING_INIT_SCRIPT });
          return context;
        };
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function waitForMark(page: Page, key: keyof PageMarks, timeout = 120_000): Promise<PageMarks> {
  // A function, not a string: the app's CSP forbids the eval a string predicate needs.
  await page.waitForFunction(
    (k) => (window as unknown as { __benchMarks?: PageMarks }).__benchMarks?.[k] !== undefined,
    key,
    { timeout },
  );
  return (await page.evaluate(READ_MARKS)) as PageMarks;
}

/** The marks once the first contentful paint is known too (headless Chromium reports it late, or not at all). */
async function withFirstPaint(page: Page): Promise<PageMarks> {
  try {
    return await waitForMark(page, 'fcp', 2_000);
  } catch {
    return (await page.evaluate(READ_MARKS)) as PageMarks;
  }
}

async function heapUsed(app: AppPage): Promise<number> {
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** A data folder whose last report read is `text` (imported through the real handler), and the session's author. */
async function seedDataFolder(text: string | undefined): Promise<{ dataDir: string; author: Author }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yandu-bench-'));
  const services = await createMainServices({
    dataDir,
    emit: () => undefined,
    authorName: '测试代表',
    printer: { print: async () => false, toPdf: async () => new Uint8Array() },
  });
  try {
    const session =
      text === undefined
        ? await services.handlers.getSession(APP_FRAME)
        : await services.handlers.importReportText(APP_FRAME, { fileName: 'bench.txt', text });
    if (!session.ok) throw new Error(session.error.message);
    return { dataDir, author: session.value.author };
  } finally {
    await services.close();
  }
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The floor: the report's front matter and blocks as <p>s, nothing else. */
function floorHtml(doc: ReportDocument): string {
  const paragraphs = [
    ...(doc.frontMatter ?? []),
    ...doc.blocks.map((b) => b.text),
    ...(doc.backMatter ?? []),
  ];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>floor</title></head><body>${paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n')}</body></html>`;
}

/** One floor load in a fresh context (like each app run): navigation start → frame after DOMContentLoaded. */
async function loadFloor(browser: Browser, html: string): Promise<PageMarks> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    await context.addInitScript({ content: TIMING_INIT_SCRIPT });
    await context.route('**/*', (route) =>
      new URL(route.request().url()).origin === TEST_ORIGIN
        ? route.fulfill({
            body: html,
            contentType: 'text/html; charset=utf-8',
            headers: { 'Content-Security-Policy': buildContentSecurityPolicy() },
          })
        : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(`${TEST_ORIGIN}/floor.html`);
    await waitForMark(page, 'dclPainted');
    return await withFirstPaint(page);
  } finally {
    await context.close();
  }
}

/**
 * One app start-up on `dataDir`, open until the caller closes it, once the mark asked for is recorded. A start-up
 * that never gets there (seen once while writing this bench, not reproduced in later runs) is listed under errors
 * and retried once, so one stall does not cost the whole run.
 */
async function loadApp(browser: Browser, dataDir: string, until: keyof PageMarks, retry = true) {
  try {
    return await loadAppOnce(browser, dataDir, until);
  } catch (error) {
    if (!retry) throw error;
    errors.push(String(error).split('\n')[0] ?? '');
    return loadApp(browser, dataDir, until, false);
  }
}

async function loadAppOnce(browser: Browser, dataDir: string, until: keyof PageMarks) {
  const app = await openApp(browser, { dataDir, viewport: VIEWPORT });
  try {
    return { app, marks: await waitForMark(app.page, until, 60_000) };
  } catch (error) {
    const state = await app.page
      .evaluate(
        `JSON.stringify({ marks: window.__benchMarks, html: { ...document.documentElement.dataset } })`,
      )
      .catch(() => 'page gone');
    await app.close();
    throw new Error(`no ${until}: ${String(state)}; console: ${app.consoleErrors.join(' | ')}`, {
      cause: error,
    });
  }
}

const noteErrors = (app: AppPage) => {
  errors.push(...app.consoleErrors, ...app.blockedRequests.map((url) => `blocked ${url}`));
};

async function textVisible(browser: Browser, base: ReportDocument, text: string) {
  const results: Record<string, unknown> = {};
  let appAt1x = NaN;
  for (const { times, runs } of SIZES) {
    const scaledText = scaledReportText(text, times);
    const doc = times === 1 ? base : parseScaled(scaledText, times, base);
    const html = floorHtml(doc);
    const { dataDir } = await seedDataFolder(times === 1 ? undefined : scaledText);
    try {
      const app: number[] = [];
      const ready: number[] = [];
      const dcl: number[] = [];
      const floor: number[] = [];
      const floorFcp: number[] = [];
      const fcp: number[] = [];
      let heap = NaN;
      for (let run = 0; run <= runs; run++) {
        // Alternate app and floor so drift (thermal, other load) hits both alike.
        const opened = await loadApp(browser, dataDir, 'readyPainted');
        const appFcp = (await withFirstPaint(opened.app.page)).fcp;
        if (run === runs) heap = await heapUsed(opened.app);
        noteErrors(opened.app);
        await opened.app.close();
        const f = await loadFloor(browser, html);
        if (run === 0) continue; // warm-up
        app.push(opened.marks.readyPainted!);
        ready.push(opened.marks.ready!);
        dcl.push(opened.marks.dcl!);
        floor.push(f.dclPainted!);
        if (f.fcp !== undefined) floorFcp.push(f.fcp);
        if (appFcp !== undefined) fcp.push(appFcp);
      }
      const appStats = stats(app);
      const floorStats = stats(floor);
      if (times === 1) appAt1x = appStats.median;
      results[`${times}x`] = {
        blocks: doc.blocks.length,
        textChars: doc.blocks.reduce((n, b) => n + b.text.length, 0),
        runs: `${runs} after 1 warm-up${runs < SIZES[0]!.runs ? ' (fewer: keeps the whole bench near 2 minutes)' : ''}`,
        appTextPaintedMs: appStats,
        appDomContentLoadedMs: stats(dcl),
        appReadySignalMs: stats(ready),
        appFirstContentfulPaintMs: stats(fcp),
        floorTextPaintedMs: floorStats,
        floorFirstContentfulPaintMs: stats(floorFcp),
        ratioAppToFloor: {
          median: ratio(appStats.median, floorStats.median),
          p95: ratio(appStats.p95, floorStats.p95),
        },
        appMedianVs1x: ratio(appStats.median, appAt1x),
        appHeapUsedMB: mb(heap),
      };
    } finally {
      removeDir(dataDir);
    }
  }
  return results;
}

async function highlightOnce(page: Page, needle: string): Promise<HighlightProbe> {
  await selectTextIn(page, needle);
  const toolbar = page.getByRole('toolbar', { name: '批注' });
  await page.evaluate(ARM_HIGHLIGHT_PROBE);
  await toolbar.locator('button[data-color="blue"]').click();
  await page.waitForFunction(
    () => {
      const probe = (window as unknown as { __benchHighlight?: HighlightProbe }).__benchHighlight;
      return probe?.painted !== undefined && probe.ack !== undefined;
    },
    undefined,
    { timeout: 60_000 },
  );
  const probe = (await page.evaluate(READ_HIGHLIGHT_PROBE)) as HighlightProbe;
  await page.evaluate('window.getSelection()?.removeAllRanges()');
  return probe;
}

async function withAnnotations(browser: Browser, base: ReportDocument) {
  const needles = highlightNeedles(base, HIGHLIGHT_RUNS + 4);
  const startup: Record<string, unknown>[] = [];
  const highlight: Record<string, unknown>[] = [];
  for (const count of ANNOTATION_COUNTS) {
    const { dataDir, author } = await seedDataFolder(undefined);
    try {
      // Stored the way an import stores them (one journal line through the real service), then compacted on close.
      const service = createAnnotationsService({ dataDir: join(dataDir, 'userData') });
      const saved = await service.saveMany(base.id, seedAnnotations(base, author, count));
      if (!saved.ok) throw new Error(saved.error.message);
      await service.closeAll();

      const toAnnotations: number[] = [];
      const toAll: number[] = [];
      const toReport: number[] = [];
      let app: AppPage | undefined;
      let painted = NaN;
      for (let run = 0; run <= STARTUP_RUNS; run++) {
        await app?.close();
        const opened = await loadApp(browser, dataDir, 'annotationsPainted');
        app = opened.app;
        noteErrors(app);
        painted = opened.marks.annotationCount ?? NaN;
        // A build from before decision 45 paints every highlight at data-annotations and never sets the second signal.
        const all = await waitForMark(app.page, 'allAnnotationsPainted', 5_000).catch(() => ({
          allAnnotationsPainted: opened.marks.annotationsPainted,
        }));
        if (run === 0) continue;
        toAnnotations.push(opened.marks.annotationsPainted!);
        toAll.push(all.allAnnotationsPainted!);
        toReport.push(opened.marks.readyPainted ?? NaN);
      }
      if (!app) throw new Error('app did not open');
      const heap = await heapUsed(app);
      startup.push({
        annotations: count,
        painted,
        runs: `${STARTUP_RUNS} after 1 warm-up`,
        toAnnotationsPaintedMs: stats(toAnnotations),
        toAllAnnotationsPaintedMs: stats(toAll),
        toReportPaintedMs: stats(toReport),
        heapUsedMB: mb(heap),
      });

      const dom: number[] = [];
      const frame: number[] = [];
      const ack: number[] = [];
      let done = -1; // the first highlight is a warm-up
      for (const { text } of needles) {
        if (done === HIGHLIGHT_RUNS) break;
        let probe: HighlightProbe;
        try {
          probe = await highlightOnce(app.page, text);
        } catch (error) {
          errors.push(`highlight on ${text}: ${String(error).split('\n')[0]}`);
          continue;
        }
        if (done++ < 0) continue;
        dom.push(probe.dom! - probe.click!);
        frame.push(probe.painted! - probe.click!);
        ack.push(probe.ack! - probe.click!);
      }
      noteErrors(app);
      await app.close();
      highlight.push({
        annotations: count,
        clickToMarkInDomMs: stats(dom),
        clickToPaintedMs: stats(frame),
        clickToAcknowledgedMs: stats(ack),
      });
    } finally {
      removeDir(dataDir);
    }
  }
  return { startup, highlight };
}

/** (value at 10k − value at 0) / (value at 1k − value at 0): about 10 when growth is linear. */
function growth(rows: Record<string, unknown>[], read: (row: Record<string, unknown>) => number) {
  const [zero, thousand, tenThousand] = rows.map(read) as [number, number, number];
  return Math.round(((tenThousand - zero) / (thousand - zero)) * 10) / 10;
}

const started = performance.now();
if (!existsSync(resolve('dist/renderer/index.html'))) {
  console.log(
    JSON.stringify({ bench: 'page-load', error: 'dist/renderer is missing: run `npx vite build` first' }),
  );
  process.exit(1);
}
const text = bundledReportText();
const parsed = parseReport(text);
if (!parsed.ok) throw new Error(parsed.error.message);
const browser = timedBrowser(await launchBrowser());
try {
  const visible = ONLY_ANNOTATIONS ? {} : await textVisible(browser, parsed.value, text);
  const { startup, highlight } = ONLY_TEXT_VISIBLE
    ? { startup: [], highlight: [] }
    : await withAnnotations(browser, parsed.value);
  const median = (row: Record<string, unknown>, key: string) => (row[key] as { median: number }).median;
  const base = (rows: Record<string, unknown>[], key: string) => median(rows[0]!, key);
  console.log(
    JSON.stringify(
      {
        bench: 'page-load',
        chromium: browser.version(),
        node: process.version,
        cpus: cpus().length,
        clock:
          'in-page performance.now(): 0 = navigation start; "painted" = the frame after the DOM change (rAF, then a task)',
        textVisible: { target: 'appTextPaintedMs ≤ 1.5 × floorTextPaintedMs', ...visible },
        startupWithAnnotations: {
          report: `1x (bundled); stored annotations spread over its ${seededParagraphs(parsed.value)} paragraphs`,
          results: startup.map((row) => ({
            ...row,
            vs0: ratio(median(row, 'toAnnotationsPaintedMs'), base(startup, 'toAnnotationsPaintedMs')),
            allVs0: ratio(
              median(row, 'toAllAnnotationsPaintedMs'),
              base(startup, 'toAllAnnotationsPaintedMs'),
            ),
          })),
          linearity: {
            note: '(x@10k − x@0) / (x@1k − x@0); about 10 = linear, much more = worse than linear',
            startupMs: growth(startup, (row) => median(row, 'toAnnotationsPaintedMs')),
            heap: growth(startup, (row) => row.heapUsedMB as number),
          },
        },
        highlight: {
          target: 'painted within one frame (16 ms), acknowledged within 30 ms at 10,000',
          runs: `${HIGHLIGHT_RUNS} after 1 warm-up, blue, 6 characters in an unseeded stretch of a seeded paragraph`,
          results: highlight.map((row) => ({
            ...row,
            paintedVs0: ratio(median(row, 'clickToPaintedMs'), base(highlight, 'clickToPaintedMs')),
            acknowledgedVs0: ratio(
              median(row, 'clickToAcknowledgedMs'),
              base(highlight, 'clickToAcknowledgedMs'),
            ),
          })),
        },
        transport:
          'main runs in this Node process behind page.exposeBinding (~1.5 ms a call; DESIGN §7), not Electron IPC',
        errors,
        totalSeconds: Math.round((performance.now() - started) / 1000),
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
}
