/**
 * A set document's Markdown stays inert as the notes exports do (markdown-inert.test.ts): whatever a note, quote,
 * name or subject holds, the file renders in CommonMark, GFM and markdown-it to the same tags as with a harmless
 * stand-in, and shows the words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../../core/export/paper';
import { paperToMarkdown } from '../../../core/export/paper-markdown';
import { buildSpeakingOutline } from '../../../core/export/outline-model';
import { buildSuggestionDraft } from '../../../core/export/suggestion-model';
import { stripInvalidChars } from '../../../core/export/plain-text';
import { textLines } from '../../../core/export/sheet-text';
import { doc, LABELS, note } from './fixture';
import { HOSTILE_AUTHOR, HOSTILE_NOTE } from './hostile';
import { hostileString } from './markdown-inert-check';
import { htmlShape, RENDERERS } from './markdown-renderers';

/** Every kind of block, every string in it the same user value. */
function paperWith(value: string): Paper {
  return {
    kind: 'test',
    title: `关于${value}的建议`,
    meta: [value, `起草人：${value}`],
    running: value,
    blocks: [
      { type: 'heading', text: `一、${value}` },
      { type: 'paragraph', text: value },
      { type: 'point', number: '1．', text: value, source: `（${value}）` },
      { type: 'quote', text: value, source: `报告${value}` },
      { type: 'fill', text: `（${value}）`, lines: 2 },
      { type: 'remark', text: value },
      { type: 'table', columns: ['位置', value], rows: [[value, `甲${value}`]] },
      { type: 'sign', lines: [`领衔代表：${value}`] },
    ],
  };
}

/** A harmless stand-in with the same lines: a note's line breaks are kept (as <br>), nothing else of it is structure. */
const standIn = (value: string): string =>
  textLines(value)
    .map((line) => (stripInvalidChars(line).trim() === '' ? '' : '甲'))
    .join('\n');

const tagsOf = (markdown: string) => RENDERERS.map((renderer) => htmlShape(renderer.render(markdown)).tags);

describe('paperToMarkdown', () => {
  it('renders every block with the same structure whatever the user text holds', () => {
    const same = (value: string) =>
      expect(tagsOf(paperToMarkdown(paperWith(value)))).toEqual(
        tagsOf(paperToMarkdown(paperWith(standIn(value)))),
      );
    for (const value of [HOSTILE_NOTE, HOSTILE_AUTHOR, '| a | b |', 'a|b', '<b>x</b>', '1. 列表'])
      same(value);
    fc.assert(
      fc.property(
        hostileString.filter((value) => value.trim() !== ''),
        (value) => {
          same(value);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('writes the outline and the suggestion as a clerk reads them in a plain editor', () => {
    const signer = { authorName: '张代表', date: '2026-11-28' };
    const notes = [
      note('p1-1', 18, 29, 'blue', { note: '核对增长率' }),
      note('p1-1', 0, 4, 'green', { note: '建议公布分项数据' }),
    ];
    const outline = paperToMarkdown(
      buildSpeakingOutline({ doc, annotations: notes, labels: LABELS, signer }).paper,
    );
    expect(outline).toBe(
      [
        '# 审议《2022年泽州县政府工作报告》发言提纲',
        '',
        '代表：张代表\u3000日期：2026-11-28',
        '',
        '## 一、总体评价',
        '',
        `（请填写对报告的总体评价）  \n${'＿'.repeat(30)}  \n${'＿'.repeat(30)}  \n${'＿'.repeat(30)}`,
        '',
        '## 二、几点建议',
        '',
        '**1．** 建议公布分项数据  \n（第一部分第1段：“这一年，”）',
        '',
      ].join('\n'),
    );
    const suggestion = paperToMarkdown(
      buildSuggestionDraft({ doc, annotations: notes, labels: LABELS, signer }).paper,
    );
    expect(suggestion).toContain(
      '## 一、基本情况\n\n> “这一年，经济运行交出了高分报表，地区生产总值增长9.5%。”（报告第一部分第1段；涉及数据：9.5%）\n',
    );
    expect(suggestion).toContain(
      '## 二、问题分析\n\n**1．** 核对增长率  \n（第一部分第1段：“生产总值增长9.5%。”）\n',
    );
    expect(suggestion).toMatch(/领衔代表：＿+ {2}\n附议代表：＿+\u3000＿+ {2}\n＿+\u3000＿+\n$/);
  });
});
