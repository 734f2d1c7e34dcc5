/**
 * Exports stay inert: whatever a user string holds, the Markdown export renders, in CommonMark, GFM (marked) and
 * markdown-it (linkify, raw HTML on), to the same tags as with harmless stand-ins, and shows the string as written
 * (up to the whitespace rules in markdown-slots.ts). No link, heading, list, quote, code, table, emphasis, break or
 * raw HTML can come from a note, tag, name, quote or title.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notesToMarkdown } from '../../../core/export/markdown';
import { escapeMarkdown, escapeMarkdownLine } from '../../../core/export/markdown-escape';
import { buildDraftModel, buildNotesModel } from '../../../core/export/notes-model';
import { doc, LABELS, note } from './fixture';
import { HOSTILE_AUTHOR, HOSTILE_NOTE, HOSTILE_TAG } from './hostile';
import { differences, hostileString } from './markdown-inert-check';
import type { SlotValues } from './markdown-slots';
import { everywhere, SLOT_NAMES } from './markdown-slots';

/** Strings that broke some renderer in some slot at one time or another. */
const KNOWN_BAD = [
  HOSTILE_NOTE,
  HOSTILE_TAG,
  HOSTILE_AUTHOR,
  'https://a.cn/x',
  '见 https://www.gov.cn/zhengce 全文',
  'http://localhost:8080/',
  'www.gov.cn',
  '政府网站gov.cn',
  '例子.cn',
  'a@b.cn',
  '邮箱：zhangsan@example.com。',
  'mailto:a@b',
  'ftp://a.b/c',
  '//a.b/c',
  '<https://x.cn>',
  '<a@b.cn>',
  '[x](https://evil.cn)',
  '![x](y.png)',
  '[x]: https://evil.cn\n[x]',
  '[^1]\n\n[^1]: 脚注',
  '<!-- 注释 -->',
  '<div>\n块\n</div>',
  '&amp; &#x41; &#65; &copy;',
  '# 标题\n## 二级',
  '标题\n===',
  '标题\n---',
  '> 引用\n> 二',
  '- a\n+ b\n* c\n1. d\n2) e',
  '    缩进\n\t制表',
  '```\n代码\n```',
  '~~~\n代码\n~~~',
  '`代码`',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'a | b\n- | -',
  'a\n:-',
  '***\n___\n- - -',
  '~~删~~ ~删~',
  '**粗** __粗__ *斜* _斜_',
  '行尾两个空格  \n下一行',
  '行尾反斜杠\\\n下一行',
  '第一行\n\n\n第四行',
  '\n\n开头空行',
  'CR\rCRLF\r\nLS\u2028PS\u2029完',
  '空\u0000字符\u0001',
  '　　各位代表：',
  '标题\u3000',
  '增长15.4%，432.7亿元，2026-11-28',
  '３～５年 ＃标题 ［链接］（网址）',
  // A # before any JavaScript whitespace opens a heading in marked, U+3000 and U+FEFF too.
  '#\u3000标题',
  '#\ufeff#',
  '#话题 R&D 数据_核对 &amp; _斜_',
];

describe('the Markdown export stays inert in CommonMark, GFM and markdown-it', () => {
  it.each(KNOWN_BAD.map((s) => [JSON.stringify(s).slice(0, 40), s]))(
    'known bad string %s, in every slot',
    (_, s) => {
      expect(differences(everywhere(s))).toEqual([]);
    },
  );

  it('any mix of hostile fragments, the same string in every slot', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        expect(differences(everywhere(s))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('any mix of hostile fragments, a different string in each slot', () => {
    const values = fc.record(
      Object.fromEntries(SLOT_NAMES.map((slot) => [slot, hostileString])) as Record<
        keyof SlotValues,
        fc.Arbitrary<string>
      >,
    );
    fc.assert(
      fc.property(values, (v) => {
        expect(differences(v)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the escaped source stays readable', () => {
  it('leaves figures, dates, parentheses, pipes and a mid-line # as they are', () => {
    for (const text of [
      '增长15.4%，432.7亿元，PM2.5，2026-11-28',
      '(一) 注意! a|b 第#3号 “引号” 1]',
      '12.5%的增长',
      '丹河新城：产城融合',
    ])
      expect(escapeMarkdownLine(text)).toBe(text);
  });

  it('escapes # only where it opens a heading, & only where it opens an entity, _ only where it can emphasise', () => {
    for (const text of ['#话题 #标签', 'R&D，研发&应用', '数据_核对，snake_case', '第1.2.3条'])
      expect(escapeMarkdownLine(text)).toBe(text);
    expect(escapeMarkdownLine('# 标题')).toBe('\\# 标题');
    expect(escapeMarkdownLine('&amp; &#65;')).toBe('\\&amp; \\&#65;');
    expect(escapeMarkdownLine('_斜_ 与 __粗__')).toBe('\\_斜\\_ 与 \\_\\_粗\\_\\_');
  });

  it('prints our own numbered headings as written: **1. 开头第1段**, not 1\\.', () => {
    const md = notesToMarkdown(
      buildNotesModel(doc, [note('p0-1', 5, 12, 'yellow', { note: '' })], { labels: LABELS }),
      { authorName: '张代表', date: '2026-11-28', kind: 'notes' },
    );
    expect(md).toContain('**1. 开头第1段**');
    const draft = notesToMarkdown(
      buildDraftModel(doc, [note('p0-1', 5, 12, 'green', { note: '' })], { labels: LABELS }),
      { authorName: '张代表', date: '2026-11-28', kind: 'draft' },
    );
    expect(draft).toContain('**1. 【建议】开头第1段**');
  });

  it('escapes a link only where a renderer would find one', () => {
    expect(escapeMarkdownLine('见 https://www.gov.cn/zhengce')).toBe('见 https:\\//www\\.gov\\.cn/zhengce');
    expect(escapeMarkdownLine('a@b.cn')).toBe('a\\@b\\.cn');
    expect(escapeMarkdownLine('www.15.4')).toBe('www\\.15.4');
  });

  it('makes one line of a field, and keeps a note’s lines, blank ones as a backslash break', () => {
    expect(escapeMarkdownLine(' 张三 \r\n 李四\u2028 ')).toBe('张三 李四');
    expect(escapeMarkdown('\n一\n\n  - 二  \n\n')).toBe('一  \n\\\n\\- 二');
  });
});
