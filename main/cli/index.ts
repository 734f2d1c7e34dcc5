/** The command-line entry (`npm run cli -- <command> …`, run by tsx): the command table and nothing else. */
import { exportCommand } from './export-command';
import { mergeCommand } from './merge-command';
import { parseCommand } from './parse-command';
import type { CliCommand } from './run-cli';
import { runCli } from './run-cli';
import { searchCommand } from './search-command';

/** Every CLI command; adding one is one line here plus its `<name>-command.ts` file. */
const COMMANDS: readonly CliCommand[] = [parseCommand, searchCommand, mergeCommand, exportCommand];

// `parse … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  COMMANDS,
);
