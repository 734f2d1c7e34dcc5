/** Temporary directories for tests in this folder, removed after each test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach } from 'vitest';
import type { KeyValueStore } from '../../main/settings/settings';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh empty directory, deleted after the current test. */
export function tempDir(prefix = 'yandu-main-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** The settings store as the app builds it (conf is electron-store's base), in `dir`. */
export function openConf(dir: string): Conf<Record<string, unknown>> & KeyValueStore {
  return new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', clearInvalidConfig: false });
}
