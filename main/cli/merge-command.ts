/** `merge <pack…>`: merges study-group packs of one report and prints the merged pack as JSON. */
import { mergePacks } from '../../core/annotations/merge';
import type { AnnotationPack } from '../../core/annotations/model';
import type { Result } from '../../core/result';
import { readPackFile } from '../exchange/pack-file';
import type { CliCommand } from './run-cli';
import { EXIT_BAD_INPUT, EXIT_USAGE, oneLine } from './run-cli';

const USAGE = 'merge <批注文件> [<批注文件>…]    合并同一报告的批注文件，以 JSON 输出合并后的批注文件';

/** Reads one pack; a test seam. */
export type ReadPack = (filePath: string) => Promise<Result<AnnotationPack>>;

/** 《title》, with the id added when two reports share a title, so the two can be told apart. */
function reportName(report: AnnotationPack['report'], other: AnnotationPack['report']): string {
  return report.title === other.title ? `《${report.title}》（${report.id}）` : `《${report.title}》`;
}

/** Builds the `merge` command; `readPack` is a test seam. */
export function createMergeCommand(readPack: ReadPack = readPackFile): CliCommand {
  return {
    name: 'merge',
    usage: USAGE,
    async run(args, io) {
      if (args.length === 0) {
        io.stderr(`缺少批注文件参数。\n用法：npm run cli -- ${USAGE}\n`);
        return EXIT_USAGE;
      }
      // Every file is read before anything is printed: a bad one refuses the merge and stdout stays empty.
      const packs: AnnotationPack[] = [];
      for (const file of args) {
        const pack = await readPack(file);
        if (!pack.ok) {
          io.stderr(`${oneLine(pack.error.message)}\n`);
          return EXIT_BAD_INPUT;
        }
        packs.push(pack.value);
      }
      const [first] = packs;
      const stranger = packs.find((pack) => pack.report.id !== first?.report.id);
      if (first && stranger) {
        const a = reportName(first.report, stranger.report);
        const b = reportName(stranger.report, first.report);
        io.stderr(`${oneLine(`合并的批注文件属于不同的报告：${a}与${b}`)}\n`);
        return EXIT_BAD_INPUT;
      }
      const merged = mergePacks(packs);
      if (!merged.ok) {
        io.stderr(`${oneLine(merged.error.message)}\n`);
        return EXIT_BAD_INPUT;
      }
      io.stdout(`${JSON.stringify(merged.value, null, 2)}\n`);
      return 0;
    },
  };
}

/** The `merge` command reading from the real file system. */
export const mergeCommand = createMergeCommand();
