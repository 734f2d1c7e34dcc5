import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createSearchCommand } from '../../../main/cli/search-command';

const REPORT = new URL('../../../assets/reports/zezhou-2022.txt', import.meta.url);

async function run(args: string[], files: Record<string, Uint8Array | Error> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const command = createSearchCommand(async (path) => {
    const file = files[path];
    if (file instanceof Error) throw file;
    return file ?? readFile(REPORT);
  });
  const code = await command.run(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

describe('search command', () => {
  it('prints every hit as JSON, literal hits first', async () => {
    const { code, out, err } = await run(['report.txt', '煤炭', '智能化']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const hits = JSON.parse(out) as { blockId?: string; score: number; snippet: string }[];
    expect(hits[0]).toMatchObject({ blockId: 'p2-s2-2' });
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits) expect(Object.keys(hit).sort()).toEqual(['blockId', 'score', 'snippet']);
  });

  it('prints glossary hits with their id', async () => {
    const hits = JSON.parse((await run(['report.txt', '“双减”'])).out) as { glossaryId?: string }[];
    expect(hits.map((h) => h.glossaryId).filter(Boolean)).toEqual(['g9']);
  });

  it('prints [] when nothing matches, whatever the query syntax', async () => {
    expect(await run(['report.txt', '~'])).toMatchObject({ code: 0, out: '[]\n' });
  });

  it('exits 1 with one Chinese line on unreadable input', async () => {
    const missing = Object.assign(new Error('nope'), { code: 'ENOENT' });
    const result = await run(['missing.txt', '煤'], { 'missing.txt': missing });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^找不到文件：missing\.txt\n$/);
    const binary = await run(['bin.dat', '煤'], { 'bin.dat': new Uint8Array([0, 1, 2, 0xff]) });
    expect(binary.code).toBe(1);
    expect(binary.err.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 with usage when the query is missing', async () => {
    const result = await run(['report.txt']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/缺少查询词/);
  });
});
