/** Opens the electron-store that holds preferences, quarantining an unreadable file (see store-quarantine.ts). */
import path from 'node:path';
import Store from 'electron-store';
import { openStoreWithQuarantine } from './store-quarantine';
import type { OpenedStore } from './store-quarantine';

const STORE_NAME = 'settings';

/** The settings store in `userDataDir`; never cleared on bad data (`clearInvalidConfig: false`). */
export function openSettingsStore(userDataDir: string, now: () => Date = () => new Date()): OpenedStore {
  return openStoreWithQuarantine({
    filePath: path.join(userDataDir, `${STORE_NAME}.json`),
    create: () =>
      new Store<Record<string, unknown>>({ name: STORE_NAME, cwd: userDataDir, clearInvalidConfig: false }),
    now,
  });
}
