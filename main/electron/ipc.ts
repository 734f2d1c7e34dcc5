/** Connects the contract to Electron's IPC: handlers for calls, `send` for events. */
import type { WebContents } from 'electron';
import { ipcMain } from 'electron';
import { CALL_NAMES, callChannel, eventChannel } from '../../core/contract';
import type { Handlers } from '../handlers';
import type { Emit } from './menu-actions';

/** Registers one `ipcMain.handle` per contract call. */
export function registerIpcHandlers(handlers: Handlers): void {
  for (const name of CALL_NAMES) ipcMain.handle(callChannel(name), handlers[name]);
}

/** Sends contract events to the window's page, if it is still there. */
export function createEmitter(getContents: () => WebContents | undefined): Emit {
  return (event, payload) => {
    const contents = getContents();
    if (contents && !contents.isDestroyed()) contents.send(eventChannel(event), payload);
  };
}
