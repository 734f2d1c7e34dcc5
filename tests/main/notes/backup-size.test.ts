/**
 * A backup the app writes is one the app restores: one size policy for both directions. Notes up to the schema's
 * longest make a backup of over 50 MB; it must come back whole, and a pack too large for any policy is refused as
 * too large, never as "not a Yandu file".
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTE_MAX_LENGTH } from '../../../core/annotations/validate';
import { readPackFile } from '../../../main/exchange/pack-file';
import { fakeParse } from '../fake-report';
import { APP_EVENT, sampleAnnotation, startMain } from '../main-under-test';
import { value } from '../results';
import { tempDir } from '../temp-dir';

const TEXT = '政府工作报告（县）\n经济增长5%左右。\n第二段。\n';
const reportId = (fakeParse(TEXT) as { ok: true; value: { id: string } }).value.id;

describe('backups of any size', () => {
  it('restores a backup of notes at the longest the schema allows (over 50 MB)', async () => {
    const dir = tempDir();
    const main = startMain(dir);
    value(await main.handlers.importReportText(APP_EVENT, { fileName: 'x.txt', text: TEXT }));
    const long = '长'.repeat(NOTE_MAX_LENGTH);
    for (let i = 0; i < 9; i++) {
      const annotation = sampleAnnotation(reportId, i, { note: `${i}${long}`.slice(0, NOTE_MAX_LENGTH) });
      value(await main.handlers.saveAnnotation(APP_EVENT, { annotation }));
    }
    const file = path.join(dir, 'backup.yandu.json');
    main.saveDialogAnswers.push(file);
    value(await main.handlers.exportAnnotations(APP_EVENT, { reportId, format: 'pack' }));
    expect(fs.statSync(file).size).toBeGreaterThan(50 * 1024 * 1024);

    value(await main.handlers.deleteAnnotation(APP_EVENT, { reportId, id: 'a-3' }));
    main.dialogAnswers.push([file]);
    const preview = value(await main.handlers.previewRestore(APP_EVENT, { reportId }));
    expect(preview).toMatchObject({ total: 9, added: 1, unchanged: 8 });
    const restored = value(
      await main.handlers.applyRestore(APP_EVENT, { reportId, token: preview?.token ?? '' }),
    );
    expect(restored.annotations).toHaveLength(9);
    expect(restored.annotations.every((a) => a.note.length === NOTE_MAX_LENGTH)).toBe(true);
    await main.annotations.closeAll();
  }, 120_000);

  it('calls a large file in another layout too large, naming the size, not "not a Yandu file"', async () => {
    const file = path.join(tempDir(), 'big.yandu.json');
    const pack = {
      format: 'yandu.annotations',
      version: 1,
      report: { id: 'r', title: 't' },
      exportedBy: { id: 'u', name: 'n' },
      exportedAt: '2024-03-01T00:00:00.000Z',
      annotations: [sampleAnnotation('r', 1, { note: 'x'.repeat(NOTE_MAX_LENGTH) })],
    };
    // Pretty-printed and padded past what is read as one text: not the layout the app writes line by line.
    fs.writeFileSync(file, JSON.stringify(pack, null, 2).replace('{', `{${' '.repeat(70 * 1024 * 1024)}`));
    const result = await readPackFile(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('file-too-large');
      expect(result.error.message).toMatch(/过大/);
      expect(result.error.message).not.toMatch(/不是研读的批注文件/);
    }
  });
});
