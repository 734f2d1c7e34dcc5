/**
 * 10,000 stored notes (issue 15): painted near the view first and the rest when idle, every one of them painted in
 * the end; a new highlight changes its own paragraph only; undo, redo and the 批注 pane stay right.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../core/report/parse';
import type { ReportDocument } from '../../core/report/model';
import { createAnnotationsService } from '../../main/notes/annotations-service';
import { LIST_STEP } from '../../renderer/annotations/GrowingList';
import { bundledReportText } from '../bench/scaled-report-text';
import { highlightNeedles, seedAnnotations } from '../bench/seed-annotations';
import {
  endSuite,
  openApp,
  restartApp,
  selectTextIn,
  startSuite,
  waitForReady,
  type AppPage,
} from './harness';

const COUNT = 10_000;
const APP_FRAME = { senderFrame: { url: 'yandu://app/index.html' } };
let browser: Browser;
let app: AppPage;
let page: Page;
let doc: ReportDocument;
let seededHighlights: Set<string>;
let seededNotes: number;
/** The highlight the tests add. */
let newId = '';

const allPainted = () =>
  page.waitForFunction(() => document.documentElement.dataset.annotationsPainted === 'all', undefined, {
    timeout: 60_000,
  });
const saved = () => page.waitForFunction(() => document.documentElement.dataset.pendingSaves === '0');
const paintedIds = () =>
  page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll<HTMLElement>('.report mark[data-annotation-ids]')].flatMap((mark) =>
        (mark.dataset.annotationIds ?? '').split(' '),
      ),
    ),
  ]);
const storedCount = async () => {
  const result = await app.services.handlers.listAnnotations(APP_FRAME, { reportId: doc.id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.annotations.length;
};

beforeAll(async () => {
  const parsed = parseReport(bundledReportText());
  if (!parsed.ok) throw new Error(parsed.error.message);
  doc = parsed.value;
  const first = await startSuite();
  browser = first.browser;
  const session = await first.app.services.handlers.getSession(APP_FRAME);
  if (!session.ok || !session.value) throw new Error('no session');
  const dataDir = first.app.dataDir;
  await first.app.close();
  // Stored the way an import stores them, with the real service, while the app is closed.
  const service = createAnnotationsService({ dataDir: join(dataDir, 'userData') });
  const seeded = seedAnnotations(doc, session.value.author, COUNT);
  const written = await service.saveMany(doc.id, seeded);
  if (!written.ok) throw new Error(written.error.message);
  await service.closeAll();
  seededHighlights = new Set(seeded.filter((a) => a.kind === 'highlight').map((a) => a.id));
  seededNotes = seeded.filter((a) => a.note.trim() !== '').length;
  app = await openApp(browser, { dataDir });
  page = app.page;
  await waitForReady(page);
}, 120_000);

afterAll(() => endSuite({ browser, app }));

describe('10,000 notes', () => {
  it('paints the highlights near the view first, and every stored one once idle', async () => {
    await page.waitForFunction(() => document.documentElement.dataset.annotations !== undefined, undefined, {
      timeout: 60_000,
    });
    await expect(page.evaluate(() => document.documentElement.dataset.annotations)).resolves.toBe(
      String(COUNT),
    );
    await allPainted();
    const painted = new Set(await paintedIds());
    expect(painted.size).toBe(seededHighlights.size);
    expect([...seededHighlights].every((id) => painted.has(id))).toBe(true);
    await expect(page.locator('[data-margin-note]').count()).resolves.toBe(seededNotes);
  });

  it('changes only the paragraph a new highlight is in', async () => {
    const [needle] = highlightNeedles(doc, 1);
    if (!needle) throw new Error('no needle');
    const before = new Set(await paintedIds());
    await selectTextIn(page, needle.text);
    // Every DOM change in the report from the click on, by the block it is in.
    await page.evaluate(() => {
      const touched = new Set<string>();
      Object.defineProperty(window, '__touchedBlocks', { value: touched, configurable: true });
      new MutationObserver((records) => {
        for (const record of records) {
          const node = record.target instanceof Element ? record.target : record.target.parentElement;
          touched.add(node?.closest<HTMLElement>('[data-block-id]')?.dataset.blockId ?? '(outside blocks)');
        }
      }).observe(document.querySelector('.report')!, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    await page.getByRole('toolbar', { name: '批注' }).locator('button[data-color="blue"]').click();
    await saved();
    await expect.poll(async () => (await paintedIds()).length).toBe(before.size + 1);
    const touched = await page.evaluate(() => [
      ...(window as unknown as { __touchedBlocks: Set<string> }).__touchedBlocks,
    ]);
    expect(touched).toEqual([needle.blockId]);
    const [added] = (await paintedIds()).filter((id) => !before.has(id));
    newId = added ?? '';
    await expect(page.locator(`mark[data-annotation-ids~="${newId}"]`).textContent()).resolves.toBe(
      needle.text,
    );
    expect(await storedCount()).toBe(COUNT + 1);
  });

  it('undoes and redoes among 10,000 notes', async () => {
    const mark = page.locator(`mark[data-annotation-ids~="${newId}"]`);
    await page.locator('#reader-scroll').focus();
    await page.keyboard.press('Control+z');
    await saved();
    await expect.poll(() => mark.count()).toBe(0);
    expect(await storedCount()).toBe(COUNT);
    await page.keyboard.press('Control+Shift+z');
    await saved();
    await expect.poll(() => mark.count()).toBe(1);
    expect(await storedCount()).toBe(COUNT + 1);
  });

  it('lists the new note in the 批注 pane with the count of every note', async () => {
    const [needle] = highlightNeedles(doc, 1);
    const tab = page.getByRole('tab', { name: /批注/ });
    await expect.poll(() => tab.textContent()).toContain(String(COUNT + 1));
    await tab.click();
    // The first cards at once, the rest as the reader scrolls near the end; the list knows every note.
    const list = page.locator('.notes__list').first();
    await expect.poll(() => list.getAttribute('data-total')).toBe(String(COUNT + 1));
    expect(await page.locator('.note-card').count()).toBe(LIST_STEP);
    await page.locator('.note-card').last().scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.note-card').count()).toBeGreaterThan(LIST_STEP);
    // Found by a CSS selector: Playwright's getByLabel walks every element's labels, seconds on 10,000 cards.
    await page.locator('input[aria-label="筛选批注"]').fill(needle?.text ?? '');
    await expect.poll(() => page.locator('.note-card').count(), { timeout: 30_000 }).toBe(1);
    await expect(page.locator('.note-card').textContent()).resolves.toContain(needle?.text);
  });

  it('paints every note again after a restart', async () => {
    app = await restartApp(browser, app);
    page = app.page;
    await allPainted();
    const painted = new Set(await paintedIds());
    expect(painted.size).toBe(seededHighlights.size + 1);
  });
});
