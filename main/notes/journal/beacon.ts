/**
 * A writer's beacon: a local socket only a running writer listens on. The operating system closes it when the
 * process exits, however it exits, so "does the beacon answer?" tells a live 研读 from a stale lock — unlike a pid,
 * which after a reboot may belong to any other program. (Electron's own single-instance lock works the same way.)
 */
import { createHash } from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A beacon this process listens on. */
export interface Beacon {
  /** What other processes connect to (recorded in the lock file). */
  name: string;
  close(): Promise<void>;
}

// Unix socket paths are limited to about 104 bytes (macOS) or 108 (Linux).
const MAX_SOCKET_PATH_BYTES = 100;

/** A beacon name unique to this lock file and holder. */
export function beaconName(lockFile: string, token: string): string {
  const id = `yandu-writer-${createHash('sha256').update(lockFile).digest('hex').slice(0, 16)}-${token}`;
  // Linux: an abstract socket, which has no file and vanishes with the process. Windows: a named pipe, likewise.
  if (process.platform === 'linux') return `\0${id}`;
  if (process.platform === 'win32') return `\\\\.\\pipe\\${id}`;
  // Elsewhere a socket file: beside the lock when the path is short enough, else in the temp folder.
  const beside = path.join(path.dirname(lockFile), `${id}.sock`);
  return Buffer.byteLength(beside) <= MAX_SOCKET_PATH_BYTES ? beside : path.join(os.tmpdir(), `${id}.sock`);
}

const SOCKET_FILE = /^yandu-writer-[0-9a-f]{16}-[0-9a-z]+\.sock$/;

/** Starts listening; the beacon never keeps the process alive on its own. */
export async function openBeacon(name: string): Promise<Beacon> {
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(name, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.unref();
  // Node removes a Unix socket's file when the server closes.
  return { name, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Whether a process listens on `name`. A refused or missing socket means its holder is gone; no answer within the
 * timeout is taken as alive (a busy holder), so a live writer is never taken over.
 */
export function beaconAnswers(name: string, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(name);
    const done = (alive: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(alive);
    };
    const timer = setTimeout(() => done(true), timeoutMs);
    socket.once('connect', () => done(true));
    // Only "nobody listens" means gone; any other failure (a full backlog, no file handles here) may hide a writer.
    socket.once('error', (error: NodeJS.ErrnoException) =>
      done(!['ECONNREFUSED', 'ENOENT'].includes(error.code ?? '')),
    );
  });
}

/**
 * The socket file a dead holder left, if `name` is one this module makes in `dir` or the temp folder: a lock file
 * is data, and must never make the store delete anything else.
 */
export function leftoverSocketFile(name: string, dir: string): string | null {
  const folder = path.dirname(name);
  const ours = folder === path.resolve(dir) || folder === path.resolve(os.tmpdir());
  return ours && SOCKET_FILE.test(path.basename(name)) ? name : null;
}
