import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { createSettingsService } from '../../../main/settings/settings';
import { openStoreWithQuarantine, quarantinePath } from '../../../main/settings/store-quarantine';
import { openConf, tempDir } from '../temp-dir';

const AT = new Date('2024-05-01T08:30:00.000Z');
const silent = () => undefined;

describe('openStoreWithQuarantine', () => {
  it('opens a healthy store without a notice', () => {
    const dir = tempDir();
    const opened = openStoreWithQuarantine({
      filePath: path.join(dir, 'settings.json'),
      create: () => openConf(dir),
      now: () => AT,
    });
    expect(opened.notice).toBeUndefined();
    opened.store.set('theme', 'dark');
    expect(opened.store.get('theme')).toBe('dark');
  });

  it.each([
    ['truncated', '{"theme": "dark", "fontSize": 2'],
    ['garbage', '\u0000\u0001binary\uFFFD'],
    ['empty', ''],
  ])('moves a %s file aside (never deletes it) and starts from defaults', (_kind, content) => {
    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    writeFileSync(file, content);
    const opened = openStoreWithQuarantine({
      filePath: file,
      create: () => openConf(dir),
      now: () => AT,
      log: silent,
    });

    const aside = path.join(dir, 'settings.corrupt-2024-05-01T08-30-00-000Z.json');
    expect(opened.quarantinedPath).toBe(aside);
    expect(readFileSync(aside, 'utf8')).toBe(content);
    expect(opened.notice).toMatch(
      /设置文件已损坏.*settings\.corrupt-2024-05-01T08-30-00-000Z\.json.*未被删除/,
    );
    expect(createSettingsService(opened.store).get()).toEqual(DEFAULT_SETTINGS);
    opened.store.set('theme', 'light');
    expect(JSON.parse(readFileSync(file, 'utf8')).theme).toBe('light');
  });

  it('keeps every quarantined generation', () => {
    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    for (let i = 0; i < 3; i++) {
      writeFileSync(file, `broken ${i}`);
      openStoreWithQuarantine({ filePath: file, create: () => openConf(dir), now: () => AT, log: silent });
    }
    const kept = readdirSync(dir).filter((f) => f.includes('.corrupt-'));
    expect(kept).toHaveLength(3);
    expect(kept.map((f) => readFileSync(path.join(dir, f), 'utf8')).sort()).toEqual([
      'broken 0',
      'broken 1',
      'broken 2',
    ]);
  });

  it('falls back to a memory store when the file cannot be moved', () => {
    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    writeFileSync(file, '{');
    const opened = openStoreWithQuarantine({
      filePath: file,
      create: () => openConf(dir),
      now: () => AT,
      log: silent,
      fileSystem: {
        existsSync,
        renameSync: () => {
          throw Object.assign(new Error('read-only'), { code: 'EROFS' });
        },
      },
    });
    expect(opened.notice).toContain('本次使用默认设置');
    expect(readFileSync(file, 'utf8')).toBe('{');
    opened.store.set('theme', 'dark');
    expect(opened.store.get('theme')).toBe('dark');
  });
});

describe('quarantinePath', () => {
  it('uses a file-system-safe timestamp and never reuses a name', () => {
    const taken = new Set(['/d/s.corrupt-2024-05-01T08-30-00-000Z.json']);
    expect(quarantinePath('/d/s.json', AT, (p) => taken.has(p))).toBe(
      '/d/s.corrupt-2024-05-01T08-30-00-000Z-1.json',
    );
    expect(path.basename(quarantinePath('/d/s.json', AT, () => false))).not.toMatch(/[:]/);
  });
});
