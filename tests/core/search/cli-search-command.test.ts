import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../core/report/parse';
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

interface Printed {
  blockId?: string;
  glossaryId?: string;
  exact: boolean;
  matches: { start: number; end: number }[];
  score: number;
  snippet: string;
}

describe('search command', () => {
  it('prints every hit as JSON, exact hits first', async () => {
    const { code, out, err } = await run(['report.txt', '煤炭', '智能化']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const hits = JSON.parse(out) as Printed[];
    expect(hits[0]).toMatchObject({ blockId: 'p2-s2-2', exact: true });
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits)
      expect(Object.keys(hit).sort()).toEqual(['blockId', 'exact', 'matches', 'score', 'snippet']);
  });

  it('prints each exact occurrence as UTF-16 offsets in the block text, exact hits in reading order', async () => {
    const doc = parseReport(await readFile(REPORT, 'utf8'));
    if (!doc.ok) throw new Error(doc.error.message);
    const order = new Map(doc.value.blocks.map((b, i) => [b.id, i]));
    const textOf = new Map(doc.value.blocks.map((b) => [b.id, b.text]));
    const hits = JSON.parse((await run(['report.txt', '高质量发展'])).out) as Printed[];
    const exact = hits.filter((h) => h.exact);
    expect(hits.slice(0, exact.length)).toEqual(exact);
    const positions = exact.map((h) => order.get(h.blockId ?? '') ?? -1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(exact.reduce((n, h) => n + h.matches.length, 0)).toBe(20);
    for (const hit of exact) {
      const text = textOf.get(hit.blockId ?? '') ?? '';
      for (const m of hit.matches) expect(text.slice(m.start, m.end)).toBe('高质量发展');
    }
    const related = hits.slice(exact.length);
    expect(related.length).toBeGreaterThan(0);
    for (const hit of related) expect(hit).toMatchObject({ exact: false, matches: [] });
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
