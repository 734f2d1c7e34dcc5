/**
 * Runs the built renderer in Debian's Chromium against the REAL main-side handlers (DESIGN §7).
 * Only the transport differs from the app: `window.yandu` is installed by an init script and forwards
 * each call through `page.exposeBinding` to `createHandlers(...)` running in this Node process.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type * as AxeCore from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CALL_NAMES, EVENT_NAMES, type EventName, type Events } from '../../core/contract';
import { buildContentSecurityPolicy } from '../../main/security/policies';
import { PDF_MARGINS_INCHES, pdfFooterTemplate } from '../../main/export/print-templates';
import { createMainServices, type MainServices } from './main-services';

export const TEST_ORIGIN = 'https://yandu.test';
/** The app's own origin: the bridge reports the caller's frame as if it were loaded from it. */
const APP_ORIGIN = 'yandu://app';
const RENDERER_DIR = resolve('dist/renderer');
export const ARTIFACTS = resolve('tests/.artifacts');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error('dist/renderer is missing: run `vite build` first.');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  services: MainServices;
  /** The data folder (settings, imported reports); survives `restart()`. */
  dataDir: string;
  /** Blocked requests to anything but the app's files: must stay empty. */
  blockedRequests: string[];
  consoleErrors: string[];
  /** Titles of pages sent to the (fake) system print dialog. */
  printed: string[];
  close(): Promise<void>;
}

/** Opens the app in a fresh context; pass `dataDir` to reopen on an existing data folder ("restart"). */
export async function openApp(
  browser: Browser,
  options: {
    dataDir?: string;
    viewport?: { width: number; height: number };
    /** Author name seeded on a fresh data folder ('' shows the first-run welcome). */
    authorName?: string;
  } = {},
): Promise<AppPage> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'yandu-e2e-'));
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const blockedRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== TEST_ORIGIN) {
      blockedRequests.push(url.href);
      return route.abort();
    }
    const path = join(RENDERER_DIR, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    if (!path.startsWith(RENDERER_DIR) || !existsSync(path))
      return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      body: readFileSync(path),
      contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      headers: { 'Content-Security-Policy': buildContentSecurityPolicy() },
    });
  });

  const emit = <E extends EventName>(event: E, payload: Events[E]) => {
    void page
      .evaluate(([name, data]) => window.__yanduEmit?.(name, data), [event, payload] as const)
      .catch(() => undefined);
  };
  const printed: string[] = [];
  const services = await createMainServices({
    dataDir,
    emit,
    authorName: options.authorName ?? '测试代表',
    printer: {
      // Headless Chromium has no print dialog: record the request instead.
      print: async () => {
        printed.push(await page.title());
        return true;
      },
      toPdf: async ({ footerLabel }) =>
        page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: pdfFooterTemplate(footerLabel),
          margin: Object.fromEntries(
            Object.entries(PDF_MARGINS_INCHES).map(([side, inches]) => [side, `${inches}in`]),
          ),
        }),
    },
  });

  await page.exposeBinding('__yanduInvoke', async (source, name: string, arg: unknown) => {
    const handler = (
      services.handlers as unknown as Record<string, (event: unknown, arg?: unknown) => Promise<unknown>>
    )[name];
    if (!handler) throw new Error(`no handler for ${name}`);
    const frameUrl = source.frame.url().replace(TEST_ORIGIN, APP_ORIGIN);
    const result =
      arg === undefined
        ? await handler({ senderFrame: { url: frameUrl } })
        : await handler({ senderFrame: { url: frameUrl } }, arg);
    // Same as Electron's structured clone over IPC: plain data only (results carry no bytes, dates or maps). Sent
    // as one JSON string: Playwright's own serialiser walks every value and cost ~450 ms per MB (10,000 notes are
    // 4 MB), where Electron's IPC clones that in tens of ms, so the bridge, not the app, dominated the start-up.
    return result === undefined ? '' : JSON.stringify(structuredClone(result));
  });

  // The bridge below is a function, so its source is what the test's compiler made of it: under tsx (the
  // benchmarks) esbuild's keepNames wraps it in a `__name(…)` helper the page does not have. A no-op stands in.
  await context.addInitScript({
    content:
      "if (!('__name' in window)) Object.defineProperty(window, '__name', { value: (target) => target });",
  });
  await page.addInitScript(
    ([callNames, eventNames]) => {
      const binding = (
        window as unknown as { __yanduInvoke: (name: string, arg?: unknown) => Promise<string> }
      ).__yanduInvoke;
      const invoke = async (name: string, arg?: unknown): Promise<unknown> => {
        const text = await binding(name, arg);
        return text === '' ? undefined : (JSON.parse(text) as unknown);
      };
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const api: Record<string, unknown> = {};
      for (const name of callNames) api[name] = (arg?: unknown) => invoke(name, arg);
      api.on = (event: string, listener: (payload: unknown) => void) => {
        if (!eventNames.includes(event)) throw new Error(`unknown event ${event}`);
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      };
      Object.defineProperty(window, 'yandu', { value: Object.freeze(api) });
      Object.defineProperty(window, '__yanduEmit', {
        value: (event: string, payload: unknown) =>
          listeners.get(event)?.forEach((listener) => listener(payload)),
      });
    },
    [CALL_NAMES as readonly string[], EVENT_NAMES as readonly string[]] as const,
  );

  await page.goto(`${TEST_ORIGIN}/index.html`);
  return {
    page,
    context,
    services,
    dataDir,
    blockedRequests,
    consoleErrors,
    printed,
    close: async () => {
      await context.close();
      await services.close();
    },
  };
}

