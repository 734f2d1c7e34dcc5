import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../core/report/parse';
import { APP_EVENT, startMain } from '../main-under-test';
import { value } from '../results';
import { tempDir } from '../temp-dir';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/reports');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');

describe('opening a report whose structure looks doubtful', () => {
  it('shows the structure warnings once, with the session that opens it', async () => {
    const main = startMain(tempDir(), { parse: parseReport });
    const session = value(
      await main.handlers.importReportText(APP_EVENT, {
        fileName: 'x.txt',
        text: read('doubtful-structure'),
      }),
    );
    expect(session.notice).toMatch(/^这份报告的结构有4处可疑：找到“名词解释”标题，但没有识别出词条；/);
  });

  it('says nothing about a report whose structure is sound', async () => {
    const main = startMain(tempDir(), { parse: parseReport });
    const session = value(
      await main.handlers.importReportText(APP_EVENT, {
        fileName: 'y.txt',
        text: read('appendix-items-glossary'),
      }),
    );
    expect(session.notice).toBeUndefined();
  });
});
