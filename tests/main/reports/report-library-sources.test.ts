/** The library with Word files, PDFs and pages: the original kept beside its extraction, reopened from it. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../core/report/model';
import type { ReportSource } from '../../../core/report/source';
import type { Result } from '../../../core/result';
import { ok } from '../../../core/result';
import { createReportLibrary, sourceFileNamesFor } from '../../../main/reports/report-library';
import { fakeParse } from '../fake-report';
import { tempDir } from '../temp-dir';
import { fixture, makeDocx, para, sample } from './sources/fixtures';

/** A stand-in for the structure rules: one block per paragraph, the id a hash of the paragraphs' text. */
let sourceParses = 0;
function fakeParseSource(source: ReportSource): Result<ReportDocument> {
  sourceParses++;
  const text = source.paragraphs.map((p) => p.text).join('\n\n');
  return ok({
    id: `r${createHash('sha256').update(text).digest('hex').slice(0, 12)}`,
    meta: { title: source.paragraphs[0]?.text ?? '' },
    blocks: source.paragraphs.map((p, i) => ({ id: `p${i + 1}`, type: 'paragraph' as const, text: p.text })),
    glossary: [],
    unexplainedTerms: [],
    source: { fileName: source.fileName, format: source.format },
  });
}

function setup() {
  const dir = tempDir();
  const bundledReportPath = path.join(dir, 'assets', 'zezhou-2022.txt');
  fs.mkdirSync(path.dirname(bundledReportPath));
  fs.writeFileSync(bundledReportPath, '政府工作报告\n内置报告正文。\n');
  const reportsDir = path.join(dir, 'userData', 'reports');
  const make = () =>
    createReportLibrary({
      reportsDir,
      bundledReportPath,
      parse: fakeParse,
      parseSource: fakeParseSource,
      log: () => undefined,
    });
  return { dir, reportsDir, bundledReportPath, make, library: make() };
}

const DOCX = makeDocx(
  para([['2025年示例市政府工作报告', true]]) + para([['各位代表：']]) + para([['现在报告工作。']]),
);

describe('a report from a Word file, PDF or page', () => {
  it('keeps the original byte for byte and its extraction, and reopens from the extraction alone', async () => {
    const { library, make, reportsDir, dir } = setup();
    const file = path.join(dir, '示例.docx');
    fs.writeFileSync(file, DOCX);
    const opened = await library.importFile(file);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value).toMatchObject({ fileName: '示例.docx', bundled: false });
    const names = sourceFileNamesFor(opened.value.report.id, 'docx');
    expect(new Uint8Array(fs.readFileSync(path.join(reportsDir, names.original)))).toEqual(DOCX);
    expect(fs.readdirSync(reportsDir).sort()).toEqual([names.original, names.source].sort());

    // The stick is gone, and so (to prove it is not read) is the kept original: the extraction is enough.
    fs.rmSync(file);
    fs.rmSync(path.join(reportsDir, names.original));
    const reopened = await make().openRecent(opened.value.report.id);
    expect(reopened.ok && reopened.value.report).toEqual(opened.value.report);
  });

  it('reopens a PDF without reading it again: one parse of the kept paragraphs, the same document', async () => {
    const { library, make } = setup();
    const opened = await library.importBytes('粤.pdf', sample('guangdong-2025.pdf'));
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.report.source?.format).toBe('pdf');
    expect(opened.value.report.source?.pageCount).toBe(56);
    expect(Object.keys(opened.value.report.source?.pages ?? {})).toHaveLength(
      opened.value.report.blocks.length,
    );
    sourceParses = 0;
    const reopened = await make().openRecent(opened.value.report.id);
    expect(reopened.ok && reopened.value.report).toEqual(opened.value.report);
    expect(sourceParses).toBe(1);
  });

  it('reads the kept original again when its extraction is damaged', async () => {
    const { library, make, reportsDir } = setup();
    const opened = await library.importBytes('页.mhtml', fixture('saved-page.mhtml'));
    if (!opened.ok) throw new Error(opened.error.message);
    const names = sourceFileNamesFor(opened.value.report.id, 'mhtml');
    const cache = path.join(reportsDir, names.source);
    fs.writeFileSync(cache, fs.readFileSync(cache, 'utf8').slice(0, 200));
    const reopened = await make().openRecent(opened.value.report.id);
    expect(reopened.ok && reopened.value.report.blocks).toEqual(opened.value.report.blocks);
  });

  it.each([
    ['旧.doc', () => fixture('old-word.doc')],
    ['加密.pdf', () => fixture('encrypted.pdf')],
    ['扫描.pdf', () => fixture('no-text-layer.pdf')],
    ['假.docx', () => fixture('running-header.pdf')],
    ['坏.docx', () => DOCX.subarray(0, DOCX.length - 30)],
  ])('refuses %s and writes nothing', async (name, bytes) => {
    const { library, reportsDir } = setup();
    const result = await library.importBytes(name, bytes());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(new RegExp(`^“${name.replace('.', '\\.')}”`));
    expect(fs.existsSync(reportsDir)).toBe(false);
  });

  it('forgets the original and its extraction', async () => {
    const { library, reportsDir } = setup();
    const opened = await library.importBytes('示例.docx', DOCX);
    if (!opened.ok) throw new Error(opened.error.message);
    expect((await library.forget(opened.value.report.id)).ok).toBe(true);
    expect(fs.readdirSync(reportsDir)).toEqual([]);
    expect(await library.openRecent(opened.value.report.id)).toMatchObject({
      ok: false,
      error: { code: 'report-missing' },
    });
  });

  it('ships a secretariat’s Word report as the default when bundled.json names it', async () => {
    const { make, bundledReportPath } = setup();
    const folder = path.dirname(bundledReportPath);
    fs.writeFileSync(path.join(folder, '示例.docx'), DOCX);
    fs.writeFileSync(path.join(folder, 'bundled.json'), JSON.stringify({ file: '示例.docx' }));
    const opened = await make().openBundled();
    expect(opened).toMatchObject({ ok: true, value: { fileName: '示例.docx', bundled: true } });
    // A manifest naming anything outside the folder is ignored.
    fs.writeFileSync(path.join(folder, 'bundled.json'), JSON.stringify({ file: '../elsewhere.docx' }));
    expect(await make().openBundled()).toMatchObject({ ok: true, value: { fileName: 'zezhou-2022.txt' } });
  });
});
