/**
 * The command-line entry (`npm run cli -- <command> …`, run by tsx): the command table, and a stdout whose failure
 * (full disk, closed pipe) becomes exit 1 and one Chinese line rather than exit 0 or a stack trace.
 */
import tty from 'node:tty';
import { checkCommand } from './check-command';
import { bundleCommand } from './bundle-command';
import { exportCommand } from './export-command';
import { mergeCommand } from './merge-command';
import { createCliOutput } from './output';
import { parseCommand } from './parse-command';
import type { CliCommand } from './run-cli';
import { EXIT_OUTPUT_FAILED, runCli } from './run-cli';
import { searchCommand } from './search-command';

/** Every CLI command; adding one is one line here plus its `<name>-command.ts` file. */
const COMMANDS: readonly CliCommand[] = [
  parseCommand,
  searchCommand,
  mergeCommand,
  exportCommand,
  checkCommand,
  bundleCommand,
];

// A stderr that cannot be written (closed, /dev/full) leaves nowhere to report anything: no crash over it.
process.stderr.on('error', () => undefined);

// Windows consoles need Node's stream to show Chinese; everywhere else stdout is written by descriptor, checked.
const stdout =
  process.platform === 'win32' && tty.isatty(1)
    ? { write: (text: string) => void process.stdout.write(text), finished: async () => undefined }
    : createCliOutput(1);

const code = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  COMMANDS,
);
const failure = await stdout.finished();
if (failure !== undefined) process.stderr.write(`${failure}\n`);
process.exitCode = failure === undefined ? code : EXIT_OUTPUT_FAILED;
