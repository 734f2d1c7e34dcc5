/**
 * Opens a preferences store without ever losing the file behind it (DESIGN §5): a file the store
 * cannot read is moved aside with a timestamp (never deleted), and the app starts from defaults with
 * a notice for the user instead of failing to start.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { KeyValueStore } from './settings';

/** A store to use, plus a message to show once if something had to be repaired. */
export interface OpenedStore {
  store: KeyValueStore;
  notice?: string;
  /** Where the unreadable file was moved, if it was. */
  quarantinedPath?: string;
}

export interface OpenStoreOptions {
  /** The store's file, as the store will resolve it. */
  filePath: string;
  /** Constructs the store; throws when its file is unreadable (conf with `clearInvalidConfig: false`). */
  create: () => KeyValueStore;
  now: () => Date;
  /** Test seam: the file operations used to move the bad file aside. */
  fileSystem?: Pick<typeof fs, 'existsSync' | 'renameSync'>;
  log?: (message: string, error: unknown) => void;
}

/** A sibling path for the unreadable file: `settings.corrupt-2024-05-01T08-30-00-000Z.json`. */
export function quarantinePath(filePath: string, at: Date, exists: (p: string) => boolean): string {
  const { dir, name, ext } = path.parse(filePath);
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  for (let n = 0; ; n++) {
    const candidate = path.join(dir, `${name}.corrupt-${stamp}${n === 0 ? '' : `-${n}`}${ext}`);
    if (!exists(candidate)) return candidate;
  }
}

/** An in-memory store, so the app still runs (without saving preferences) when the file cannot be fixed. */
export function createMemoryStore(): KeyValueStore {
  const values = new Map<string, unknown>();
  return {
    get: (key) => structuredClone(values.get(key)),
    set: (key, value) => void values.set(key, structuredClone(value)),
  };
}

/** Creates the store; on failure quarantines its file, retries from defaults, and falls back to memory. */
export function openStoreWithQuarantine(options: OpenStoreOptions): OpenedStore {
  const { filePath, create, now, fileSystem = fs, log = console.error } = options;
  try {
    return { store: create() };
  } catch (error) {
    log(`settings store unreadable: ${filePath}`, error);
    if (!fileSystem.existsSync(filePath)) return memoryFallback();
    let quarantined: string;
    try {
      quarantined = quarantinePath(filePath, now(), fileSystem.existsSync);
      fileSystem.renameSync(filePath, quarantined);
    } catch (renameError) {
      log(`could not move the settings file aside: ${filePath}`, renameError);
      return memoryFallback();
    }
    try {
      return {
        store: create(),
        quarantinedPath: quarantined,
        notice: `设置文件已损坏，已恢复为默认设置。原文件已保留为 ${path.basename(quarantined)}，未被删除。`,
      };
    } catch (retryError) {
      log(`settings store still unreadable after quarantine: ${filePath}`, retryError);
      return { ...memoryFallback(), quarantinedPath: quarantined };
    }
  }
}

function memoryFallback(): OpenedStore {
  return {
    store: createMemoryStore(),
    notice: '无法读取设置文件，本次使用默认设置，更改不会被保存。',
  };
}
