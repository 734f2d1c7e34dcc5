/**
 * Random reports built from templates for the structure property tests: a title page (possibly run together or
 * under a scraper's header), parts numbered 一、 or 第一、 or not at all, sub-parts （一） or (一) inline or standing
 * alone and restarting in every part, 一是 points, appendices with items, a glossary in any of the usual forms with
 * markers in the text, and a website's chrome before and after. Each shape knows the structure it should parse to.
 */
import fc from 'fast-check';
import { formatChineseNumeral } from '../../../core/report/chinese-numerals';
import type { SourceParagraph } from '../../../core/report/source';

/** A paragraph of the generated report, and what the parser should make of it. */
export interface ShapeParagraph {
  text: string;
  /** Bold runs, when a Word file would have them (a heading, a lead). */
  bold?: { start: number; end: number }[];
  role: 'front' | 'body' | 'chrome' | 'glossary' | 'appendix';
}

export interface ReportShape {
  paragraphs: ShapeParagraph[];
  meta: { title: string; dateLine: string; speaker: string };
  /** Expected headings in reading order: id, kind (or H1/H2) and text. */
  headings: string[];
  glossary: { term: string; definitionStart: string }[];
  /** Chrome lines, each of which must be set aside. */
  chrome: string[];
}

const PLACES = ['青石', '白水', '红河', '东岭', '南湾', '北林', '西岗', '柳河'];
const PART_TITLES = [
  '过去一年工作回顾',
  '今年工作总体要求',
  '今年重点工作安排',
  '全面加强政府自身建设',
  '持续改善人民生活',
  '深化改革扩大开放',
];
const SUB_TITLES = [
  '扩大有效投资，增强发展后劲',
  '推动产业升级，培育新的动能',
  '深化改革开放，激发市场活力',
  '加强生态保护，建设美丽家园',
  '办好民生实事，增进群众福祉',
];
const TOPIC_TITLES = ['关于城市更新问题', '关于营商环境问题', '关于教育改革问题'];
const POINT_TITLES = [
  '聚焦扩大内需，着力提消费促投资',
  '聚焦产业升级，加快构建现代产业体系',
  '聚焦民生改善，增进群众福祉',
];
const SENTENCES = [
  '全年完成投资{n}亿元，一批打基础、利长远的重大项目建成投用。',
  '新建改造农村公路{n}公里，城乡面貌持续改善。',
  '城镇新增就业{n}万人，居民收入稳步增长。',
  '新增高新技术企业{n}家，研发投入强度持续提高。',
  '改造老旧小区{n}个，惠及居民{n}万户。',
];
const TERMS = ['双减', '四上企业', '两免一补', '放管服', '专精特新', '四好农村路'];
const GLOSSARY_HEADINGS = [
  '名词解释',
  '※名词解释※',
  '*名词解释',
  '[名词解释]',
  '附：名词解释',
  '《政府工作报告》名词解释',
  '※注释※',
];
const NUMBER_STYLES = ['{n}.', '{n}．', '[{n}]', '【{n}】', '〔{n}〕', '({n})', '{n}、'];
const CHROME_FRONT = [
  ['工作报告'],
  ['当前位置：首页 > 政务公开 > 规划计划'],
  ['时间：2024-01-02 作者：县域网 阅读：', '318'],
];
const CHROME_BACK = [
  ['分享到：', 'QQ空间', '微信'],
  ['免责声明：本文仅代表作者观点，不代表本站立场。'],
  ['版权所有：县域网 ICP备12345678号'],
  ['标签：', '政府工作报告'],
  ['上一篇：', '某县2023年政府工作报告'],
  ['（责任编辑：张三）'],
  ['本作品采用知识共享署名 4.0 协议进行许可。', 'Public domain', 'false'],
];

interface Choices {
  place: number;
  runTogether: boolean;
  scraper: boolean;
  partStyle: 'numbered' | 'ordinal' | 'unnumbered';
  parts: {
    opening: number;
    subStyle: 'full' | 'ascii';
    subInline: boolean;
    subs: number[];
    points: number;
    topics: number;
  }[];
  closing: boolean;
  appendices: number[];
  glossary: {
    heading: number;
    style: number;
    quoted: boolean;
    separator: number;
    markers: boolean;
    count: number;
  };
  chromeFront: boolean[];
  chromeBack: boolean[];
}

