/**
 * The annotations service over real stores in a temp folder: what is acknowledged survives a restart,
 * deletes are tombstones, a read-only store says why, and failed writes are reported and retried.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../core/annotations/model';
import type { EventName, Events } from '../../../core/contract';
import { createAnnotationsService } from '../../../main/notes/annotations-service';
import type { AnnotationsService, AnnotationsServiceDeps } from '../../../main/notes/annotations-service';
import { faultyFs } from './journal/helpers';
import { HOSTILE_NOTE, sampleAnnotation } from '../main-under-test';
import { tempDir } from '../temp-dir';
import { value } from '../results';

const REPORT = 'report-2022';
const annotation = (n: number | string, overrides: Partial<Annotation> = {}): Annotation =>
  sampleAnnotation(REPORT, n, overrides);

const open: AnnotationsService[] = [];
afterEach(async () => {
  for (const service of open.splice(0)) await service.closeAll();
});

type Sent = { event: EventName; payload: Events[EventName] };

function start(dataDir: string, deps: Partial<AnnotationsServiceDeps> = {}) {
  const events: Sent[] = [];
  const service = createAnnotationsService({
    dataDir,
    emit: (event, payload) => void events.push({ event, payload }),
    log: () => undefined,
    ...deps,
  });
  open.push(service);
  return { service, events };
}

describe('createAnnotationsService', () => {
  it('lists an empty, writable store for a report never annotated', async () => {
    const { service } = start(tempDir());
    expect(value(await service.list(REPORT))).toEqual({
      reportId: REPORT,
      annotations: [],
      readOnly: false,
      notices: [],
      pending: 0,
    });
  });

  it('saves, and the annotation is there after a restart', async () => {
    const dir = tempDir();
    const { service, events } = start(dir);
    expect(value(await service.save(annotation(1)))).toEqual(annotation(1));
    const updated = annotation(1, { note: '改过的笔记', updatedAt: '2024-03-02T08:00:00.000Z' });
    expect(value(await service.save(updated))).toEqual(updated);
    expect(value(await service.list(REPORT)).annotations).toEqual([updated]);
    expect(await service.closeAll()).toBe(0);
    expect(events).toEqual([]); // nothing changed in the store's health

    const restarted = start(dir).service;
    expect(value(await restarted.list(REPORT))).toMatchObject({ annotations: [updated], readOnly: false });
  });

  it('keeps reports apart: the annotation’s reportId picks the store', async () => {
    const { service } = start(tempDir());
    await service.save(annotation(1));
    await service.save(annotation(2, { reportId: 'other-report' }));
    expect(value(await service.list(REPORT)).annotations.map((a) => a.id)).toEqual(['a-1']);
    expect(value(await service.list('other-report')).annotations.map((a) => a.id)).toEqual(['a-2']);
  });

  it('deletes as a tombstone: gone from the list, also after a restart; saving again un-deletes', async () => {
    const dir = tempDir();
    const { service } = start(dir);
    await service.save(annotation(1));
    await service.save(annotation(2));
    const removed = value(await service.remove(REPORT, 'a-1'));
    expect(removed.deletedAt).toEqual(expect.any(String));
    expect(value(await service.list(REPORT)).annotations.map((a) => a.id)).toEqual(['a-2']);
    expect(await service.remove(REPORT, 'missing')).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/找不到批注/) },
    });
    await service.closeAll();

    const restarted = start(dir).service;
    expect(value(await restarted.list(REPORT)).annotations.map((a) => a.id)).toEqual(['a-2']);
    value(await restarted.save(annotation(1)));
    expect(
      value(await restarted.list(REPORT))
        .annotations.map((a) => a.id)
        .sort(),
    ).toEqual(['a-1', 'a-2']);
  });

  it('round-trips hostile note text exactly, across a restart', async () => {
    const dir = tempDir();
    const { service } = start(dir);
    const hostile = annotation('x', { note: HOSTILE_NOTE, tags: ['<b>', '\u0000'] });
    value(await service.save(hostile));
    await service.closeAll();
    const [back] = value(await start(dir).service.list(REPORT)).annotations;
    expect(back?.note).toBe(HOSTILE_NOTE);
    expect(back).toEqual(hostile);
  });

  it('refuses an invalid annotation with the validator’s Chinese message, writing nothing', async () => {
    const dir = tempDir();
    const { service } = start(dir);
    const bad = { ...annotation(1), color: 'pink' } as unknown as Annotation;
    expect(await service.save(bad)).toEqual({
      ok: false,
      error: { code: 'invalid-annotation', message: '批注：颜色“pink”无效' },
    });
    expect(value(await service.list(REPORT)).annotations).toEqual([]);
  });

  it('a read-only store (another window holds it) refuses writes and says why', async () => {
    const dir = tempDir();
    const first = start(dir).service;
    value(await first.save(annotation(1)));
    const second = start(dir).service;
    const snapshot = value(await second.list(REPORT));
    expect(snapshot).toMatchObject({ readOnly: true, annotations: [annotation(1)] });
    expect(snapshot.notices[0]).toMatch(/另一个研读窗口.*只读/);
    for (const refused of [await second.save(annotation(2)), await second.remove(REPORT, 'a-1')]) {
      expect(refused).toEqual({
        ok: false,
        error: { code: 'read-only', message: expect.stringMatching(/^此修改未保存：另一个研读窗口.*只读/) },
      });
    }
    expect(value(await first.list(REPORT)).annotations).toEqual([annotation(1)]);
  });

  it('reports a failed write, keeps it pending, and says when the retry saved it', async () => {
    const dir = tempDir();
    const fsx = faultyFs();
    const { service, events } = start(dir, { pollMs: 10, storeOptions: { fs: fsx, retryDelayMs: 20 } });
    value(await service.list(REPORT));
    fsx.spaceLeft = 0;
    expect(await service.save(annotation(1))).toEqual({
      ok: false,
      error: { code: 'save-failed', message: expect.stringMatching(/^保存失败：磁盘空间不足/) },
    });
    expect(events).toEqual([
      {
        event: 'annotationStatusChanged',
        payload: { reportId: REPORT, pending: 1, readOnly: false, notices: [] },
      },
    ]);
    // Still listed, as the store keeps it in memory.
    expect(value(await service.list(REPORT))).toMatchObject({ pending: 1, annotations: [annotation(1)] });

    fsx.spaceLeft = null;
    await vi.waitFor(() => expect(events.at(-1)?.payload).toMatchObject({ pending: 0 }), { timeout: 3000 });
    await service.closeAll();
    expect(value(await start(dir).service.list(REPORT)).annotations).toEqual([annotation(1)]);
  });

  it('refuses everything once closed', async () => {
    const { service } = start(tempDir());
    await service.closeAll();
    expect(await service.save(annotation(1))).toMatchObject({ ok: false, error: { code: 'closed' } });
    expect(await service.list(REPORT)).toMatchObject({ ok: false, error: { code: 'closed' } });
  });

  it('removes one author’s notes outright, keeping an edit of mine saved at the same moment', async () => {
    const dir = tempDir();
    const { service } = start(dir);
    const member = { id: 'u2', name: '李娜' };
    value(await service.save(annotation(1)));
    value(await service.save(annotation(2, { author: member })));
    value(await service.save(annotation(3, { author: member })));
    value(await service.remove(REPORT, 'a-3'));
    // Not awaited: the removal must not undo it (read and replace are one step in the store's queue).
    const edit = service.save(annotation(1, { note: '刚改的', updatedAt: '2024-03-02T08:00:00.000Z' }));
    const removed = value(await service.removeAuthor(REPORT, 'u2'));
    value(await edit);
    expect(removed.annotations.map((a) => a.id)).toEqual(['a-1']);
    const all = value(await service.listAll(REPORT));
    // Tombstones of that author go too, so a re-import can bring every note back.
    expect(all.map((a) => [a.id, a.note])).toEqual([['a-1', '刚改的']]);
    await service.closeAll();
    const again = start(dir).service;
    expect(value(await again.listAll(REPORT)).map((a) => [a.id, a.note])).toEqual([['a-1', '刚改的']]);
  });
});
