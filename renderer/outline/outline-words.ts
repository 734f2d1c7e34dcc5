/**
 * The words of the outline's additions (appendices, points, the set-aside list), in both UI languages. Kept beside
 * the components that use them, so the list can grow without touching the shared message table.
 */
import type { Language } from '../../core/settings';

const zhCN = {
  appendices: '附件',
  setAsideTitle: '未收入正文的内容',
  setAsideHint: '以下文字不是报告正文，没有放进正文、名词解释或附件，也不参与检索。',
  titlePage: '标题页',
  atStart: '开头',
  after: (where: string) => `${where}之后`,
  afterBack: '正文之后',
  end: '末尾',
  page: (n: number) => `（第${n}页）`,
  lines: (n: number) => `${n}行`,
  times: (n: number) => `${n}处`,
  show: '显示全文',
  hide: '收起',
};

const en: typeof zhCN = {
  appendices: 'Appendices',
  setAsideTitle: 'Not in the report text',
  setAsideHint:
    'This text is not part of the report: it is kept out of the body, glossary and appendices, and out of search.',
  titlePage: 'Title page',
  atStart: 'Start',
  after: (where: string) => `after ${where}`,
  afterBack: 'After the body',
  end: 'End',
  page: (n: number) => ` (page ${n})`,
  lines: (n: number) => `${n} lines`,
  times: (n: number) => `×${n}`,
  show: 'Show all',
  hide: 'Hide',
};

export type OutlineWords = typeof zhCN;

export function outlineWords(language: Language): OutlineWords {
  return language === 'en' ? en : zhCN;
}
