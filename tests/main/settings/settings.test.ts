import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FONT_SIZE, PANE_WIDTH } from '../../../core/settings';
import type { RecentReport } from '../../../core/settings';
import { createSettingsService } from '../../../main/settings/settings';
import type { KeyValueStore } from '../../../main/settings/settings';
import { MAX_READING_POSITIONS, MAX_RECENT_REPORTS } from '../../../main/settings/settings-sanitize';
import { createMemoryStore } from '../../../main/settings/store-quarantine';
import { openConf, tempDir } from '../temp-dir';

const recent = (id: string, minute = 0): RecentReport => ({
  id,
  title: `报告 ${id}`,
  fileName: `${id}.txt`,
  bundled: false,
  openedAt: new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString(),
});

describe('createSettingsService over conf', () => {
  it('starts from the defaults and writes nothing for an empty store', () => {
    const dir = tempDir();
    const service = createSettingsService(openConf(dir));
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    expect(service.repairedKeys).toEqual([]);
  });

  it('persists every kind of change across instances', () => {
    const dir = tempDir();
    const first = createSettingsService(openConf(dir));
    first.update({
      theme: 'dark',
      language: 'en',
      fontSize: 22,
      authorName: '  王代表 ',
      panes: { glossary: { collapsed: true } },
    });
    first.recordOpened(recent('r1'));
    first.saveReadingPosition('r1', 'p2-s1-3');
    first.saveWindowBounds({ x: 10, y: 20, width: 1000, height: 700, maximized: true });

    const second = createSettingsService(openConf(dir)).get();
    expect(second).toMatchObject({
      theme: 'dark',
      language: 'en',
      fontSize: 22,
      authorName: '王代表',
      panes: {
        outline: DEFAULT_SETTINGS.panes.outline,
        glossary: { width: DEFAULT_SETTINGS.panes.glossary.width, collapsed: true },
      },
      lastReportId: 'r1',
      readingPositions: { r1: 'p2-s1-3' },
      windowBounds: { x: 10, y: 20, width: 1000, height: 700, maximized: true },
    });
    expect(second.recentReports).toEqual([recent('r1')]);
  });

  it('clamps font size and pane widths into range', () => {
    const service = createSettingsService(createMemoryStore());
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (font, width) => {
          const next = service.update({ fontSize: font, panes: { outline: { width } } });
          expect(next.fontSize).toBeGreaterThanOrEqual(FONT_SIZE.min);
          expect(next.fontSize).toBeLessThanOrEqual(FONT_SIZE.max);
          expect(Number.isInteger(next.fontSize)).toBe(true);
          expect(next.panes.outline.width).toBeGreaterThanOrEqual(PANE_WIDTH.min);
          expect(next.panes.outline.width).toBeLessThanOrEqual(PANE_WIDTH.max);
        },
      ),
      { numRuns: 300 },
    );
    expect(service.update({ fontSize: 2 }).fontSize).toBe(FONT_SIZE.min);
    expect(service.update({ fontSize: 99 }).fontSize).toBe(FONT_SIZE.max);
  });

  it('keeps at most 10 recent reports, newest first, one entry per report', () => {
    const service = createSettingsService(createMemoryStore());
    for (let i = 0; i < 14; i++) service.recordOpened(recent(`r${i}`, i));
    service.recordOpened(recent('r5', 30));
    const ids = service.get().recentReports.map((r) => r.id);
    expect(ids).toHaveLength(MAX_RECENT_REPORTS);
    expect(ids.slice(0, 3)).toEqual(['r5', 'r13', 'r12']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(service.get().lastReportId).toBe('r5');
  });

  it('forgets a recent report and stops reopening it at start', () => {
    const service = createSettingsService(createMemoryStore());
    service.recordOpened(recent('a'));
    service.recordOpened(recent('b'));
    expect(service.forgetRecent('b').map((r) => r.id)).toEqual(['a']);
    expect(service.get().lastReportId).toBeUndefined();
  });

  it('caps reading positions, dropping the least recently saved', () => {
    const service = createSettingsService(createMemoryStore());
    for (let i = 0; i < MAX_READING_POSITIONS + 5; i++) service.saveReadingPosition(`r${i}`, 'b1');
    service.saveReadingPosition('r2', 'b9'); // r2 becomes the newest
    const positions = service.get().readingPositions;
    expect(Object.keys(positions)).toHaveLength(MAX_READING_POSITIONS);
    expect(positions.r0).toBeUndefined();
    expect(positions.r2).toBe('b9');
    expect(positions[`r${MAX_READING_POSITIONS + 4}`]).toBe('b1');
  });

  it('repairs invalid stored values to defaults instead of crashing, and rewrites them', () => {
    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    writeFileSync(
      file,
      JSON.stringify({
        language: 'fr',
        theme: 42,
        fontSize: 'big',
        panes: { outline: { width: 5000, collapsed: 'yes' }, glossary: null },
        readingPositions: ['not', 'a', 'map'],
        lastReportId: { id: 1 },
        recentReports: [recent('ok'), { id: 'broken' }, recent('ok'), 'junk'],
        authorName: 7,
        windowBounds: { width: 'wide' },
      }),
    );
    const service = createSettingsService(openConf(dir));
    const settings = service.get();
    expect(settings).toMatchObject({
      language: DEFAULT_SETTINGS.language,
      theme: DEFAULT_SETTINGS.theme,
      fontSize: DEFAULT_SETTINGS.fontSize,
      panes: {
        outline: { width: PANE_WIDTH.max, collapsed: false },
        glossary: DEFAULT_SETTINGS.panes.glossary,
      },
      readingPositions: {},
      authorName: '',
    });
    expect(settings.lastReportId).toBeUndefined();
    expect(settings.windowBounds).toBeUndefined();
    expect(settings.recentReports).toEqual([recent('ok')]);
    expect(service.repairedKeys).toEqual(
      expect.arrayContaining(['language', 'theme', 'fontSize', 'recentReports', 'windowBounds']),
    );
    // Rewritten: a second start finds nothing to repair.
    expect(createSettingsService(openConf(dir)).repairedKeys).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8')).language).toBe(DEFAULT_SETTINGS.language);
  });

  it('never stores a prototype-polluting reading position', () => {
    const service = createSettingsService(createMemoryStore());
    service.saveReadingPosition('__proto__', 'x');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.getPrototypeOf(service.get().readingPositions)).toBe(Object.prototype);
  });

  it('hands out copies, so callers cannot change its state', () => {
    const service = createSettingsService(createMemoryStore());
    const copy = service.get();
    copy.panes.outline.width = 999;
    copy.recentReports.push(recent('x'));
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('throws when the store cannot write, keeping the change in memory', () => {
    const failing: KeyValueStore = {
      get: () => undefined,
      set: () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    };
    const service = createSettingsService(failing);
    expect(() => service.update({ theme: 'dark' })).toThrow('disk full');
    expect(service.get().theme).toBe('dark');
  });

  it('tells subscribers about changes until they unsubscribe', () => {
    const service = createSettingsService(createMemoryStore());
    const seen: string[] = [];
    const off = service.subscribe((s) => seen.push(s.theme));
    service.update({ theme: 'dark' });
    off();
    service.update({ theme: 'light' });
    expect(seen).toEqual(['dark']);
  });
});

describe('palette settings', () => {
  it('keeps short plain labels and #rrggbb colours, and drops anything else', async () => {
    const { sanitizePalette } = await import('../../../main/settings/settings-sanitize');
    const palette = sanitizePalette({
      yellow: { label: '  必读  ', color: '#ABCDEF' },
      red: { label: 'x'.repeat(50), color: 'red; background:url(x)' },
      green: 'nonsense',
    });
    expect(palette.yellow).toEqual({ label: '必读', color: '#abcdef' });
    expect(palette.red.label.length).toBeLessThanOrEqual(20);
    expect(palette.red.color).toBe('');
    expect(palette.green).toEqual({ label: '', color: '' });
    expect(Object.keys(palette)).toEqual(['yellow', 'red', 'green', 'blue', 'purple']);
  });
});
