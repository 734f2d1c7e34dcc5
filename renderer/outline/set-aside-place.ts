/** Where a piece of set-aside text stood in the report, said the way the outline shows it (标题页, 第二部分第3段之后). */
import { citationLabel } from '../../core/report/ids';
import type { ReportDocument, SetAsideText } from '../../core/report/model';
import type { OutlineWords } from './outline-words';

/** The place a set-aside item stood, and the block to go to when it stood among the blocks. */
export interface SetAsidePlace {
  label: string;
  blockId?: string;
}

export function setAsidePlace(
  item: SetAsideText,
  doc: Pick<ReportDocument, 'blocks'>,
  words: OutlineWords,
  lang: 'zh-CN' | 'en',
): SetAsidePlace {
  const page = item.page !== undefined ? words.page(item.page) : '';
  const at = item.at;
  if (!at) return { label: `${words.end}${page}` };
  if (at.zone === 'front') return { label: `${words.titlePage}${page}` };
  if (at.zone === 'back') return { label: `${words.afterBack}${page}` };
  const block = doc.blocks[at.index - 1];
  if (!block) return { label: `${words.atStart}${page}` };
  return { label: `${words.after(citationLabel(block.id, lang))}${page}`, blockId: block.id };
}
