import { describe, expect, it } from 'vitest';
import { notesToMarkdown } from '../../../core/export/markdown';
import { escapeMarkdown, markdownQuote } from '../../../core/export/markdown-escape';
import { buildDraftModel, buildNotesModel } from '../../../core/export/notes-model';
import type { ExportHeader } from '../../../core/export/sheet-text';
import { doc, LABELS, note, sampleNotes } from './fixture';
import { HOSTILE_AUTHOR, HOSTILE_NOTE, HOSTILE_TAG, INVALID_CHARS } from './hostile';

const header: ExportHeader = { authorName: '张代表', date: '2026-11-28', kind: 'notes' };
const notes = sampleNotes();
const live = notes.filter((a) => a.deletedAt === undefined);

/** Every line of user text, escaped as the renderer must. */
const escapedLines = (text: string) => escapeMarkdown(text).split('  \n');

describe('notesToMarkdown (学习笔记)', () => {
  const md = notesToMarkdown(
    buildNotesModel(doc, notes, { labels: LABELS, filter: { bookmarks: true } }),
    header,
  );

  it('has the title, name, date and counts', () => {
    expect(md.startsWith('# 《2022年泽州县政府工作报告》学习笔记\n')).toBe(true);
    expect(md).toContain('姓名：张代表\u3000日期：2026-11-28');
    expect(md).toContain('共 7 条批注：重点 2，疑问 2，建议 1，数据核对 1，书签 1');
  });

  it('contains every live note, quote and citation, and no deleted note', () => {
    for (const line of live.flatMap((a) => escapedLines(a.note))) expect(md).toContain(line);
    for (const quote of [
      '现在我代表县人',
      '生产总值增长9.5%。',
      '坚持稳中求进',
      '转型的平台',
      '已被删除的一句话',
    ])
      expect(md).toContain(`> ${quote}`);
    for (const citation of [
      '开头第1段',
      '第一部分第1段',
      '第二部分第1段',
      '第二部分（一）第1段',
      '第二部分（二）第1段',
    ])
      expect(md).toContain(citation);
    expect(md).not.toContain('已删除的批注');
  });

  it('prints section headings, parts before their sub-parts, and the orphans last with an explanation', () => {
    const headings = md.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# 《2022年泽州县政府工作报告》学习笔记',
      '## 开头',
      '## 一、2021年工作回顾',
      '## 二、2022年总体要求和重点工作',
      '### （一）聚焦丹河新城',
      '### （二）聚焦产业转型',
      '## 未定位的批注',
    ]);
    const orphans = md.slice(md.indexOf('## 未定位的批注'));
    expect(orphans).toContain('找不到');
    expect(orphans).toContain('**7. 原位置：第一部分第1段**');
  });

  it('names the colour in text, the tags, and another member as author', () => {
    expect(md).toContain('**1. 开头第1段**  \n标记：重点\n');
    expect(md).toContain('标记：数据核对\u3000标签：数据');
    expect(md).toContain('标记：建议\u3000作者：李代表');
  });

  it('keeps the line breaks of a multi-line note', () => {
    expect(md).toContain('第一行  \n第二行');
  });

  it('a part with notes only in its sub-parts still gets its heading first', () => {
    const only = notesToMarkdown(buildNotesModel(doc, [note('p2-s2-1', 0, 2)], { labels: LABELS }), header);
    expect(only).toMatch(/## 二、2022年总体要求和重点工作\n\n### （二）聚焦产业转型/);
  });

  it('says so when no note is left', () => {
    expect(notesToMarkdown(buildNotesModel(doc, [], { labels: LABELS }), header)).toContain(
      '没有符合条件的批注。',
    );
  });
});

