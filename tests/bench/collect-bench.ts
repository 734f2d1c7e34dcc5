/**
 * A delegation's collected opinions (issue 16): a secretariat imports 300 members' packs of 50 notes each (15,000
 * notes) at once, through the real main handlers (previewImport, then applyImport: read, validate, plan, journal),
 * timed against reading the same files and parsing them as JSON (budget 3×); then the 意见汇总表 over every note
 * they hold, against the same baseline. Fresh data folder per run, runs taking turns with the baseline so machine
 * load slows both alike. Prints JSON; asserts nothing. Run: npx tsx tests/bench/collect-bench.ts
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe } from '../../core/annotations/anchor';
import { buildPack, packLines } from '../../core/annotations/exchange';
import type { Annotation, ColorKey } from '../../core/annotations/model';
import { buildOpinionSummary, summaryPaper } from '../../core/export/summary-model';
import type { ReportDocument } from '../../core/report/model';
import { createMainServices } from '../e2e/main-services';

const MEMBERS = Number(process.env.COLLECT_MEMBERS ?? 300);
const PER_MEMBER = Number(process.env.COLLECT_NOTES ?? 50);
const RUNS = Number(process.env.COLLECT_RUNS ?? 3);
const BUDGET = 3;
const APP_FRAME = { senderFrame: { url: 'yandu://app/index.html' } };
const COLORS: ColorKey[] = ['red', 'green', 'yellow', 'blue'];
const REMARKS = [
  '这个目标的测算依据是什么？资金从哪里来？',
  '建议明确责任单位和完成时限，按季度公开进展。',
  '与统计公报核对口径，增长率是否可比？',
  '建议补充对困难群众的具体帮扶措施。',
];

const round = (ms: number) => Math.round(ms * 10) / 10;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** One member's pack: notes on paragraphs spread over the report, some on the same words as others. */
function memberPack(doc: ReportDocument, m: number): string {
  const paragraphs = doc.blocks.filter((b) => b.type === 'paragraph' && b.text.length > 24);
  const author = { id: `member-${m}`, name: `代表${String(m).padStart(3, '0')}` };
  const notes: Annotation[] = [];
  for (let k = 0; k < PER_MEMBER; k++) {
    // Members favour some passages, as a delegation does: a few draw most opinions.
    const block = paragraphs[(k * 7 + (m % 5) * (k % 3)) % paragraphs.length]!;
    const start = (k % 4) * 4;
    const amend = k % 10 === 0;
    notes.push({
      id: `m${m}-n${k}`,
      reportId: doc.id,
      kind: amend ? 'amendment' : 'highlight',
      target: describe(doc, block.id, start, start + 6),
      ...(amend
        ? { amendment: { action: 'replace' as const, text: `${block.text.slice(start, start + 4)}进一步` } }
        : { color: COLORS[(k + m) % COLORS.length] }),
      note: amend ? '' : (REMARKS[(k + m) % REMARKS.length] ?? ''),
      tags: k % 6 === 0 ? ['民生'] : [],
      author,
      createdAt: '2026-12-01T08:00:00.000Z',
      updatedAt: '2026-12-01T08:00:00.000Z',
    });
  }
  const pack = buildPack({ id: doc.id, title: '政府工作报告' }, author, notes, '2026-12-02T08:00:00.000Z');
  return packLines(pack).join('');
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'yandu-collect-'));
  const printer = { print: async () => true, toPdf: async () => new Uint8Array() };
  try {
    // The report as the app opens it, and the packs written once for every run.
    const probe = await createMainServices({ dataDir: join(root, 'probe'), emit: () => undefined, printer });
    const session = await probe.handlers.getSession(APP_FRAME);
    await probe.close();
    if (!session.ok || !session.value) throw new Error('no session');
    const doc = session.value.report;
    const packsDir = join(root, 'packs');
    mkdirSync(packsDir);
    const files = Array.from({ length: MEMBERS }, (_, m) => {
      const file = join(packsDir, `代表${m}.yandu.json`);
      writeFileSync(file, memberPack(doc, m));
      return file;
    });
    const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0);

    const baseline: number[] = [];
    const imports: number[] = [];
    const summaries: number[] = [];
    let stored = 0;
    let rows = 0;
    for (let run = 0; run < RUNS + 1; run++) {
      // The floor: the same bytes read and parsed as JSON, nothing else.
      let start = performance.now();
      let parsed = 0;
      for (const file of files)
        parsed += (JSON.parse(await readFile(file, 'utf8')) as { annotations: [] }).annotations.length;
      const floor = performance.now() - start;
      if (parsed !== MEMBERS * PER_MEMBER) throw new Error(`parsed ${parsed}`);

      const services = await createMainServices({
        dataDir: join(root, `run-${run}`),
        emit: () => undefined,
        printer,
        authorName: '秘书组',
      });
      await services.handlers.getSession(APP_FRAME);
      services.dialogAnswers.push(files);
      start = performance.now();
      const preview = await services.handlers.previewImport(APP_FRAME, { reportId: doc.id });
      if (!preview.ok || !preview.value) throw new Error(`preview: ${JSON.stringify(preview).slice(0, 200)}`);
      const applied = await services.handlers.applyImport(APP_FRAME, {
        reportId: doc.id,
        token: preview.value.token,
      });
      const imported = performance.now() - start;
      if (!applied.ok) throw new Error(`apply: ${applied.error.message}`);

      const listed = await services.handlers.listAnnotations(APP_FRAME, { reportId: doc.id });
      if (!listed.ok) throw new Error(listed.error.message);
      start = performance.now();
      const summary = buildOpinionSummary({ doc, annotations: listed.value.annotations });
      const paper = summaryPaper(summary, { authorName: '秘书组', date: '2026-12-04' });
      const summarised = performance.now() - start;
      await services.close();
      stored = listed.value.annotations.length;
      rows = paper.blocks.reduce((sum, block) => sum + (block.type === 'table' ? block.rows.length : 0), 0);
      // The first round warms the code paths and is not counted.
      if (run === 0) continue;
      baseline.push(floor);
      imports.push(imported);
      summaries.push(summarised);
    }
    const importVsJson = ratio(median(imports), median(baseline));
    console.log(
      JSON.stringify(
        {
          bench: 'collect',
          cpus: cpus().length,
          node: process.version,
          packs: MEMBERS,
          notesPerPack: PER_MEMBER,
          stored,
          packBytes: bytes,
          runs: `${RUNS} after 1 warm-up`,
          readAsJsonMs: round(median(baseline)),
          importMs: round(median(imports)),
          summaryMs: round(median(summaries)),
          summaryRows: rows,
          importBudget: { budget: BUDGET, importVsJson, met: importVsJson <= BUDGET },
          summaryVsJson: ratio(median(summaries), median(baseline)),
        },
        null,
        2,
      ),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
