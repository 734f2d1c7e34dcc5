import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_FILE_MAX_BYTES } from '../../core/contract';
import { parseReport } from '../../core/report/parse';
import { APP_EVENT, startMain } from './main-under-test';
import { tempDir } from './temp-dir';
import { value } from './results';

// A file dropped on the window reaches main as bytes, and main decodes them with the decoder File → Open uses.
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/encodings');
const bytesOf = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

/** The same file opened both ways: dropped (bytes) and chosen in File → Open (a path). */
async function dropAndOpen(name: string) {
  const main = startMain(tempDir(), { parse: parseReport });
  const dropped = await main.handlers.importReportText(APP_EVENT, { fileName: name, bytes: bytesOf(name) });
  main.dialogAnswers.push([path.join(FIXTURES, name)]);
  const opened = await main.handlers.chooseReportFile(APP_EVENT);
  return { dropped, opened };
}

describe('importReportText with a dropped file’s bytes', () => {
  it.each(['report.gb18030.txt', 'report-traditional.big5.txt', 'report-japanese.shift_jis.txt'])(
    'opens %s exactly as File → Open does, in its own encoding',
    async (name) => {
      const { dropped, opened } = await dropAndOpen(name);
      const droppedSession = value(dropped);
      expect(droppedSession).toMatchObject({ fileName: name, bundled: false });
      expect(droppedSession.report).toEqual(value(opened)?.report);
      const source = name.replace(/\.[^.]+\.txt$/, '.utf8.txt');
      expect(droppedSession.report).toEqual(
        value(parseReport(fs.readFileSync(path.join(FIXTURES, source), 'utf8'))),
      );
    },
  );

  it.each(['korean.euc-kr.txt'])(
    'refuses %s with the message File → Open gives, naming the encoding',
    async (name) => {
      const { dropped, opened } = await dropAndOpen(name);
      expect(dropped).toEqual({
        ok: false,
        error: { code: 'unsupported-encoding', message: expect.stringContaining('EUC-KR') },
      });
      expect(dropped).toEqual(opened);
    },
  );

  it('says a file over the cap is too large (the renderer sends at most cap + 1 bytes)', async () => {
    const main = startMain(tempDir(), { parse: parseReport });
    const bytes = new Uint8Array(REPORT_FILE_MAX_BYTES + 1).fill(0x61);
    expect(await main.handlers.importReportText(APP_EVENT, { fileName: 'big.txt', bytes })).toEqual({
      ok: false,
      error: { code: 'file-too-large', message: '“big.txt”超过 60 MB 的上限，无法作为报告打开。' },
    });
  });

  it('refuses bytes that are not a Uint8Array, or more than cap + 1 of them, as an invalid argument', async () => {
    const main = startMain(tempDir(), { parse: parseReport });
    for (const bytes of [[0x61, 0x62], 'ab', new Uint16Array(4), new Uint8Array(REPORT_FILE_MAX_BYTES + 2)])
      expect(await main.handlers.importReportText(APP_EVENT, { fileName: 'a.txt', bytes })).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    expect(
      await main.handlers.importReportText(APP_EVENT, {
        fileName: 'a.txt',
        bytes: new Uint8Array(2),
        text: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