describe('notesToMarkdown escapes every user string', () => {
  const hostile = note('p1-1', 0, 3, 'red', {
    note: HOSTILE_NOTE,
    tags: [HOSTILE_TAG, '**'],
    author: { id: 'x', name: HOSTILE_AUTHOR },
  });
  const model = buildNotesModel(doc, [hostile], { labels: { ...LABELS, red: '[疑问](http://evil)' } });
  model.report.title = '# 标题 <b>';
  const outputs = [
    notesToMarkdown(model, { ...header, authorName: '<i>名</i>' }),
    notesToMarkdown(model, { ...header, authorName: '<i>名</i>', kind: 'draft' }),
  ];

  it.each(outputs.map((md, i) => [i === 0 ? 'study sheet' : 'draft', md]))(
    '%s: no structure from user text',
    (_, md) => {
      const lines = md.split('\n');
      // Only our own headings start with '#'; inside ours the hostile title's '#' means nothing, its tag is escaped.
      expect(lines.filter((line) => line.startsWith('#'))).toEqual([
        expect.stringMatching(/^# .*《# 标题 \\<b\\>》/),
        '## 一、2021年工作回顾',
      ]);
      // No live HTML, links, images, lists, quotes, code blocks or tables from the note.
      expect(md).not.toMatch(/(^|[^\\])</m);
      expect(md).not.toContain('<script>');
      // Every bracket construct opens with '[', so only '[' needs escaping.
      expect(md).not.toMatch(/(^|[^\\])\[/m);
      expect(md).not.toMatch(/^\s*(?:[-+*]|\d+[.)])\s/m);
      expect(md).not.toMatch(/^ {4}/m);
      expect(md).not.toMatch(/^\|/m);
      expect(md).not.toMatch(/^=+\s*$/m);
      expect(md).not.toMatch(/(^|[^\\])&/m);
      expect(md).not.toMatch(/(^|[^\\])\*\*粗/m);
      // Lines starting with '>' are our block quotes of report text, never the note's.
      expect(md).not.toMatch(/(^|[^\\])> 伪造/m);
      expect(md).toContain('\\> 伪造的引用');
      expect(md).toContain('1\\. 伪造的列表');
      expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    },
  );

  it('drops characters no file format should carry', () => {
    for (const md of outputs) expect(md).not.toMatch(INVALID_CHARS);
    expect(outputs[0]).toContain('控制字符孤立代理结束');
  });
});

describe('markdown escaping helpers', () => {
  it('escapes only at line start what only matters there, keeping figures and dates readable', () => {
    expect(escapeMarkdown('增长9.5%，2026-11-28')).toBe('增长9.5%，2026-11-28');
    expect(escapeMarkdown('- a\n+ b\n12. c\n=== d')).toBe('\\- a  \n\\+ b  \n12\\. c  \n\\=== d');
  });

  it('quotes every line, a blank one as a backslash break so the quote stays one paragraph', () => {
    expect(markdownQuote('一\n\n> 二')).toBe('> 一  \n> \\\n> \\> 二');
  });
});

describe('notesToMarkdown (审议意见稿)', () => {
  const md = notesToMarkdown(buildDraftModel(doc, notes, { labels: LABELS }), { ...header, kind: 'draft' });

  it('is titled as a draft opinion, with the delegate and date', () => {
    expect(md.startsWith('# 关于《2022年泽州县政府工作报告》的审议意见（稿）\n')).toBe(true);
    expect(md).toContain('代表：张代表\u3000日期：2026-11-28');
    expect(md).toContain('共 4 条：建议 2 条，疑问 2 条');
  });

  it('lists each 建议/疑问 with its citation, quote and opinion', () => {
    expect(md).toContain(
      '**1. 【建议】第二部分第1段**\n\n原文：“坚持稳中求进”\n\n意见：建议细化稳中求进的指标',
    );
    expect(md).toContain('**3. 【疑问】第二部分（二）第1段**');
    expect(md).toContain('**4. 【疑问】原位置：第一部分第1段**');
    expect(md).not.toContain('核对增长率');
    expect(md.trimEnd().endsWith('代表（签名）：')).toBe(true);
  });

  it('leaves a place to write an empty opinion', () => {
    const empty = note('p1-1', 0, 3, 'green', { note: '  ' });
    const draft = notesToMarkdown(buildDraftModel(doc, [empty], { labels: LABELS }), {
      ...header,
      kind: 'draft',
    });
    expect(draft).toContain('意见：（请填写）');
  });
});
