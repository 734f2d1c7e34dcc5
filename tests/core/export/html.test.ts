import { describe, expect, it } from 'vitest';
import { escapeHtml, notesToHtml } from '../../../core/export/html';
import { buildDraftModel, buildNotesModel } from '../../../core/export/notes-model';
import type { ExportHeader } from '../../../core/export/sheet-text';
import { doc, LABELS, note, sampleNotes } from './fixture';
import { HOSTILE_AUTHOR, HOSTILE_NOTE, HOSTILE_TAG, INVALID_CHARS } from './hostile';

const header: ExportHeader = { authorName: '张代表', date: '2026-11-28', kind: 'notes' };
const notes = sampleNotes();

describe('notesToHtml', () => {
  const html = notesToHtml(
    buildNotesModel(doc, notes, { labels: LABELS, filter: { bookmarks: true } }),
    header,
  );

  it('is a standalone UTF-8 zh-CN page that forbids scripts, laid out for A4', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(html).toContain('@page { size: A4; margin: 18mm 16mm; }');
    expect(html).toContain('"Noto Serif CJK SC", "Source Han Serif SC", SimSun, serif');
    expect(html).toContain('<title>《2022年泽州县政府工作报告》学习笔记</title>');
    expect(html).not.toMatch(/<script|<link|<img|https?:/i);
  });

  it('contains every live note, quote and citation, and no deleted note', () => {
    for (const a of notes.filter((x) => x.deletedAt === undefined)) {
      for (const line of a.note.split('\n')) expect(html).toContain(line);
    }
    expect(html).toContain('第一行<br>第二行');
    for (const quote of [
      '现在我代表县人',
      '生产总值增长9.5%。',
      '坚持稳中求进',
      '转型的平台',
      '已被删除的一句话',
    ])
      expect(html).toContain(`<blockquote>${quote}</blockquote>`);
    expect(html).toContain('<p class="cite">7. 原位置：第一部分第1段</p>');
    expect(html).not.toContain('已删除的批注');
    expect(html).toContain('<h2>未定位的批注</h2>');
    expect(html).toContain('<h3>（一）聚焦丹河新城</h3>');
  });

  it('names each colour in text and gives each a distinct border pattern for black-and-white print', () => {
    expect(html).toContain('标记：数据核对');
    const patterns = ['yellow', 'red', 'green', 'blue', 'purple'].map(
      (key) => new RegExp(`\\.c-${key} \\{ border-left: (\\d+px \\w+)`).exec(html)?.[1],
    );
    expect(new Set(patterns).size).toBe(5);
    expect(patterns).not.toContain(undefined);
    expect(html).toContain('<article class="note c-blue"');
  });

  it('escapes every user string: note, tags, author, labels, title, name', () => {
    const hostile = note('p1-1', 0, 3, 'red', {
      note: HOSTILE_NOTE,
      tags: [HOSTILE_TAG],
      author: { id: 'x', name: `${HOSTILE_AUTHOR}"'` },
    });
    const model = buildNotesModel(doc, [hostile], { labels: { ...LABELS, red: '<b>疑问</b>' } });
    model.report.title = '</title><script>alert(1)</script>';
    for (const kind of ['notes', 'draft'] as const) {
      const page = notesToHtml(model, { authorName: '<i>名</i>', date: '2026-11-28', kind });
      const body = page.slice(page.indexOf('</style>'));
      expect(body).not.toMatch(
        /<(?!\/?(?:p|h1|h2|h3|article|blockquote|br|body|html|head|style)\b|\/style>)/,
      );
      expect(page).not.toContain('<script>');
      expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page).not.toMatch(INVALID_CHARS);
      if (kind === 'notes') {
        expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(page).toContain('张[三](http://evil)&quot;&#39;');
        expect(page).toContain('标记：&lt;b&gt;疑问&lt;/b&gt;');
      }
      expect(page).toContain('&lt;i&gt;名&lt;/i&gt;');
    }
  });

  it('escapeHtml covers & < > " \'', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('renders the draft with category, quote and opinion, and a signature line', () => {
    const draft = notesToHtml(buildDraftModel(doc, notes, { labels: LABELS }), { ...header, kind: 'draft' });
    expect(draft).toContain('<h1>关于《2022年泽州县政府工作报告》的审议意见（稿）</h1>');
    expect(draft).toContain('1. 【建议】第二部分第1段');
    expect(draft).toContain('原文：“坚持稳中求进”');
    expect(draft).toContain('意见：建议细化稳中求进的指标');
    expect(draft).toContain('代表（签名）：');
    expect(draft).not.toContain('核对增长率');
  });
});