const choices: fc.Arbitrary<Choices> = fc.record({
  place: fc.nat({ max: PLACES.length - 1 }),
  runTogether: fc.boolean(),
  scraper: fc.boolean(),
  partStyle: fc.constantFrom('numbered' as const, 'ordinal' as const, 'unnumbered' as const),
  parts: fc.array(
    fc.record({
      opening: fc.integer({ min: 1, max: 2 }),
      subStyle: fc.constantFrom('full' as const, 'ascii' as const),
      subInline: fc.boolean(),
      subs: fc.array(fc.integer({ min: 1, max: 2 }), { maxLength: 4 }),
      points: fc.constantFrom(0, 0, 2, 3),
      topics: fc.constantFrom(0, 0, 0, 1, 2),
    }),
    { minLength: 2, maxLength: 4 },
  ),
  closing: fc.boolean(),
  appendices: fc.array(fc.integer({ min: 2, max: 3 }), { maxLength: 2 }),
  glossary: fc.record({
    heading: fc.nat({ max: GLOSSARY_HEADINGS.length - 1 }),
    style: fc.nat({ max: NUMBER_STYLES.length - 1 }),
    quoted: fc.boolean(),
    separator: fc.nat({ max: 3 }),
    markers: fc.boolean(),
    count: fc.integer({ min: 0, max: 4 }),
  }),
  chromeFront: fc.array(fc.boolean(), { minLength: CHROME_FRONT.length, maxLength: CHROME_FRONT.length }),
  chromeBack: fc.array(fc.boolean(), { minLength: CHROME_BACK.length, maxLength: CHROME_BACK.length }),
});

function build(c: Choices): ReportShape {
  const place = PLACES[c.place] ?? '青石';
  const out: ShapeParagraph[] = [];
  const headings: string[] = [];
  const chrome: string[] = [];
  let counter = 0;
  const sentence = (): string => {
    counter++;
    const template = SENTENCES[counter % SENTENCES.length] ?? '';
    return template.replace(/\{n\}/g, String(100 + counter));
  };
  const paragraph = (extra = ''): string => `${sentence()}${extra}${sentence()}`;
  const push = (text: string, role: ShapeParagraph['role'], bold?: ShapeParagraph['bold']): void => {
    out.push({ text, role, ...(bold && { bold }) });
  };

  c.chromeFront.forEach((on, i) => {
    if (!on) return;
    for (const line of CHROME_FRONT[i] ?? []) {
      push(line, 'chrome');
      chrome.push(line);
    }
  });
  const title = `${place}县2024年政府工作报告`;
  const dateLine = `——2024年1月18日在${place}县第十届人民代表大会第三次会议上`;
  const speaker = `县长 周${place}`;
  if (c.scraper) push(`标题：${title}`, 'front');
  if (c.runTogether) push(`${title}${dateLine}${speaker}`, 'front');
  else for (const line of [title, dateLine, speaker]) push(line, 'front');
  push('各位代表：', 'body');
  push(`现在，我代表县人民政府向大会报告工作，请予审议。${sentence()}`, 'body');

  const terms = TERMS.slice(0, c.glossary.count);
  const markerStyle = ['[{n}]', '【{n}】', '〔{n}〕'][c.glossary.style % 3] ?? '[{n}]';
  const termText = (term: string): string => (c.glossary.quoted ? `“${term}”` : term);
  c.parts.forEach((part, p) => {
    const n = p + 1;
    const partTitle = PART_TITLES[p] ?? '其他工作';
    const text =
      c.partStyle === 'numbered'
        ? `${formatChineseNumeral(n)}、${partTitle}`
        : c.partStyle === 'ordinal'
          ? `第${formatChineseNumeral(n)}、${partTitle}`
          : partTitle;
    push(text, 'body', [{ start: 0, end: text.length }]);
    headings.push(`p${n} H1 ${text}`);
    for (let k = 0; k < part.opening; k++) {
      // Markers follow the terms they point to, in the first part.
      const term = p === 0 && c.glossary.markers ? terms[k] : undefined;
      const marker = term ? `落实${termText(term)}${markerStyle.replace('{n}', String(k + 1))}要求，` : '';
      push(paragraph(marker), 'body');
    }
    part.subs.forEach((count, s) => {
      const sub = s + 1;
      const number =
        part.subStyle === 'full' ? `（${formatChineseNumeral(sub)}）` : `(${formatChineseNumeral(sub)})`;
      const heading = `${number}${SUB_TITLES[s] ?? '其他工作'}${part.subInline ? '。' : ''}`;
      headings.push(`p${n}-s${sub} H2 ${heading}`);
      if (part.subInline) push(`${heading}${sentence()}`, 'body', [{ start: 0, end: heading.length }]);
      else push(heading, 'body', [{ start: 0, end: heading.length }]);
      for (let k = 0; k < count; k++) push(paragraph(), 'body');
    });
    const topics = c.partStyle === 'unnumbered' || part.subs.length > 0 || part.points > 0 ? 0 : part.topics;
    for (let k = 0; k < topics; k++) {
      // A topic heading is a signpost: the part's paragraphs are numbered on through it.
      const topic = TOPIC_TITLES[k] ?? '关于其他问题';
      push(topic, 'body');
      headings.push(`p${n}-t${k + 1} topic ${topic}`);
      push(paragraph(), 'body');
    }
    if (part.subs.length === 0 && part.points > 0) {
      for (let k = 0; k < part.points; k++) {
        const point = `${formatChineseNumeral(k + 1)}是${POINT_TITLES[k] ?? ''}`;
        push(point, 'body');
        headings.push(`p${n}-n${k + 1} point ${point}`);
        push(paragraph(), 'body');
      }
    }
  });
  if (c.closing) {
    push('结束语', 'body');
    headings.push('c closing 结束语');
  }
  push(`各位代表！让我们团结一心、真抓实干，为建设美丽${place}而努力奋斗！`, 'body');

  c.appendices.forEach((items, a) => {
    const number = a + 1;
    push(`附件${number}`, 'appendix');
    const appendixTitle = `2024年${place}县${formatChineseNumeral(items)}件民生实事`;
    push(appendixTitle, 'appendix');
    headings.push(`a${number} appendix 附件${number} ${appendixTitle}`);
    for (let i = 1; i <= items; i++) {
      const item = `${formatChineseNumeral(i)}、${SUB_TITLES[i] ?? '其他实事'}。`;
      push(`${item}${sentence()}`, 'appendix');
      headings.push(`a${number}-i${i} item ${item}`);
    }
  });

  const glossary: ReportShape['glossary'] = [];
  if (terms.length > 0) {
    push(GLOSSARY_HEADINGS[c.glossary.heading] ?? '名词解释', 'glossary');
    const style = NUMBER_STYLES[c.glossary.style] ?? '{n}.';
    terms.forEach((term, i) => {
      const number = style.replace('{n}', String(i + 1));
      const definition = `指${sentence()}`;
      const separator = c.glossary.quoted
        ? ['：', ':', '。', ''][c.glossary.separator]
        : ['：', ':'][c.glossary.separator % 2];
      push(`${number}${termText(term)}${separator}${definition}`, 'glossary');
      glossary.push({ term: termText(term), definitionStart: definition.slice(0, 6) });
    });
  }
  c.chromeBack.forEach((on, i) => {
    if (!on) return;
    for (const line of CHROME_BACK[i] ?? []) {
      push(line, 'chrome');
      chrome.push(line);
    }
  });
  return { paragraphs: out, meta: { title, dateLine, speaker }, headings, glossary, chrome };
}

