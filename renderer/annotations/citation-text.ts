/** The text a delegate pastes into a speech or a draft: the passage followed by its citation. */
import { citationLabel } from '../../core/report/ids';
import type { ReportDocument } from '../../core/report/model';
import type { BlockRange } from './selection';

/**
 * `quote（《title》第二部分（四）第2段）`, with the report's own title (政府工作报告 when it has none); for a report
 * read from a PDF, the original's page too, as the meeting room cites it: `…第2段，原文第5页）`.
 */
export function citationText(
  doc: Pick<ReportDocument, 'meta' | 'blocks'> & Partial<Pick<ReportDocument, 'source'>>,
  range: BlockRange,
): string {
  const block = doc.blocks.find((b) => b.id === range.blockId);
  const quote = block?.text.slice(range.start, range.end) ?? '';
  const page = doc.source?.pages?.[range.blockId];
  const where = `${citationLabel(range.blockId, 'zh-CN')}${page !== undefined ? `，原文第${page}页` : ''}`;
  return `${quote}（《${doc.meta.title ?? '政府工作报告'}》${where}）`;
}
