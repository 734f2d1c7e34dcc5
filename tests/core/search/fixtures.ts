/** Hand-built documents and annotations for search tests, independent of the parser. */
import type { Annotation } from '../../../core/annotations/model';
import type { ReportDocument } from '../../../core/report/model';

/** A small report with the shapes search must handle: headings, quotes, numbers, ASCII, glossary. */
export const smallReport: ReportDocument = {
  id: 'small',
  meta: {},
  blocks: [
    { id: 'p1', type: 'heading', level: 1, text: '一、2021年工作回顾' },
    {
      id: 'p1-1',
      type: 'paragraph',
      text: '地区生产总值达到432.7亿元，同比增长15.4%。持续推动“双减”工作，人人持证。',
    },
    {
      id: 'p1-2',
      type: 'paragraph',
      text: '稳步推进煤矿智能化改造，夯实煤炭基本盘，全县煤矿实现智能化开采。',
    },
    { id: 'p1-3', type: 'paragraph', text: '推进煤炭清洁高效利用。PM2.5同比下降29.27%，深化VOCs治理。' },
    { id: 'p1-s1', type: 'heading', level: 2, text: '（一）聚焦丹河新城' },
    { id: 'p1-s1-1', type: 'paragraph', text: '5G基站达到500座，丹河新城数字产业园建设，全省第一方阵。' },
    { id: 'p1-s1-2', type: 'paragraph', text: '智能制造提速，新城建设。' },
  ],
  glossary: [
    {
      id: 'g1',
      term: '双减',
      aliases: [],
      definition: '有效减轻义务教育阶段学生过重作业负担和校外培训负担。',
      occurrences: [],
    },
    {
      id: 'g2',
      term: '国企改革“32字”要求',
      aliases: ['“32字”改革要求'],
      definition: '主强辅优、分灶吃饭。',
      occurrences: [],
    },
  ],
  unexplainedTerms: [],
};

/** Builds an annotation on `blockId` with the given note text; override any field. */
export function note(id: string, blockId: string, text: string, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    reportId: 'small',
    kind: 'note',
    target: { blockId, start: 0, end: 2, exact: '地区', prefix: '', suffix: '生产' },
    color: 'yellow',
    note: text,
    tags: [],
    author: { id: 'u1', name: '代表' },
    createdAt: '2022-04-20T08:00:00.000Z',
    updatedAt: '2022-04-20T08:00:00.000Z',
    ...extra,
  };
}
