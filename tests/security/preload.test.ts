import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, EVENT_NAMES, callChannel, eventChannel } from '../../core/contract';
import type { YanduApi } from '../../core/contract';

// The one Electron fake: what preload/index.ts touches (checklist item 20: only the named API is exposed).
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      electron.listeners.get(channel)?.delete(listener);
    },
  },
}));

let api: YanduApi;

beforeAll(async () => {
  await import('../../preload/index');
  api = electron.exposed.get('yandu') as YanduApi;
});

describe('preload bridge', () => {
  it('exposes only window.yandu, with one function per call plus on', () => {
    expect([...electron.exposed.keys()]).toEqual(['yandu']);
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES, 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards each call to its channel with exactly one argument', async () => {
    await api.openRecentReport({ reportId: 'r1' });
    expect(electron.invoke).toHaveBeenLastCalledWith(callChannel('openRecentReport'), { reportId: 'r1' });
    await api.getSession();
    expect(electron.invoke).toHaveBeenLastCalledWith(callChannel('getSession'), undefined);
  });

  it('delivers event payloads without Electron’s event object, and unsubscribes', () => {
    const received: unknown[] = [];
    const off = api.on('errorReported', (...args: unknown[]) => received.push(args));
    const channel = eventChannel('errorReported');
    const fire = (payload: unknown) =>
      electron.listeners.get(channel)?.forEach((l) => l({ sender: 'secret' }, payload));
    fire({ message: '出错了' });
    expect(received).toEqual([[{ message: '出错了' }]]);
    off();
    fire({ message: '再次' });
    expect(received).toHaveLength(1);
  });

  it('ignores events outside the contract', () => {
    const off = (api.on as (event: string, listener: () => void) => () => void)(
      'electron-store-get-data',
      () => undefined,
    );
    expect(electron.listeners.has('electron-store-get-data')).toBe(false);
    expect([...electron.listeners.keys()].every((c) => EVENT_NAMES.some((e) => eventChannel(e) === c))).toBe(
      true,
    );
    off();
  });
});
