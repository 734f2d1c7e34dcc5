/**
 * `check <file>`: the structure check for a secretariat — prints in Chinese what the parser found in a report (title
 * page, parts and sub-parts with paragraph counts, appendices, glossary, what was set aside and why) and the
 * warnings where the structure looks doubtful, so a report can be checked before it is bundled.
 */
import path from 'node:path';
import { formatStructureCheck } from '../../core/report/structure-check';
import type { ReadFile } from './read-report';
import { readReport } from './read-report';
import type { CliCommand } from './run-cli';
import { EXIT_BAD_INPUT, EXIT_USAGE } from './run-cli';

const USAGE =
  'check <文件>    检查报告的结构（标题页、部分与分项、附件、名词解释、未收入正文的内容），列出可疑之处';

/** Builds the `check` command; `readFile` is a test seam. */
export function createCheckCommand(readFile?: ReadFile): CliCommand {
  return {
    name: 'check',
    usage: USAGE,
    async run(args, io) {
      const [file] = args;
      if (file === undefined || args.length > 1) {
        io.stderr(`${file === undefined ? '缺少文件参数。' : '参数过多。'}\n用法：npm run cli -- ${USAGE}\n`);
        return EXIT_USAGE;
      }
      const report = await readReport(file, io, readFile);
      if (!report) return EXIT_BAD_INPUT;
      io.stdout(formatStructureCheck(report, path.basename(file)));
      return 0;
    },
  };
}

/** The `check` command reading from the real file system. */
export const checkCommand = createCheckCommand();
