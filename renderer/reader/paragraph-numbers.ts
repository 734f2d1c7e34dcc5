/**
 * The paragraph number shown in the margin: the N of a citation's 第N段, read from the block id (core/report/ids.ts:
 * `p2-s3-2` is paragraph 2 of 第二部分（三）, `b5` paragraph 5 of a report without parts). Headings have none.
 */
import type { Block } from '../../core/report/model';
import type { Language } from '../../core/settings';

const PARAGRAPH = /(?:^b|-)(\d+)(?:_\d+)?$/;

export function paragraphNumber(block: Pick<Block, 'id' | 'type'>): number | undefined {
  if (block.type !== 'paragraph') return undefined;
  const match = PARAGRAPH.exec(block.id);
  return match ? Number(match[1]) : undefined;
}

/** 第2段 / ¶2: the same words the citation ends with. */
export function paragraphLabel(n: number, language: Language): string {
  return language === 'en' ? `¶${n}` : `第${n}段`;
}
