/**
 * Files written by an older build (tests/fixtures/packs, made by make-fixtures.ts at commit edb7bfc, before
 * amendments): they must read, merge and replay unchanged with today's code (docs/decisions.md 44).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packLines } from '../../../core/annotations/exchange';
import { mergePacks } from '../../../core/annotations/merge';
import type { AnnotationPack } from '../../../core/annotations/model';
import { validatePack } from '../../../core/annotations/validate';
import { readPackFile } from '../../../main/exchange/pack-file';
import { decodeJournal, encodeEntry, encodeHeader } from '../../../main/notes/journal/journal-format';
import { decodeSnapshot, encodeSnapshot } from '../../../main/notes/journal/snapshot';

const DIR = path.join(__dirname, '../../fixtures/packs');
const file = (name: string) => path.join(DIR, name);
const text = (name: string) => readFileSync(file(name), 'utf8');

async function read(name: string): Promise<AnnotationPack> {
  const pack = await readPackFile(file(name));
  if (!pack.ok) throw new Error(`${name}: ${pack.error.message}`);
  return pack.value;
}

describe('packs and backups written before amendments', () => {
  for (const name of ['share-v1.yandu.json', 'backup-v1.yandu.json', 'merged-v1.yandu.json']) {
    it(`${name} reads and writes back byte for byte`, async () => {
      const pack = await read(name);
      expect(pack.version).toBe(1);
      expect(packLines(pack).join('')).toBe(text(name));
      expect(validatePack(JSON.parse(text(name)))).toMatchObject({ ok: true });
    });
  }

  it('merge of the old packs gives the merge the old build wrote, and stays version 1', async () => {
    const merged = mergePacks([await read('share-v1.yandu.json'), await read('other-member-v1.yandu.json')]);
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.value.version).toBe(1);
    expect(packLines(merged.value).join('')).toBe(text('merged-v1.yandu.json'));
  });

  it('an old journal replays every line, and re-encodes to the same bytes', () => {
    const decoded = decodeJournal(text('journal-v1.jsonl'), 'r-test');
    expect(decoded).toMatchObject({ badLines: 0, tornTail: false });
    expect(decoded.entries.map((entry) => entry.op)).toEqual(['put', 'putMany', 'delete']);
    expect([encodeHeader('r-test', 0), ...decoded.entries.map(encodeEntry)].join('')).toBe(
      text('journal-v1.jsonl'),
    );
  });

  it('an old snapshot reads whole, and re-encodes to the same bytes', () => {
    const decoded = decodeSnapshot(text('snapshot-v2.snap'), 'r-test');
    if (decoded.kind !== 'ok') throw new Error(decoded.kind);
    expect(decoded.invalid).toBe(0);
    const again = encodeSnapshot(decoded.snapshot).map((bytes) => new TextDecoder().decode(bytes));
    expect(again.join('')).toBe(text('snapshot-v2.snap'));
  });
});
