/** Runs the writer fixture in its own Node process (through tsx) and collects what it acknowledged. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
const fixture = path.join(here, 'fixtures', 'writer-child.ts');

/** A running writer: the lines it printed so far, and a way to wait for one. */
export interface Child {
  process: ChildProcess;
  lines: string[];
  /** Resolves with the first printed line that starts with `prefix`. */
  waitFor(prefix: string, timeoutMs?: number): Promise<string>;
  /** Resolves once the process has exited (after a kill, say). */
  exited: Promise<void>;
}

/** Starts `writer-child.ts <dataDir> <tag> [mode]`; `background` makes every routine compaction a background one. */
export function startWriter(
  dataDir: string,
  tag: string,
  mode: 'write' | 'hold' = 'write',
  options: { background?: boolean } = {},
): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, dataDir, tag, mode], {
    cwd: root,
    env: { ...process.env, YANDU_BACKGROUND_COMPACTION_FROM: options.background ? '0' : '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { prefix: string; resolve: (line: string) => void }[] = [];
  let buffered = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((w) => line.startsWith(w.prefix))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    process: child,
    lines,
    exited,
    waitFor: (prefix, timeoutMs = 15_000) => {
      const seen = lines.find((line) => line.startsWith(prefix));
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`writer printed no "${prefix}" line in ${timeoutMs} ms; stderr: ${stderr}`)),
          timeoutMs,
        );
        waiters.push({
          prefix,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        void exited.then(() => setTimeout(() => reject(new Error(`writer exited; stderr: ${stderr}`)), 50));
      });
    },
  };
}
