/**
 * The store never writes outside its data folder: a symbolic link where one of its files or folders belongs is moved
 * aside (the link, not what it points to) and never followed, so appends, backups and quarantine moves stay inside.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ids, note, open, pathsOf, reopenAfterCrash, runThenCrash, tempDir } from './helpers';

/** A folder outside the data folder, with a file that looks like a backup. */
function outside(): { dir: string; file: string; before: Map<string, string> } {
  const dir = tempDir();
  const file = path.join(dir, 'snapshot-000000000007-2024-03-01T00-00-00-000Z.json');
  writeFileSync(file, 'not ours');
  writeFileSync(path.join(dir, 'journal.jsonl'), 'outside journal\n');
  return { dir, file, before: filesUnder(dir) };
}

async function withNotes(count: number): Promise<string> {
  const dir = tempDir();
  await runThenCrash(dir, { compactEvery: 1000 }, async (store) => {
    for (let i = 0; i < count; i++) expect((await store.put(note(i))).ok).toBe(true);
  });
  return dir;
}

const isLink = (file: string) => existsSync(file) && lstatSync(file).isSymbolicLink();

describe('links inside the store folder are never followed', () => {
  it.each(['journal', 'snapshot'] as const)(
    'a linked %s: nothing outside changes, every note stays',
    async (which) => {
      const dir = await withNotes(3);
      // Make the snapshot exist too, then replace the chosen file by a link to an outside file.
      const store = await reopenAfterCrash(dir, { compactEvery: 1000 });
      await store.compact();
      await store.put(note(3));
      await store.close();
      const away = outside();
      const file = pathsOf(dir)[which];
      const kept = readFileSync(file);
      writeFileSync(path.join(away.dir, 'target'), kept);
      away.before.set('target', kept.toString('base64'));
      rmSync(file);
      symlinkSync(path.join(away.dir, 'target'), file);

      const linked = await open(dir, { compactEvery: 2 });
      expect(linked.status.readOnly).toBe(false);
      expect(linked.status.notices.join()).toMatch(/是符号链接或类型不对，为安全起见没有跟随/);
      for (let i = 10; i < 15; i++) expect((await linked.put(note(i))).ok).toBe(true);
      await linked.close();
      expect(filesUnder(away.dir)).toEqual(away.before);
      expect(isLink(file)).toBe(false);
      const again = await open(dir);
      expect(again.status.notices).toEqual([]);
      expect(ids(again.list())).toEqual(expect.arrayContaining(['a-10', 'a-14']));
    },
  );

  it('a linked backups/ folder: no backup lands outside and no outside file is moved', async () => {
    const dir = await withNotes(2);
    const away = outside();
    symlinkSync(away.dir, pathsOf(dir).backups);
    const store = await reopenAfterCrash(dir, { compactEvery: 2 });
    for (let i = 5; i < 11; i++) expect((await store.put(note(i))).ok).toBe(true);
    await store.close();
    expect(filesUnder(away.dir)).toEqual(away.before);
    expect(isLink(pathsOf(dir).backups)).toBe(false);
    expect(readdirSync(pathsOf(dir).backups).length).toBeGreaterThan(0);
    expect(ids((await open(dir)).list())).toHaveLength(8);
  });

  it('a linked quarantine/ folder: damaged files are kept inside, not moved outside', async () => {
    const dir = await withNotes(2);
    const away = outside();
    symlinkSync(away.dir, pathsOf(dir).quarantine);
    writeFileSync(pathsOf(dir).snapshot, 'damaged');
    const store = await reopenAfterCrash(dir);
    expect(ids(store.list())).toEqual(['a-0', 'a-1']);
    await store.close();
    expect(filesUnder(away.dir)).toEqual(away.before);
    expect(isLink(pathsOf(dir).quarantine)).toBe(false);
    expect(readdirSync(pathsOf(dir).quarantine).some((n) => n.startsWith('snapshot.json.corrupt-'))).toBe(
      true,
    );
  });

  it('a linked lock file and a linked report folder are moved aside, not followed', async () => {
    const dir = await withNotes(1);
    const away = outside();
    rmSync(pathsOf(dir).lock); // the crash left its lock
    symlinkSync(path.join(away.dir, 'journal.jsonl'), pathsOf(dir).lock);
    const store = await reopenAfterCrash(dir);
    expect(store.status.readOnly).toBe(false);
    expect((await store.put(note(9))).ok).toBe(true);
    await store.close();
    expect(filesUnder(away.dir)).toEqual(away.before);

    const second = tempDir();
    const target = tempDir();
    mkdirSync(path.dirname(pathsOf(second).dir), { recursive: true });
    symlinkSync(target, pathsOf(second).dir);
    const fresh = await open(second);
    expect(fresh.status.notices.join()).toMatch(/没有跟随/);
    expect((await fresh.put(note(1))).ok).toBe(true);
    await fresh.close();
    expect(readdirSync(target)).toEqual([]);
    expect(isLink(pathsOf(second).dir)).toBe(false);
  });

  it('a read-only store skips a link and moves nothing', async () => {
    const dir = await withNotes(2);
    const writer = await reopenAfterCrash(dir);
    const away = outside();
    rmSync(pathsOf(dir).journal);
    symlinkSync(path.join(away.dir, 'journal.jsonl'), pathsOf(dir).journal);
    const reader = await open(dir);
    expect(reader.status.readOnly).toBe(true);
    expect(reader.status.notices.join()).toMatch(/本窗口为只读，未作改动/);
    await reader.close();
    expect(isLink(pathsOf(dir).journal)).toBe(true);
    expect(filesUnder(away.dir)).toEqual(away.before);
    await writer.close();
  });
});
