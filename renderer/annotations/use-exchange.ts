/** Study-group exchange from the 批注 pane: share my notes, import members' packs after a preview, remove a layer. */
import { useState } from 'react';
import type { ShareFilter } from '../../core/annotations/share';
import type { ImportPreview } from '../../core/contract';
import type { ReportDocument } from '../../core/report/model';
import { getApi } from '../api';
import { useT } from '../i18n/i18n';
import type { useAnnotations } from './use-annotations';

export function useExchange(
  doc: ReportDocument | undefined,
  notes: ReturnType<typeof useAnnotations>,
  notify: (kind: 'done' | 'error', message: string) => void,
) {
  const t = useT();
  const api = getApi();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [sharing, setSharing] = useState(false);
  return {
    preview,
    sharing,
    openShare: () => setSharing(true),
    closeShare: () => setSharing(false),
    share(filter: ShareFilter) {
      if (!doc) return;
      void api.exportSharePack({ reportId: doc.id, filter }).then((result) => {
        if (!result.ok) notify('error', result.error.message);
        else if (result.value) {
          setSharing(false);
          notify('done', t('shared', { file: result.value.fileName, count: result.value.count }));
        }
      });
    },
    chooseImport() {
      if (!doc) return;
      void api.previewImport({ reportId: doc.id }).then((result) => {
        if (!result.ok) notify('error', result.error.message);
        else setPreview(result.value);
      });
    },
    cancelImport: () => setPreview(null),
    confirmImport() {
      if (!doc || !preview) return;
      const { totals } = preview;
      setPreview(null);
      void api.applyImport({ reportId: doc.id, token: preview.token }).then((result) => {
        if (!result.ok) notify('error', result.error.message);
        else {
          notes.replaced(result.value);
          notify('done', t('imported', { ...totals }));
        }
      });
    },
    removeLayer(authorId: string, name: string) {
      if (!doc) return;
      void api.removeLayer({ reportId: doc.id, authorId }).then((result) => {
        if (!result.ok) notify('error', result.error.message);
        else {
          notes.replaced(result.value);
          notify('done', t('layerRemoved', { name }));
        }
      });
    },
  };
}
