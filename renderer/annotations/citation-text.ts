/** The text a delegate pastes into a speech or a draft: the passage followed by its citation. */
import { citationLabel } from '../../core/report/ids';
import type { ReportDocument } from '../../core/report/model';
import type { BlockRange } from './selection';

/** `quote（《title》第二部分（四）第2段）`, with the report's own title (政府工作报告 when it has none). */
export function citationText(doc: Pick<ReportDocument, 'meta' | 'blocks'>, range: BlockRange): string {
  const block = doc.blocks.find((b) => b.id === range.blockId);
  const quote = block?.text.slice(range.start, range.end) ?? '';
  return `${quote}（《${doc.meta.title ?? '政府工作报告'}》${citationLabel(range.blockId, 'zh-CN')}）`;
}
