/** `search <report-file> <query…>`: searches a report (any format) and prints every hit as JSON, exact hits first. */
import type { Hit, SearchResults } from '../../core/search/model';
import { buildSearchIndex } from '../../core/search/search-index';
import type { ReadFile } from './read-report';
import { readReport } from './read-report';
import type { CliCommand } from './run-cli';
import { EXIT_BAD_INPUT, EXIT_USAGE } from './run-cli';

const USAGE =
  'search <文件> <查询词…>    在报告中检索（多个词以空格分隔），以 JSON 输出全部结果，完全匹配的按原文顺序在前';

/**
 * One printed result: the block or glossary entry, whether it is an exact hit, its exact occurrences (UTF-16
 * offsets in the block's or entry field's text; none for related results), its score and the snippet text.
 */
export type PrintedHit = ({ blockId: string } | { glossaryId: string }) & {
  exact: boolean;
  matches: { start: number; end: number }[];
  score: number;
  snippet: string;
};

const printed = (hit: Hit): PrintedHit => ({
  ...(hit.glossaryId !== undefined ? { glossaryId: hit.glossaryId } : { blockId: hit.blockId ?? '' }),
  exact: hit.literal,
  matches: hit.matches.map(({ start, end }) => ({ start, end })),
  score: Math.round(hit.score * 1e4) / 1e4,
  snippet: hit.snippet.text,
});

/** Exact hits in reading order (body, then glossary), then related results as ranked (report's first). */
export function bestFirst(results: SearchResults): PrintedHit[] {
  return [...results.groups.body, ...results.groups.glossary, ...results.related].map(printed);
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
      const index = buildSearchIndex(report);
      // Related results are ranked as the app ranks them once lunr's index is built (where it is affordable).
      index.startRanker()?.step(Number.POSITIVE_INFINITY);
      io.stdout(`${JSON.stringify(bestFirst(index.search(query)), null, 2)}\n`);
      return 0;
    },
  };
}

/** The `search` command reading from the real file system. */
export const searchCommand = createSearchCommand();
