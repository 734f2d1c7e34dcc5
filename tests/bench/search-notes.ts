/**
 * Notes as a study group's merged collection holds them, for the search benchmark: each on a passage of the
 * report (a clause of a paragraph, its real offsets and context), with a remark a delegate would write — often
 * quoting a phrase of the passage or a sentence elsewhere in the report — and zero to two tags, by several members.
 * Deterministic (a seeded generator), so runs compare.
 */
import type { Annotation, Author } from '../../core/annotations/model';
import { PALETTE_KEYS } from '../../core/annotations/model';
import type { Block, ReportDocument } from '../../core/report/model';

/** What delegates write beside a passage (from real study sheets: checks, questions, proposals). */
const REMARKS = [
  '这个数据需要核对，与统计公报口径是否一致？',
  '建议补充具体措施和时间表。',
  '与去年相比增长多少？请说明。',
  '这项工作群众反映较多，建议重点关注。',
  '资金来源是什么？',
  '建议在审议时提问。',
  '表述可以更具体一些。',
  '落实情况如何，有没有考核指标？',
  '和我们乡镇的情况对照一下。',
  '这里的目标偏保守，建议提高。',
  '已与相关部门沟通，等待回复。',
  '需要了解背后的政策文件。',
  '重点：写进审议意见。',
  '与第三部分的任务呼应。',
  '群众最关心的就业和收入问题，要讲透。',
  '建议增加对中小企业的支持。',
  '环保指标完成得好，值得肯定。',
  '教育、医疗投入要看实际效果。',
  '“十四五”规划里是怎么提的？',
  '建议明确责任单位。',
  '?',
  '核对',
  '好',
  '数据来源：县统计局',
];

const TAGS = ['数据核对', '疑问', '建议', '重点', '民生', '产业', '生态环保', '教育', '乡村振兴', '营商环境'];
const MEMBERS: Author[] = [
  '王代表',
  '李代表',
  '张代表',
  '刘代表',
  '陈代表',
  '杨代表',
  '赵代表',
  '黄代表',
].map((name, i) => ({ id: `member-${i}`, name }));

/** A small seeded generator (mulberry32), so every run gets the same notes. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The clauses of a text (between ，。；：！？ and line ends) with their offsets, long enough to mark. */
function clauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const cut = /[^，。；：！？\n]+/g;
  for (let m = cut.exec(text); m; m = cut.exec(text)) {
    if (m[0].trim().length >= 4) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** `count` notes on the paragraphs of `doc` (a scaled report spreads them over all its copies). */
export function studyGroupNotes(doc: ReportDocument, count: number, seed = 2022): Annotation[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const paragraphs: Block[] = doc.blocks.filter((b) => b.type === 'paragraph' && clauses(b.text).length > 0);
  const sentences = paragraphs.flatMap((b) =>
    b.text.split('。').filter((s) => s.length >= 8 && s.length <= 60),
  );
  const day = Date.UTC(2022, 3, 20);
  return Array.from({ length: count }, (_, i): Annotation => {
    const block = pick(paragraphs);
    const clause = pick(clauses(block.text));
    const exact = block.text.slice(clause.start, clause.end);
    const phraseStart = Math.floor(next() * Math.max(1, exact.length - 4));
    const phrase = exact.slice(phraseStart, phraseStart + 2 + Math.floor(next() * 5));
    const remark = pick(REMARKS);
    const shape = next();
    const note =
      shape < 0.35
        ? remark
        : shape < 0.65
          ? `“${phrase}”：${remark}`
          : shape < 0.8
            ? `${remark}参见：${pick(sentences)}。`
            : shape < 0.9
              ? `${phrase}${remark}${pick(REMARKS)}`
              : '';
    const tags = Array.from({ length: note === '' ? 1 : Math.floor(next() * 3) }, () => pick(TAGS));
    const at = new Date(day + i * 60_000).toISOString();
    return {
      id: `group-note-${i}`,
      reportId: doc.id,
      kind: note === '' ? 'highlight' : 'note',
      target: {
        blockId: block.id,
        start: clause.start,
        end: clause.end,
        exact,
        prefix: block.text.slice(Math.max(0, clause.start - 32), clause.start),
        suffix: block.text.slice(clause.end, clause.end + 32),
      },
      color: pick(PALETTE_KEYS),
      note,
      tags: [...new Set(tags)],
      author: pick(MEMBERS),
      createdAt: at,
      updatedAt: at,
    };
  });
}
