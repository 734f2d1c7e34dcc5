/**
 * The bridge (DESIGN §2, STYLE §2): exposes `window.yandu` with one function per contract call and
 * `on` for contract events. No logic; main validates everything. Built from the contract's name lists.
 */
import type { IpcRendererEvent } from 'electron';
import { contextBridge, ipcRenderer } from 'electron';
import type { EventName, Events, YanduApi } from '../core/contract';
import { CALL_NAMES, EVENT_NAMES, callChannel, eventChannel } from '../core/contract';

const calls = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (arg?: unknown) => ipcRenderer.invoke(callChannel(name), arg)]),
);

const eventNames: ReadonlySet<string> = new Set(EVENT_NAMES);

/** Subscribes to a contract event; the listener gets the payload only, never Electron's event object. */
function on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  if (!eventNames.has(event) || typeof listener !== 'function') return () => undefined;
  const channel = eventChannel(event);
  const forward = (_event: IpcRendererEvent, payload: Events[E]): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => void ipcRenderer.removeListener(channel, forward);
}

contextBridge.exposeInMainWorld('yandu', Object.freeze({ ...calls, on }) as YanduApi);
