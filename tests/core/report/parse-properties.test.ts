import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../../core/report/document-text';
import type { ReportDocument } from '../../../core/report/model';
import { parseReport } from '../../../core/report/parse';
import { fixtureNames, readBundled, readFixture, stripMarkupForComparison, visible } from './report-fixtures';

/** Structural promises every parse keeps, whatever the input. */
function expectWellFormed(doc: ReportDocument): void {
  const ids = doc.blocks.map((block) => block.id);
  expect(new Set(ids).size).toBe(ids.length);
  const byId = new Map(doc.blocks.map((block) => [block.id, block]));
  for (const block of doc.blocks) {
    expect(block.text.trim()).not.toBe('');
    if (block.type === 'paragraph' && block.lead !== undefined)
      expect(block.text.startsWith(block.lead)).toBe(true);
    for (const mark of block.marks ?? []) {
      expect(mark.start).toBeLessThan(mark.end);
      expect(mark.end).toBeLessThanOrEqual(block.text.length);
    }
  }
  const taken = new Map<string, [number, number][]>();
  for (const entry of doc.glossary) {
    for (const range of entry.occurrences) {
      const text = byId.get(range.blockId)?.text ?? '';
      expect(range.end).toBeLessThanOrEqual(text.length);
      const spans = taken.get(range.blockId) ?? [];
      expect(spans.some(([s, e]) => range.start < e && s < range.end)).toBe(false);
      spans.push([range.start, range.end]);
      taken.set(range.blockId, spans);
    }
  }
  for (const term of doc.unexplainedTerms) {
    for (const range of term.occurrences) {
      expect((byId.get(range.blockId)?.text ?? '').slice(range.start, range.end)).toBe(term.term);
    }
  }
}

/** The parser may refuse input, but only as "not a report": a parse-failed error means it threw inside. */
function expectNoCrash(text: string): ReportDocument | null {
  const result = parseReport(text);
  if (!result.ok) {
    expect(result.error.code).toBe('not-a-report');
    expect(result.error.message).toMatch(/^[^\n]*[\u4e00-\u9fff][^\n]*$/);
    return null;
  }
  expectWellFormed(result.value);
  return result.value;
}

const expectFaithful = (text: string, doc: ReportDocument): void => {
  expect(visible(documentText(doc))).toBe(visible(stripMarkupForComparison(text)));
};

// Pieces that reach every branch of the parser: headings in and out of sequence, header and footer lines,
// glossary headings and entries, page breaks, indents, sentence ends.
const PIECES = [
  '\n',
  '\n\n',
  '\n\n',
  '　　',
  '  ',
  '。',
  '，',
  '：',
  '；',
  '、',
  '！',
  '“',
  '”',
  '《',
  '》',
  '（',
  '）',
  '一、',
  '二、',
  '三、',
  '十一、',
  '（一）',
  '（二）',
  '(三)',
  '四、五、',
  '各位代表：',
  '政府工作报告',
  '内部资料',
  'XX县七届人大三次会议文件(19)',
  '——2022年4月26日在XX县第七届',
  '人民代表大会第三次会议上',
  '县长 张军',
  '附件',
  '名词解释',
  '《政府工作报告》名词解释',
  '1. ',
  '2. ',
  '[1]',
  '（1）',
  '1、',
  '大会秘书处',
  '2022年4月25日印发',
  '共印 950 份',
  '（来源：新华社）',
  '完善城市功能。',
  '推动经济高质量发展',
  '能耗“双控”',
  '双控制度',
  '“放管服”',
  '全县',
  '66%的煤矿',
  'PM2.5',
  'abc',
  '12',
  '\u3000',
  '\uFFFD',
  '\u0000',
  '…',
];
const MARKUP_PIECES = ['**', '_{', '^{', '}', '**要求**', 'PM_{2.5}'];

const soup = (pieces: readonly string[]): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((parts) => parts.join(''));

/** Spans a line break must not be inserted into: markup belongs to one line in the texts we mutate. */
function protectedSpans(text: string): [number, number][] {
  return [...text.matchAll(/\*\*[\s\S]*?\*\*|[_^]\{[^{}\n]{1,16}\}/g)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
}

type Mutation = { kind: 'break' | 'blank' | 'drop'; at: number };

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const { kind, at } of mutations) {
    if (kind === 'drop') {
      const lines = out.split('\n');
      lines.splice(at % lines.length, 1);
      out = lines.join('\n');
      continue;
    }
    let position = at % (out.length + 1);
    for (const [start, end] of protectedSpans(out)) if (position > start && position < end) position = end;
    out = `${out.slice(0, position)}${kind === 'break' ? '\n' : '\n\n'}${out.slice(position)}`;
  }
  return out;
}

const mutations = fc.array(
  fc.record({ kind: fc.constantFrom('break' as const, 'blank' as const, 'drop' as const), at: fc.nat() }),
  { maxLength: 20 },
);

describe('parseReport properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectNoCrash(text);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on report-like soup, and keeps every visible character when it has no markup', () => {
    fc.assert(
      fc.property(soup(PIECES), (text) => {
        const doc = expectNoCrash(text);
        if (doc) expectFaithful(text, doc);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on report-like soup with markup', () => {
    fc.assert(
      fc.property(soup([...PIECES, ...MARKUP_PIECES]), (text) => {
        expectNoCrash(text);
      }),
      { numRuns: 300 },
    );
  });

  const sources = [
    { name: 'bundled', text: readBundled() },
    ...fixtureNames().map((name) => ({ name, text: readFixture(name) })),
  ];

  it.each(sources)(
    'keeps every visible character of $name under random line breaks, blank lines and dropped lines',
    ({ text }) => {
      fc.assert(
        fc.property(mutations, (changes) => {
          const mutated = mutate(text, changes);
          const doc = expectNoCrash(mutated);
          if (doc) expectFaithful(mutated, doc);
        }),
        { numRuns: 60 },
      );
    },
  );

  it('still finds the structure of the bundled report when blank lines are added between lines', () => {
    const text = readBundled().replace(/\n/g, '\n\n');
    const result = parseReport(text);
    expect(result.ok && result.value.blocks.filter((b) => b.type === 'heading')).toHaveLength(11);
  });
});
