/** `parse <file>`: parses a report text and prints the document model as JSON, so a secretariat can check a report. */
import type { ReportDocument } from '../../core/report/model';
import type { ReadFile } from './read-report';
import { readReport } from './read-report';
import type { CliCommand } from './run-cli';
import { EXIT_BAD_INPUT, EXIT_USAGE } from './run-cli';

const USAGE =
  'parse <文件>    解析报告（Word、PDF、网页或文本），以 JSON 输出结构（元信息、段落、名词解释、未释义术语、来源）';

/** The JSON the command prints: the document model without the raw front and back matter lines. */
export function toParseOutput(doc: ReportDocument): object {
  return {
    id: doc.id,
    meta: doc.meta,
    blocks: doc.blocks.map((block) => ({
      id: block.id,
      type: block.type,
      ...(block.type === 'heading' && { level: block.level }),
      text: block.text,
      ...(block.type === 'paragraph' && block.lead !== undefined && { lead: block.lead }),
      ...(block.marks && block.marks.length > 0 && { marks: block.marks }),
    })),
    glossary: doc.glossary.map((entry) => ({
      id: entry.id,
      term: entry.term,
      aliases: entry.aliases,
      definition: entry.definition,
      occurrences: entry.occurrences,
    })),
    unexplainedTerms: doc.unexplainedTerms,
    // Where the text came from (Word, PDF, a page), and for a PDF the page each block starts on.
    ...(doc.source && { source: doc.source }),
  };
}

/** Builds the `parse` command; `readFile` is a test seam. */
export function createParseCommand(readFile?: ReadFile): CliCommand {
  return {
    name: 'parse',
    usage: USAGE,
    async run(args, io) {
      const [file] = args;
      if (file === undefined || args.length > 1) {
        io.stderr(`${file === undefined ? '缺少文件参数。' : '参数过多。'}\n用法：npm run cli -- ${USAGE}\n`);
        return EXIT_USAGE;
      }
      const report = await readReport(file, io, readFile);
      if (!report) return EXIT_BAD_INPUT;
      io.stdout(`${JSON.stringify(toParseOutput(report), null, 2)}\n`);
      return 0;
    },
  };
}

/** The `parse` command reading from the real file system. */
export const parseCommand = createParseCommand();
