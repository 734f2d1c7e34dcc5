/** Export and restore of the notes from the 批注 pane; results and refusals become notices. */
import { useState } from 'react';
import type { RestorePreview } from '../../core/contract';
import type { ReportDocument } from '../../core/report/model';
import { getApi } from '../api';
import { useT } from '../i18n/i18n';
import type { useAnnotations } from './use-annotations';

export function useBackups(
  doc: ReportDocument | undefined,
  notes: ReturnType<typeof useAnnotations>,
  notify: (kind: 'done' | 'error', message: string) => void,
) {
  const t = useT();
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const api = getApi();
  return {
    preview,
    exportNotes(format: 'pack' | 'jsonld') {
      if (!doc) return;
      void api.exportAnnotations({ reportId: doc.id, format }).then((result) => {
        if (!result.ok) notify('error', result.error.message);
        else if (result.value) notify('done', t('exported', { file: result.value.fileName }));
      });
    },
    chooseBackup() {
      if (!doc) return;
      void api.previewRestore({ reportId: doc.id }).then((result) => {
        if (!result.ok) notify('error', result.error.message);
        else setPreview(result.value);
      });
    },
    cancel: () => setPreview(null),
    confirm() {
      if (!doc || !preview) return;
      setPreview(null);
      void api.applyRestore({ reportId: doc.id, token: preview.token }).then((result) => {
        if (!result.ok) notify('error', result.error.message);
        else {
          notes.replaced(result.value);
          notify('done', t('restored', { count: result.value.annotations.length }));
        }
      });
    },
  };
}
