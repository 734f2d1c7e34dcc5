/**
 * What opens over the workspace: the selection toolbar and note editor, the notes' dialogs (restore, import,
 * share, remove a layer), print and export, the first-run signature, the shortcuts and the drop hint.
 */
import type { ReportDocument } from '../../core/report/model';
import type { Settings, SettingsPatch } from '../../core/settings';
import { AnnotationOverlays } from '../annotations/AnnotationOverlays';
import { ImportDialog } from '../annotations/ImportDialog';
import { RestoreDialog } from '../annotations/RestoreDialog';
import { ShareDialog } from '../annotations/ShareDialog';
import { useT } from '../i18n/i18n';
import { PrintPreview } from '../print/PrintPreview';
import type { NotesView } from '../state/use-notes-view';
import type { Notify } from '../state/use-notices';
import { ConfirmDialog } from './ConfirmDialog';
import type { Dialogs } from './use-dialogs';
import { ShortcutsDialog } from './ShortcutsDialog';
import { WelcomeDialog } from './WelcomeDialog';

interface AppDialogsProps {
  doc: ReportDocument | undefined;
  ready: boolean;
  settings: Settings;
  patchSettings(patch: SettingsPatch): void;
  view: NotesView;
  dialogs: Dialogs;
  notify: Notify;
  dragging: boolean;
}

export function AppDialogs({
  doc,
  ready,
  settings,
  patchSettings,
  view,
  dialogs,
  notify,
  dragging,
}: AppDialogsProps) {
  const t = useT();
  const { notes, backups, exchange, me } = view;
  const removing = dialogs.removing;
  const showWelcome = dialogs.editingSignature || (!settings.welcomeDone && settings.authorName === '');
  return (
    <>
      {doc && (
        <AnnotationOverlays
          doc={doc}
          notes={notes}
          selection={view.selection}
          editing={view.editing}
          onSelection={view.setSelection}
          onEditing={view.setEditing}
          ownerName={view.ownerName}
          onAdopted={view.onAdopted}
          onCopied={view.copyCitation}
        />
      )}
      {backups.preview && (
        <RestoreDialog preview={backups.preview} onConfirm={backups.confirm} onCancel={backups.cancel} />
      )}
      {exchange.preview && (
        <ImportDialog
          preview={exchange.preview}
          onConfirm={exchange.confirmImport}
          onCancel={exchange.cancelImport}
        />
      )}
      {exchange.sharing && doc && me && (
        <ShareDialog
          doc={doc}
          me={me}
          annotations={[...notes.annotations.values()]}
          onShare={exchange.share}
          onCancel={exchange.closeShare}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('layerRemove')}
          message={t('layerRemoveConfirm', { name: removing.author.name, count: removing.count })}
          confirmLabel={t('layerRemove')}
          danger
          onConfirm={() => {
            view.removeLayer(removing);
            dialogs.setRemoving(null);
          }}
          onCancel={() => dialogs.setRemoving(null)}
        />
      )}
      {showWelcome && ready && (
        <WelcomeDialog
          authorName={settings.authorName}
          groupName={settings.groupName}
          onSave={(names) => {
            patchSettings({ ...names, welcomeDone: true });
            dialogs.setEditingSignature(false);
          }}
          onLater={() => {
            if (!settings.welcomeDone) patchSettings({ welcomeDone: true });
            dialogs.setEditingSignature(false);
          }}
        />
      )}
      {dialogs.printing && doc && me && (
        <PrintPreview
          doc={doc}
          annotations={view.noteList}
          anchors={notes.anchors}
          me={me}
          groupName={settings.groupName}
          layers={view.layers}
          onNotify={notify}
          onClose={() => dialogs.setPrinting(false)}
        />
      )}
      {dragging && <div className="drop-overlay">{t('dropHint')}</div>}
      {dialogs.shortcuts && <ShortcutsDialog onClose={() => dialogs.setShortcuts(false)} />}
    </>
  );
}