/** Waits for the app's readiness signal (DESIGN §7): never a sleep. */
export async function waitForReady(page: Page, state = 'report'): Promise<void> {
  await page.waitForFunction((s) => document.documentElement.dataset.ready === s, state);
}

/** Selects `text` inside the first block containing it, as a mouse drag would, and releases the mouse. */
export async function selectTextIn(page: Page, text: string): Promise<void> {
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('.report')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      // A person selects what is on screen: bring it there first.
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      node.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`text not found: ${needle}`);
  }, text);
}

/** Resolves once every edit the renderer sent has been acknowledged by main (on disk). */
export const allSaved = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.pendingSaves === '0');

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** One axe rule that failed, with how many nodes and a few of them (selector and markup) to read. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  count: number;
  nodes: { target: string; html: string; summary: string }[];
}

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices, plus the rule that a button's name contains its visible text)
 * on the page as it is now. The script goes in through the debugger, not a <script> tag, so the app's CSP stays.
 */
export async function runAxe(page: Page, include?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const results = await axe.run(context ? { include: [context] } : document, {
      resultTypes: ['violations'],
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      count: v.nodes.length,
      nodes: v.nodes.slice(0, 6).map((n) => ({
        target: n.target.join(' '),
        html: n.html.slice(0, 160),
        summary: (n.failureSummary ?? '').slice(0, 240),
      })),
    }));
  }, include);
}

/**
 * Scrolling boxes that the keyboard cannot reach: they scroll (overflow auto or scroll, content taller or wider
 * than the box) but neither they nor anything inside them takes focus, so arrow keys and Page Down never move
 * them. axe's scrollable-region-focusable misses some of these (a box inside a modal dialog).
 */
export async function unreachableScrollers(page: Page): Promise<AxeViolation[]> {
  const found = await page.evaluate(() => {
    const FOCUSABLE =
      'a[href], button:not([disabled]), input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const out: { target: string; html: string }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      const scrolls =
        (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
        (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1);
      if (!scrolls || el.closest('[inert]') || style.visibility === 'hidden') continue;
      if (el.tabIndex >= 0 || el.querySelector(FOCUSABLE)) continue;
      const name = el.id ? `#${el.id}` : `.${[...el.classList].join('.')}`;
      out.push({ target: `${el.tagName.toLowerCase()}${name}`, html: el.outerHTML.slice(0, 160) });
    }
    return out;
  });
  if (found.length === 0) return [];
  return [
    {
      id: 'scroll-unreachable',
      impact: 'serious',
      help: 'A scrolling region must be reachable by keyboard',
      count: found.length,
      nodes: found.map((f) => ({ ...f, summary: 'scrolls, but neither it nor its content takes focus' })),
    },
  ];
}

/** The violations a user would be blocked or badly hindered by (axe's serious and critical). */
export const blocking = (violations: readonly AxeViolation[]): AxeViolation[] =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

declare global {
  interface Window {
    __yanduEmit?: (event: string, payload: unknown) => void;
  }
}

/** A suite's browser and app, started once per test file. */
export interface Suite {
  browser: Browser;
  app: AppPage;
  page: Page;
}

/** Launches Chromium, opens the app on a fresh data folder and waits until the report is painted. */
export async function startSuite(): Promise<Suite> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await launchBrowser();
  const app = await openApp(browser);
  await waitForReady(app.page);
  return { browser, app, page: app.page };
}

/** Closes the app and the browser and removes the data folder. */
export async function endSuite(suite: Partial<Suite>): Promise<void> {
  await suite.app?.close();
  await suite.browser?.close();
  if (suite.app) removeDir(suite.app.dataDir);
}

/** Restarts the main side (new handlers, stores reopened) on the same data folder, as a relaunch would. */
export async function restartApp(browser: Browser, app: AppPage): Promise<AppPage> {
  await app.close();
  const restarted = await openApp(browser, { dataDir: app.dataDir });
  await waitForReady(restarted.page);
  return restarted;
}
