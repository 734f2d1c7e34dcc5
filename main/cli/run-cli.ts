/** The CLI dispatcher: picks a command from a table by name, so adding a command is one line in index.ts. */

/** Where a command writes; injected so commands are tested without a process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** One CLI command (`parse`, `search`, …): its name, a one-line Chinese usage, and what it does. */
export interface CliCommand {
  name: string;
  /** Shown in the usage text, e.g. `parse <文件>    解析报告文本，输出 JSON`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code (0 ok, 1 bad input, 2 usage). */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Exit code for a wrong command line (unknown command, missing argument). */
export const EXIT_USAGE = 2;
/** Exit code for input the command cannot use (missing file, not a report). */
export const EXIT_BAD_INPUT = 1;
/** Exit code when the output could not be written whole (full disk, closed pipe): 1, as other tools do. */
export const EXIT_OUTPUT_FAILED = 1;

/** The usage text in Chinese, listing every command. */
export function usageText(commands: readonly CliCommand[]): string {
  return [
    '用法：npm run cli -- <命令> [参数]',
    '命令：',
    ...commands.map((command) => `  ${command.usage}`),
  ].join('\n');
}

/** A message as one line, so stderr stays one line per error even for odd file names. */
export function oneLine(message: string): string {
  return message.replace(/[\r\n]+/g, ' ');
}

/**
 * Runs the command named by the first argument. Unknown command or no arguments: usage on stderr, exit 2; `help`:
 * usage on stdout, exit 0. An unexpected failure is reported as one line, never as a stack trace.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CliCommand[],
): Promise<number> {
  const [name, ...args] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    io.stdout(`${usageText(commands)}\n`);
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    const problem = name === undefined ? '缺少命令。' : `未知命令：${oneLine(name)}。`;
    io.stderr(`${problem}\n${usageText(commands)}\n`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    io.stderr(`内部错误：${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_BAD_INPUT;
  }
}
