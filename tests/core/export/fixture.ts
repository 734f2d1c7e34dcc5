/** A small report with a preamble, parts and sub-parts, and a note factory, for the export tests. */
import { describe as describeTarget } from '../../../core/annotations/anchor';
import type { Annotation, ColorKey } from '../../../core/annotations/model';
import { paletteLabels } from '../../../core/annotations/palette-labels';
import type { Block, ReportDocument } from '../../../core/report/model';

const p = (id: string, text: string): Block => ({ id, type: 'paragraph', text });
const h = (id: string, level: 1 | 2, text: string): Block => ({ id, type: 'heading', level, text });

export const LONG_PARAGRAPH =
  '丹河新城是泽州未来发展的中心，也是全县高质量发展的主引擎。今年要加快路网、管网、公共服务设施建设，推动产城融合，让新城有产业、有人气、有品质，成为全县人民向往的美好家园。';

export const doc: ReportDocument = {
  id: 'r-test',
  meta: {
    title: '2022年泽州县政府工作报告',
    dateLine: '——2022年4月26日在泽州县第七届人民代表大会第三次会议上',
  },
  blocks: [
    p('p0-1', '各位代表：现在我代表县人民政府向大会报告工作。'),
    h('p1', 1, '一、2021年工作回顾'),
    p('p1-1', '这一年，经济运行交出了高分报表，地区生产总值增长9.5%。'),
    h('p2', 1, '二、2022年总体要求和重点工作'),
    p('p2-1', '今年政府工作的总体要求是坚持稳中求进。'),
    h('p2-s1', 2, '（一）聚焦丹河新城'),
    p('p2-s1-1', LONG_PARAGRAPH),
    h('p2-s2', 2, '（二）聚焦产业转型'),
    p('p2-s2-1', '转型的平台在园区，转型的支撑在产业。'),
  ],
  glossary: [],
  unexplainedTerms: [],
};

export const LABELS = paletteLabels();

let n = 0;
/** A live highlight on [start, end) of a block, created in order (later n = later createdAt). */
export function note(
  blockId: string,
  start: number,
  end: number,
  color: ColorKey = 'yellow',
  extra: Partial<Annotation> = {},
): Annotation {
  n += 1;
  return {
    id: `a${String(n).padStart(3, '0')}`,
    reportId: doc.id,
    kind: 'highlight',
    target: describeTarget(doc, blockId, start, end),
    color,
    note: `批注${n}`,
    tags: [],
    author: { id: 'u1', name: '张代表' },
    createdAt: `2022-04-20T08:${String(n % 60).padStart(2, '0')}:00.000Z`,
    updatedAt: '2022-04-20T09:00:00.000Z',
    ...extra,
  };
}

/** A note whose words are no longer in the text. */
export function orphan(extra: Partial<Annotation> = {}): Annotation {
  const base = note('p1-1', 0, 4, 'blue', extra);
  return { ...base, target: { ...base.target, exact: '已被删除的一句话', prefix: '', suffix: '' } };
}

/** Notes covering every section, colour and kind, a tombstone and an orphan. */
export function sampleNotes(): Annotation[] {
  return [
    note('p2-s2-1', 0, 5, 'red', { note: '园区平台如何考核？', tags: ['疑问'] }),
    note('p0-1', 5, 12, 'yellow', { note: '开头的批注' }),
    note('p1-1', 18, 29, 'blue', { note: '核对增长率', tags: ['数据'] }),
    note('p2-1', 12, 18, 'green', { note: '建议细化稳中求进的指标', author: { id: 'u2', name: '李代表' } }),
    note('p2-s1-1', 0, 0, 'purple', { kind: 'bookmark', note: '' }),
    note('p2-s1-1', 30, 41, 'yellow', { note: '第一行\n第二行', tags: ['建议'] }),
    note('p2-1', 0, 4, 'purple', { note: '已删除的批注', deletedAt: '2022-04-21T00:00:00.000Z' }),
    orphan({ note: '找不到原文的批注', color: 'red' }),
  ];
}
