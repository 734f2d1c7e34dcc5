/**
 * Kill during writes: a real writer process is SIGKILLed at random moments, 30 times over two data
 * folders. Everything it reported as acknowledged must be there afterwards, and every restart must
 * open cleanly (writable, no notice): a crash leaves only unacknowledged work behind.
 * (A process kill keeps the page cache; power loss is not simulated here.)
 */
import { describe, expect, it } from 'vitest';
import { startWriter } from './child';
import { open, tempDir } from './helpers';

const KILLS_PER_FOLDER = 15;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function killRepeatedly(dataDir: string, chain: string, background: boolean) {
  const puts = new Set<string>();
  const dels = new Set<string>();
  const delays: number[] = [];
  for (let k = 0; k < KILLS_PER_FOLDER; k++) {
    const child = startWriter(dataDir, `${chain}k${k}`, 'write', { background });
    const opened = await child.waitFor('open ');
    expect(JSON.parse(opened.slice(5)), `restart ${k} of ${chain}`).toEqual({ readOnly: false, notices: [] });
    await child.waitFor('put ');
    const delay = Math.floor(Math.random() * 150);
    delays.push(delay);
    await sleep(delay);
    child.process.kill('SIGKILL');
    await child.exited;
    for (const line of child.lines) {
      if (line.startsWith('put ')) puts.add(line.slice(4));
      if (line.startsWith('del ')) dels.add(line.slice(4));
    }
  }
  return { puts, dels, delays };
}

describe('SIGKILL during writes', () => {
  it(`keeps every acknowledged change through ${2 * KILLS_PER_FOLDER} kills`, async () => {
    const folders = [tempDir(), tempDir()];
    // One folder compacts in line, the other in the background while appends go on: kills land in both.
    const runs = await Promise.all(folders.map((dir, i) => killRepeatedly(dir, `c${i}`, i === 1)));
    for (const [i, dir] of folders.entries()) {
      const run = runs[i];
      if (!run) throw new Error('missing run');
      const store = await open(dir);
      expect(store.status, `delays ${run.delays.join(',')}`).toEqual({ readOnly: false, notices: [] });
      const byId = new Map(store.list().map((a) => [a.id, a]));
      const missing = [...run.puts].filter((id) => !byId.has(id));
      expect(missing, `acknowledged but missing (delays ${run.delays.join(',')})`).toEqual([]);
      const undeleted = [...run.dels].filter((id) => byId.get(id)?.deletedAt === undefined);
      expect(undeleted, 'acknowledged deletes that came back').toEqual([]);
      expect(run.puts.size).toBeGreaterThan(KILLS_PER_FOLDER); // the writers really wrote
    }
  }, 60_000);
});
