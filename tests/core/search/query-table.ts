/**
 * The search query table of issue 4 over the bundled report, shared by the unit test and the benchmark, and
 * an independent literal scan (whole-string NFKC, lower case, quotes removed) to check recall against.
 */
import { readFileSync } from 'node:fs';
import type { Block, ReportDocument } from '../../../core/report/model';
import { parseReport } from '../../../core/report/parse';

export interface QueryCase {
  query: string;
  /** Blocks that must be among the literal hits (spot checks; the full set is checked against the scan). */
  blocks: string[];
  /** Glossary entries that must be among the literal hits. */
  glossary?: string[];
}

export const QUERY_TABLE: QueryCase[] = [
  { query: '煤', blocks: ['p1-3', 'p1-7', 'p2-s2-2', 'p2-s2-4', 'p2-s4-2', 'p2-s6-2', 'p2-s6-4', 'p2-s7-3'] },
  { query: '人', blocks: ['p0-2', 'p1-1', 'p2-s8-1', 'p3-6'] },
  { query: '无', blocks: ['p2-s4-2', 'p2-s4-3', 'p2-s8-7'], glossary: ['g6'] },
  { query: '煤炭', blocks: ['p2-s2-2', 'p2-s6-4'] },
  { query: '丹河新城', blocks: ['p1-4', 'p2-s1', 'p2-s1-1', 'p2-s1-3', 'p2-s1-4', 'p2-s2-3'] },
  { query: '晋钢智造科技产业园', blocks: ['p1-3', 'p2-s2-4'] },
  { query: '432.7', blocks: ['p1-2'] },
  { query: '15.4%', blocks: ['p1-2'] },
  { query: '5.86亿斤', blocks: ['p1-6'] },
  { query: '“双减”', blocks: ['p2-s8-3'], glossary: ['g9'] },
  { query: '双减', blocks: ['p2-s8-3'], glossary: ['g9'] },
  { query: 'PM2.5', blocks: ['p1-7', 'p2-s6-2'] },
  { query: 'pm2.5', blocks: ['p1-7', 'p2-s6-2'] },
  { query: '5G基站', blocks: ['p2-s2-3'] },
  { query: 'VOCs', blocks: ['p2-s6-2'] },
  { query: '５Ｇ', blocks: ['p2-s2-3'] },
  { query: 'O3', blocks: ['p2-s6-2'] },
  // The source has 第一 and 方阵 on two sides of a page break; the parser joins them.
  { query: '第一方阵', blocks: ['p1-2', 'p1-5'] },
  { query: '煤炭 智能化', blocks: ['p2-s2-2'] },
  { query: '国企改革“32字”要求', blocks: [], glossary: ['g5'] },
  { query: '“32字”改革要求', blocks: ['p2-s4-2'] },
  { query: '~', blocks: [] },
  { query: 'field:', blocks: [] },
];

/** The bundled report, parsed by the real parser. */
export function bundledReport(): ReportDocument {
  const parsed = parseReport(
    readFileSync(new URL('../../../assets/reports/zezhou-2022.txt', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** The report with its blocks repeated `times` times under new ids (for the 100× benchmark). */
export function scaledReport(doc: ReportDocument, times: number): ReportDocument {
  const blocks: Block[] = [];
  for (let copy = 0; copy < times; copy++) {
    for (const block of doc.blocks)
      blocks.push({ ...block, id: copy === 0 ? block.id : `${block.id}~${copy}` });
  }
  return { ...doc, id: `${doc.id}x${times}`, blocks };
}

const fold = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cf}“”‘’"'「」『』《》〈〉﹁﹂﹃﹄〝〞〟]/gu, '')
    .replace(/\s+/gu, ' ');

/** A scanner returning the ids of the blocks that contain every word of a query, by a plain scan. */
export function literalScanner(blocks: readonly Block[]): (query: string) => string[] {
  const folded = blocks.map((b) => ({ id: b.id, text: fold(b.text).replaceAll(' ', '') }));
  return (query) => {
    const words = fold(query)
      .split(' ')
      .filter((w) => w.length > 0);
    if (words.length === 0) return [];
    return folded.filter((b) => words.every((w) => b.text.includes(w))).map((b) => b.id);
  };
}
