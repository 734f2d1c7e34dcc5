/**
 * The structure check for a secretariat (`npm run cli -- check <file>`): what the parser found in a report, in
 * Chinese — title and meta, parts with their sub-parts and paragraph counts, appendices, glossary entries and how
 * many occur in the text, what was set aside and why — and the warnings where the structure looks doubtful. The
 * same warnings are shown once when such a report is opened in the app.
 */
import { citationLabel } from './ids';
import type { ReportDocument, ReportMeta } from './model';
import type { OutlineSection } from './outline';
import { buildOutline } from './outline';
import { groupSetAside } from './set-aside-groups';

const META_LABELS: readonly [keyof ReportMeta, string][] = [
  ['title', '标题'],
  ['classification', '密级'],
  ['documentNumber', '文件编号'],
  ['dateLine', '日期'],
  ['speaker', '报告人'],
  ['issuer', '印发单位'],
  ['issueDate', '印发日期'],
  ['printRun', '印数'],
  ['source', '来源'],
];

function paragraphsIn(doc: ReportDocument, section: OutlineSection): number {
  let count = 0;
  for (let i = section.firstBlock; i <= section.lastBlock; i++)
    if (doc.blocks[i]?.type === 'paragraph') count++;
  return count;
}

const NUMBERED =
  /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[、，,]|附件)/;

/** The section as the check names it: its title, after its citation label when the title carries no number. */
function sectionName(section: OutlineSection): string {
  if (section.level === 0) return '开头';
  const title = section.title.length > 28 ? `${section.title.slice(0, 28)}…` : section.title;
  return NUMBERED.test(title) ? title : `${citationLabel(section.id)} ${title}`;
}

const CHILD_WORD: Record<string, string> = { point: '个要点', item: '项', topic: '个小标题' };

function childWord(section: OutlineSection): string {
  return CHILD_WORD[section.children[0]?.kind ?? ''] ?? '个分项';
}

function describeSections(
  doc: ReportDocument,
  sections: readonly OutlineSection[],
  indent: string,
): string[] {
  const lines: string[] = [];
  for (const section of sections) {
    const children = section.children.filter((child) => child.kind !== 'topic');
    const counts = [`${paragraphsIn(doc, section)}段`];
    if (children.length > 0) counts.push(`${children.length}${childWord(section)}`);
    const topics = section.children.length - children.length;
    if (topics > 0) counts.push(`${topics}个小标题`);
    if (section.points) counts.push(`${section.points.length}个“一是”要点`);
    lines.push(`${indent}${sectionName(section)}：${counts.join('，')}`);
    for (const child of section.children)
      lines.push(`${indent}  ${sectionName(child)}：${paragraphsIn(doc, child)}段`);
  }
  return lines;
}

/** The check's report, one line per finding, in Chinese. */
export function formatStructureCheck(doc: ReportDocument, fileName: string): string {
  const out: string[] = [`结构检查：${fileName}`, ''];
  out.push('标题页');
  const meta = META_LABELS.filter(([key]) => doc.meta[key] !== undefined);
  if (meta.length === 0) out.push('  （没有识别出标题、日期或报告人）');
  for (const [key, label] of meta) {
    const value = doc.meta[key] ?? '';
    // A source line says 来源 itself (来源：某某日报, （来源：…）).
    out.push(key === 'source' && value.includes(label) ? `  ${value}` : `  ${label}：${value}`);
  }

  const outline = buildOutline(doc.blocks);
  const body = outline.filter((section) => section.kind !== 'appendix');
  const appendices = outline.filter((section) => section.kind === 'appendix');
  const parts = body.filter((section) => section.level === 1);
  const subParts = parts.reduce((n, part) => n + part.children.filter((c) => c.kind !== 'topic').length, 0);
  const paragraphs = body.reduce((n, section) => n + paragraphsIn(doc, section), 0);
  out.push('', `正文：${parts.length}个部分，${subParts}个分项，共${paragraphs}段`);
  out.push(...describeSections(doc, body, '  '));

  out.push('', appendices.length > 0 ? `附件：${appendices.length}个` : '附件：无');
  out.push(...describeSections(doc, appendices, '  '));

  const linked = doc.glossary.filter(
    (entry) => entry.occurrences.length > 0 || (entry.markers?.length ?? 0) > 0,
  );
  out.push(
    '',
    doc.glossary.length > 0
      ? `名词解释：${doc.glossary.length}条，其中${linked.length}条在正文中出现`
      : '名词解释：无',
  );
  const markers = doc.glossary.reduce((n, entry) => n + (entry.markers?.length ?? 0), 0);
  if (markers > 0) out.push(`  正文中的注释标记（如[1]）：${markers}处，已链接到词条，不作为正文文字`);
  const missing = doc.glossary.filter((entry) => !linked.includes(entry));
  if (missing.length > 0) out.push(`  正文中没有出现：${missing.map((entry) => entry.term).join('、')}`);

  const setAside = doc.setAside ?? [];
  out.push('', setAside.length > 0 ? `未收入正文的内容：${setAside.length}处` : '未收入正文的内容：无');
  const preview = (text: string): string => {
    const first = (text.split('\n')[0] ?? '').replace(/\s+/g, ' ');
    return first.length > 24 ? `${first.slice(0, 24)}…` : first;
  };
  for (const group of groupSetAside(setAside)) {
    const [first] = group.items;
    const last = group.items[group.items.length - 1];
    if (!first || !last) continue;
    if (group.items.length > 1) {
      out.push(
        `  ${group.reason}：${group.items.length}处（“${preview(first.text)}”…“${preview(last.text)}”）`,
      );
      continue;
    }
    const lines = first.text.split('\n').length;
    out.push(`  ${group.reason}：“${preview(first.text)}”${lines > 1 ? `等${lines}行` : ''}`);
  }

  const warnings = doc.warnings ?? [];
  out.push('', warnings.length > 0 ? `警告：${warnings.length}条` : '警告：无');
  for (const warning of warnings) out.push(`  ! ${warning.message}`);
  out.push(
    '',
    warnings.length > 0
      ? '结论：请对照原文核对以上警告，确认无误后再打包。'
      : '结论：没有发现可疑的结构，可以打包。',
  );
  return `${out.join('\n')}\n`;
}

/** Warnings shown once in the app when a report with doubtful structure is opened; undefined when there are none. */
export function structureNotice(doc: Pick<ReportDocument, 'warnings'>): string | undefined {
  const warnings = doc.warnings ?? [];
  if (warnings.length === 0) return undefined;
  const shown = warnings.slice(0, 3).map((warning) => warning.message);
  const more = warnings.length > shown.length ? '等' : '';
  return `这份报告的结构有${warnings.length}处可疑：${shown.join('；')}${more}。`;
}
