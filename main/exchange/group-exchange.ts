/**
 * Study-group exchange (学习小组): share my notes as a pack, import members' packs after a preview, remove a member's
 * layer. Other members' notes live in the same store as mine, keyed by their author id; only mine are editable.
 * No Electron import: dialogs are injected, tests run it over a temp folder.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { AnnotationsSnapshot, ImportPreview } from '../../core/contract';
import { anchoringSummary, planImport } from '../../core/annotations/import';
import { rangeIso } from '../../core/annotations/time-range';
import { packLines } from '../../core/annotations/exchange';
import type { AnnotationPack } from '../../core/annotations/model';
import { buildSharePack, type ShareFilter } from '../../core/annotations/share';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';
import type { AnnotationsService } from '../notes/annotations-service';
import { exportFileBaseName, writeFailed, type SaveDialog } from '../export/export-files';
import { readPackFile } from './pack-file';
import type { ReportLibrary } from '../reports/report-library';
import { writeTextFileSafely } from '../reports/report-files';
import type { OpenDialogResult } from '../reports/sessions';
import type { SettingsService } from '../settings/settings';

export interface ExchangeDeps {
  annotations: AnnotationsService;
  library: ReportLibrary;
  settings: SettingsService;
  showSaveDialog: SaveDialog;
  /** Lets the user pick one or more pack files. */
  showOpenPacksDialog(): Promise<OpenDialogResult>;
  now(): Date;
}

export interface ExchangeService {
  share(reportId: string, filter: ShareFilter): Promise<Result<{ fileName: string; count: number } | null>>;
  preview(reportId: string): Promise<Result<ImportPreview | null>>;
  apply(reportId: string, token: string): Promise<Result<AnnotationsSnapshot>>;
  removeLayer(reportId: string, authorId: string): Promise<Result<AnnotationsSnapshot>>;
}

/** Creates the service; one pending import per report is held between preview and apply. */
export function createExchangeService(deps: ExchangeDeps): ExchangeService {
  const pending = new Map<string, { token: string; packs: AnnotationPack[] }>();
  const me = () => ({ id: deps.settings.authorId(), name: deps.settings.get().authorName });

  return {
    async share(reportId, filter) {
      const opened = await deps.library.openRecent(reportId);
      if (!opened.ok) return opened;
      const doc = opened.value.report;
      const all = await deps.annotations.listAll(reportId);
      if (!all.ok) return all;
      const title = doc.meta.title ?? '政府工作报告';
      const author = me();
      const pack = buildSharePack({
        report: { id: reportId, title },
        me: author,
        annotations: all.value,
        filter,
        doc,
        exportedAt: rangeIso(deps.now().getTime()),
      });
      const live = pack.annotations.filter((a) => a.deletedAt === undefined).length;
      const base = exportFileBaseName(title, author.name ? `${author.name}的批注` : '我的批注', deps.now());
      const choice = await deps.showSaveDialog({
        defaultPath: `${base}.yandu.json`,
        extension: 'yandu.json',
        filterName: '研读批注文件',
      });
      if (choice.canceled || !choice.filePath) return ok(null);
      try {
        await writeTextFileSafely(choice.filePath, packLines(pack));
      } catch {
        return writeFailed(choice.filePath);
      }
      return ok({ fileName: path.basename(choice.filePath), count: live });
    },

    async preview(reportId) {
      const choice = await deps.showOpenPacksDialog();
      if (choice.canceled || choice.filePaths.length === 0) return ok(null);
      // All or nothing: one bad file refuses the whole import, naming that file.
      const packs: AnnotationPack[] = [];
      for (const filePath of choice.filePaths) {
        const pack = await readPackFile(filePath);
        if (!pack.ok) return err(pack.error.code, `${pack.error.message}（未导入任何批注）`);
        packs.push(pack.value);
      }
      const opened = await deps.library.openRecent(reportId);
      if (!opened.ok) return opened;
      const doc = opened.value.report;
      let otherReport: ImportPreview['otherReport'];
      for (const [index, pack] of packs.entries()) {
        if (pack.report.id === reportId) continue;
        const summary = anchoringSummary(doc, pack);
        const fileName = path.basename(choice.filePaths[index] ?? '');
        if (summary.anchored === 0)
          return err(
            'other-report',
            `“${fileName}”是另一份报告《${pack.report.title}》的批注，其引文在本报告中都找不到，未导入任何批注。`,
          );
        otherReport = {
          title: pack.report.title,
          anchored: (otherReport?.anchored ?? 0) + summary.anchored,
          total: (otherReport?.total ?? 0) + summary.total,
        };
      }
      const stored = await deps.annotations.listAll(reportId);
      if (!stored.ok) return stored;
      const plan = planImport(stored.value, packs, reportId, me());
      const token = randomUUID();
      pending.set(reportId, { token, packs });
      return ok({
        token,
        fileNames: choice.filePaths.map((p) => path.basename(p)),
        members: plan.members,
        totals: plan.totals,
        writes: plan.writes.length,
        ...(otherReport ? { otherReport } : {}),
      });
    },

    async apply(reportId, token) {
      const held = pending.get(reportId);
      if (!held || held.token !== token)
        return err('import-expired', '这次导入的预览已失效，请重新选择批注文件。');
      // Planned again against what is stored now: edits made since the preview are respected.
      const stored = await deps.annotations.listAll(reportId);
      if (!stored.ok) return stored;
      const plan = planImport(stored.value, held.packs, reportId, me());
      const result = await deps.annotations.saveMany(reportId, plan.writes);
      if (result.ok) pending.delete(reportId);
      return result;
    },

    async removeLayer(reportId, authorId) {
      if (authorId === deps.settings.authorId())
        return err('own-layer', '不能移除自己的批注层；如需删除自己的批注，请逐条删除。');
      // Removed outright, not tombstoned: importing that member's pack again brings the layer back.
      return deps.annotations.removeAuthor(reportId, authorId);
    },
  };
}
