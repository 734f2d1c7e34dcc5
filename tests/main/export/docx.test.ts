import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDraftModel, buildNotesModel } from '../../../core/export/notes-model';
import type { ExportHeader } from '../../../core/export/sheet-text';
import { notesToDocx } from '../../../main/export/docx';
import { docxLines, xmlSafe } from '../../../main/export/docx-text';
import { doc, LABELS, note, sampleNotes } from '../../core/export/fixture';
import { HOSTILE_NOTE, INVALID_CHARS } from '../../core/export/hostile';

const header: ExportHeader = { authorName: '张代表', date: '2026-11-28', kind: 'notes' };

const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function parts(bytes: Promise<Uint8Array>): Promise<Record<string, string>> {
  const files = unzipSync(await bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** Well-formedness without an XML parser: balanced tags, valid characters, no stray markup characters in text. */
function expectWellFormed(xml: string): void {
  expect(xml).not.toMatch(INVALID_CHARS);
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const match of body.matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|>/g)) {
    const [whole, closing, name, , selfClosing] = match;
    if (name === undefined) throw new Error(`stray "${whole}" in XML`);
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name);
  }
  expect(stack).toEqual([]);
}

describe('notesToDocx', () => {
  const notes = sampleNotes();
  const study = parts(
    notesToDocx(buildNotesModel(doc, notes, { labels: LABELS, filter: { bookmarks: true } }), header),
  );

  it('is a Word package with A4 pages and official-document margins', async () => {
    const files = await study;
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    expect(files['word/document.xml']).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(files['word/document.xml']).toMatch(
      /<w:pgMar w:top="1440" w:right="1797" w:bottom="1440" w:left="1797"/,
    );
  });

  it('contains every live note, quote and citation, and no deleted note', async () => {
    const xml = (await study)['word/document.xml'] ?? '';
    for (const a of notes.filter((x) => x.deletedAt === undefined))
      for (const line of a.note.split('\n')) expect(xml).toContain(xmlText(line));
    for (const text of [
      '现在我代表县人',
      '坚持稳中求进',
      '已被删除的一句话',
      '第二部分（一）第1段',
      '7. 原位置：第一部分第1段',
    ])
      expect(xml).toContain(text);
    expect(xml).toContain('《2022年泽州县政府工作报告》学习笔记');
    expect(xml).toContain('标记：数据核对');
    expect(xml).not.toContain('已删除的批注');
    // A multi-line note is one paragraph per line.
    expect(xml).toMatch(/第一行<\/w:t><\/w:r><\/w:p><w:p>(?:(?!<\/w:p>).)*第二行/);
  });

  it('sets 仿宋 for the body, 黑体 for headings, 楷体 for quotes', async () => {
    const styles = (await study)['word/styles.xml'] ?? '';
    expect(styles).toMatch(/<w:docDefaults>.*w:eastAsia="仿宋"/s);
    expect(styles).toMatch(/w:styleId="Heading1".*?w:eastAsia="黑体"/s);
    expect(styles).toMatch(/w:styleId="Heading2".*?w:eastAsia="黑体"/s);
    expect(styles).toMatch(/w:styleId="Quote".*?w:eastAsia="楷体"/s);
    const xml = (await study)['word/document.xml'] ?? '';
    expect(xml).toContain('<w:pStyle w:val="Quote"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it('puts the report title in the header and 第 X 页 共 Y 页 in the footer', async () => {
    const files = await study;
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    const head = Object.entries(files).find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toMatch(
      /第 <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.*页 共 <\/w:t>.*NUMPAGES.*页<\/w:t>/s,
    );
    expect(head).toContain('2022年泽州县政府工作报告');
  });

  it('stays well-formed with a hostile note: invalid characters dropped, markup escaped', async () => {
    const hostile = note('p1-1', 0, 3, 'red', {
      note: HOSTILE_NOTE,
      tags: ['<w:t>', '\u0007'],
      author: { id: 'x', name: '</w:t>\u0000' },
    });
    const model = buildNotesModel(doc, [hostile], { labels: LABELS });
    model.report.title = '题\u0001目<x>';
    for (const kind of ['notes', 'draft'] as const) {
      const files = await parts(notesToDocx(model, { authorName: '名\u0002', date: '2026-11-28', kind }));
      for (const [name, content] of Object.entries(files))
        if (name.endsWith('.xml')) expectWellFormed(content);
      const xml = files['word/document.xml'] ?? '';
      expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(xml).not.toContain('<script>');
      expect(xml).toContain('控制字符孤立代理结束');
      expect(xml).toContain('题目&lt;x&gt;');
      expect(files['docProps/core.xml']).not.toMatch(INVALID_CHARS);
    }
  });

  it('writes the draft: title, delegate, category, quote, opinion, a placeholder for an empty one', async () => {
    const empty = note('p2-s2-1', 0, 5, 'green', { note: '' });
    const model = buildDraftModel(doc, [...notes, empty], { labels: LABELS });
    const xml = (await parts(notesToDocx(model, { ...header, kind: 'draft' })))['word/document.xml'] ?? '';
    expect(xml).toContain('关于《2022年泽州县政府工作报告》的审议意见（稿）');
    expect(xml).toContain('代表：张代表\u3000日期：2026-11-28');
    expect(xml).toContain('1. 【建议】第二部分第1段');
    expect(xml).toContain('“坚持稳中求进”');
    expect(xml).toContain('建议细化稳中求进的指标');
    expect(xml).toContain('（请填写）');
    expect(xml).toContain('代表（签名）：');
    expect(xml).not.toContain('核对增长率');
  });
});

describe('docx text', () => {
  it('drops XML-invalid characters and keeps surrogate pairs, tabs and line breaks', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000bd\u000ce\u001ff\ufffeg\uffffh\ud800i\udc00j')).toBe('abcdefghij');
    expect(xmlSafe('𠮷\t\n\r')).toBe('𠮷\t\n\r');
    expect(docxLines('一\r\n二\r三\n四\u2028五')).toEqual(['一', '二', '三', '四', '五']);
  });
});