/** Random report shapes. */
export const reportShapes: fc.Arbitrary<ReportShape> = choices.map(build);

/**
 * How a shape is written out as a text file: one line per paragraph separated by blank lines, by single newlines,
 * indented, with CRLF; or hard-wrapped at a page width with blank lines between paragraphs and a page break (a
 * blank line in mid-sentence) in the longer paragraphs.
 */
export type TextLayout = 'blank' | 'single' | 'indent' | 'crlf' | 'wrapped';
export const textLayouts = fc.constantFrom<TextLayout>('blank', 'single', 'indent', 'crlf', 'wrapped');

const WIDTH = 28;

/** A paragraph hard-wrapped at the page width; a long one gets a page break (a blank line) after its first line. */
function wrapped(text: string): string {
  if (text.length <= WIDTH) return text;
  const lines: string[] = [];
  for (let at = 0; at < text.length; at += WIDTH) lines.push(text.slice(at, at + WIDTH));
  return lines.map((line, i) => (i === 1 && lines.length > 2 ? `\n${line}` : line)).join('\n');
}

/** The shape as a report text, laid out as `layout` says. */
export function shapeText(shape: ReportShape, layout: TextLayout): string {
  const lines = shape.paragraphs.map((paragraph) => {
    if (layout === 'wrapped') return wrapped(paragraph.text);
    const indent = layout === 'indent' && paragraph.role === 'body' && /[。！]$/.test(paragraph.text);
    return indent ? `\u3000\u3000${paragraph.text}` : paragraph.text;
  });
  if (layout === 'blank' || layout === 'wrapped') return lines.join('\n\n');
  if (layout === 'crlf') return lines.join('\r\n\r\n');
  return lines.join('\n');
}

/** The shape as a Word reader would hand it over: one source paragraph each, bold runs, pages. */
export function shapeSource(shape: ReportShape): SourceParagraph[] {
  return shape.paragraphs.map((paragraph, i) => ({
    text: paragraph.text,
    ...(paragraph.bold && { bold: paragraph.bold }),
    page: 1 + Math.floor(i / 6),
  }));
}
