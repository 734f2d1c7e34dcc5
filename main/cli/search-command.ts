/** `search <report-file> <query…>`: searches a report text file and prints every hit as JSON, best first. */
import type { Hit } from '../../core/search/model';
import { buildSearchIndex } from '../../core/search/search-index';
import type { ReadFile } from './read-report';
import { readReport } from './read-report';
import type { CliCommand } from './run-cli';
import { EXIT_BAD_INPUT, EXIT_USAGE } from './run-cli';

const USAGE =
  'search <文件> <查询词…>    在报告中检索（多个词以空格分隔），以 JSON 输出全部结果，最相关的在前';

/** One printed hit: the block or glossary entry, lunr's score and the snippet text. */
export type PrintedHit = ({ blockId: string } | { glossaryId: string }) & { score: number; snippet: string };

const printed = (hit: Hit): PrintedHit => ({
  ...(hit.glossaryId !== undefined ? { glossaryId: hit.glossaryId } : { blockId: hit.blockId ?? '' }),
  score: Math.round(hit.score * 1e4) / 1e4,
  snippet: hit.snippet.text,
});

/** Body and glossary hits in one list: literal hits first, then by score (both come from one lunr index). */
export function bestFirst(body: readonly Hit[], glossary: readonly Hit[]): PrintedHit[] {
  return [...body, ...glossary]
    .sort((a, b) => Number(b.literal) - Number(a.literal) || b.score - a.score)
    .map(printed);
}

/** Builds the `search` command; `readFile` is a test seam. */
export function createSearchCommand(readFile?: ReadFile): CliCommand {
  return {
    name: 'search',
    usage: USAGE,
    async run(args, io) {
      const [file, ...words] = args;
      const query = words.join(' ');
      if (file === undefined || query.trim() === '') {
        io.stderr(
          `${file === undefined ? '缺少文件参数。' : '缺少查询词。'}\n用法：npm run cli -- ${USAGE}\n`,
        );
        return EXIT_USAGE;
      }
      const report = await readReport(file, io, readFile);
      if (!report) return EXIT_BAD_INPUT;
      const { body, glossary } = buildSearchIndex(report).search(query).groups;
      io.stdout(`${JSON.stringify(bestFirst(body, glossary), null, 2)}\n`);
      return 0;
    },
  };
}

/** The `search` command reading from the real file system. */
export const searchCommand = createSearchCommand();
