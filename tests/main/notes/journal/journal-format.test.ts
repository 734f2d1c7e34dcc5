/** The line and file formats: checksums catch any change, decoding keeps every line that verifies. */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seal, unseal } from '../../../../main/notes/journal/checksum';
import { decodeJournal, encodeEntry, encodeHeader } from '../../../../main/notes/journal/journal-format';
import { nodeFs } from '../../../../main/notes/journal/fs-seam';
import { checkSnapshotFile, decodeSnapshot, encodeSnapshot } from '../../../../main/notes/journal/snapshot';
import { note, REPORT } from './sample';

const AT = '2024-03-01T00:00:00.000Z';

describe('seal', () => {
  it('round-trips any object and rejects any single-character change', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.nat(),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        (text, at, ch) => {
          const body = JSON.stringify({ text });
          const sealed = seal(body);
          expect(unseal(sealed)).toBe(body);
          const i = at % sealed.length;
          const changed = sealed.slice(0, i) + ch + sealed.slice(i + 1);
          if (changed !== sealed) expect(unseal(changed)).toBeNull();
          expect(unseal(sealed.slice(0, i))).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('decodeJournal', () => {
  const lines = [
    encodeHeader(REPORT, 0),
    encodeEntry({ seq: 1, op: 'put', at: AT, annotation: note(1) }),
    encodeEntry({ seq: 2, op: 'delete', at: AT, id: 'a-1' }),
    encodeEntry({ seq: 3, op: 'putMany', at: AT, annotations: [note(2), note(3)] }),
  ];

  it('reads every line back', () => {
    const decoded = decodeJournal(lines.join(''), REPORT);
    expect(decoded).toMatchObject({ badLines: 0, tornTail: false });
    expect(decoded.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('tolerates a torn last line without calling it damage', () => {
    const text = lines.join('');
    const decoded = decodeJournal(text.slice(0, -25), REPORT);
    expect(decoded).toMatchObject({ badLines: 0, tornTail: true });
    expect(decoded.entries.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('counts bad lines in the middle and keeps the good ones after them', () => {
    const text = [lines[0], lines[1], 'garbage\n', lines[2]?.replace('a-1', 'a-2'), lines[3]].join('');
    const decoded = decodeJournal(text, REPORT);
    expect(decoded.badLines).toBe(2);
    expect(decoded.entries.map((e) => e.seq)).toEqual([1, 3]);
  });

  it("refuses another report's lines and a batch with one invalid annotation", () => {
    const foreign = encodeEntry({ seq: 4, op: 'put', at: AT, annotation: note(4, { reportId: 'other' }) });
    const badBatch = encodeEntry({
      seq: 5,
      op: 'putMany',
      at: AT,
      annotations: [note(5), { ...note(6), color: 'pink' } as never],
    });
    const decoded = decodeJournal(lines.join('') + foreign + badBatch, REPORT);
    expect(decoded.badLines).toBe(2);
    expect(decoded.entries).toHaveLength(3);
  });
});

describe('snapshot', () => {
  const text = Buffer.concat(
    encodeSnapshot({ reportId: REPORT, seq: 3, savedAt: AT, annotations: [note(1), note(2)] }),
  ).toString('utf8');
  const dir = mkdtempSync(path.join(tmpdir(), 'yandu-snapshot-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const check = (content: string) => {
    const file = path.join(dir, `s-${Math.random()}.json`);
    writeFileSync(file, content);
    return checkSnapshotFile(nodeFs, file, REPORT);
  };

  it('is a header line, one line per annotation and an end line', () => {
    expect(text.split('\n')).toHaveLength(5);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('round-trips and passes the cheap check', async () => {
    expect(decodeSnapshot(text, REPORT)).toEqual({
      kind: 'ok',
      snapshot: { reportId: REPORT, seq: 3, savedAt: AT, annotations: [note(1), note(2)] },
      invalid: 0,
    });
    expect(await check(text)).toEqual({ verdict: 'valid', seq: 3 });
  });

  it('calls truncation, a changed byte, a lost or repeated line and another report corrupt', async () => {
    const lines = text.split('\n');
    const spoiled = [
      text.slice(0, 200),
      text.slice(0, -5),
      text.replace('第1条', '第9条'),
      [lines[0], lines[2], lines[3], ''].join('\n'),
      [lines[0], lines[1], lines[1], lines[2], lines[3], ''].join('\n'),
      [lines[0], lines[1], lines[2], ''].join('\n'),
    ];
    for (const bad of spoiled) {
      expect(decodeSnapshot(bad, REPORT).kind).toBe('corrupt');
      expect((await check(bad)).verdict).toBe('corrupt');
    }
    expect(decodeSnapshot(text.replace('第1条', '第9条'), REPORT)).toEqual({
      kind: 'corrupt',
      reason: '校验和不符',
      salvage: [note(2)],
    });
    expect(decodeSnapshot(text, 'other')).toMatchObject({ kind: 'corrupt', reason: '属于另一份报告' });
  });

  it('still reads a version-1 snapshot (one sealed object)', async () => {
    const body = {
      format: 'yandu.snapshot',
      version: 1,
      reportId: REPORT,
      seq: 3,
      savedAt: AT,
      annotations: [note(1)],
    };
    const v1 = `${seal(JSON.stringify(body))}\n`;
    expect(decodeSnapshot(v1, REPORT)).toEqual({
      kind: 'ok',
      snapshot: { reportId: REPORT, seq: 3, savedAt: AT, annotations: [note(1)] },
      invalid: 0,
    });
    expect(await check(v1)).toEqual({ verdict: 'valid', seq: 3 });
    expect((await check(v1.replace('第1条', '第9条'))).verdict).toBe('corrupt');
  });
});
