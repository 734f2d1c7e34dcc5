/** `merge <pack…>`: merges study-group packs of one report and prints the merged pack as JSON. */
import { checkAuthorship, ownersOf } from '../../core/annotations/authorship';
import type { AuthorshipCheck } from '../../core/annotations/authorship';
import { packLines } from '../../core/annotations/exchange';
import { mergePacks } from '../../core/annotations/merge';
import type { AnnotationPack } from '../../core/annotations/model';
import type { Result } from '../../core/result';
import { readPackFile } from '../exchange/pack-file';
import type { CliCommand } from './run-cli';
import { EXIT_BAD_INPUT, EXIT_USAGE, oneLine } from './run-cli';

const USAGE =
  'merge <批注文件> [<批注文件>…]    合并同一报告的批注文件，以 JSON 输出合并后的批注文件（作者以第一个文件为准）';

/** Reads one pack; a test seam. */
export type ReadPack = (filePath: string) => Promise<Result<AnnotationPack>>;

/** 《title》, with the id added when two reports share a title, so the two can be told apart. */
function reportName(report: AnnotationPack['report'], other: AnnotationPack['report']): string {
  return report.title === other.title ? `《${report.title}》（${report.id}）` : `《${report.title}》`;
}

/** One line saying how many versions were refused, with the first as an example. */
function refusalLine(refused: AuthorshipCheck['refused']): string {
  const [example] = refused;
  const where = example
    ? `批注 ${example.version.id}：${example.owner ? `原作者 ${example.owner}` : '多位成员都声称是作者'}，此处署名 ${example.version.author.id}`
    : '';
  return `已拒收 ${refused.length} 个批注版本：作者与该批注原作者不符（${where}）。`;
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
      // The first pack names each of its notes' authors; a later version by anyone else is refused (authorship.ts).
      const owners = ownersOf(first?.annotations ?? []);
      const later = packs.slice(1).flatMap((pack) => pack.annotations);
      const authorship = checkAuthorship(owners, later);
      const refused = new Set(authorship.refused.map((r) => r.version));
      const kept = packs.map((pack, i) =>
        i === 0 ? pack : { ...pack, annotations: pack.annotations.filter((a) => !refused.has(a)) },
      );
      const merged = mergePacks(kept);
      if (!merged.ok) {
        io.stderr(`${oneLine(merged.error.message)}\n`);
        return EXIT_BAD_INPUT;
      }
      if (authorship.refused.length > 0) io.stderr(`${oneLine(refusalLine(authorship.refused))}\n`);
      // Line by line, as the app writes packs: a merged pack of any size is one the app reads back.
      for (const piece of packLines(merged.value)) io.stdout(piece);
      return 0;
    },
  };
}

/** The `merge` command reading from the real file system. */
export const mergeCommand = createMergeCommand();
