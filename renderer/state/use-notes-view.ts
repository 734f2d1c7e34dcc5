/**
 * The notes as this window shows them: who I am, the members' layers and which are shown, what is painted in the
 * text, the text selected and the note being edited, and the paragraph actions (bookmark, paragraph note, copy with
 * citation, the right-click menu). The notes themselves are kept by `useAnnotations`.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { layersOf } from '../../core/annotations/layers';
import type { Annotation, Author } from '../../core/annotations/model';
import type { Session } from '../../core/contract';
import type { Settings, SettingsPatch } from '../../core/settings';
import type { EditingState, SelectionState } from '../annotations/AnnotationOverlays';
import { amendmentSpans, publishAmendments } from '../annotations/amendment-marks';
import { createPaintModeler } from '../annotations/paint-model';
import { useProgressivePaint } from '../annotations/progressive-paint';
import { useAnnotations } from '../annotations/use-annotations';
import { useBackups } from '../annotations/use-backups';
import { useContextMenu } from '../annotations/use-context-menu';
import { useExchange } from '../annotations/use-exchange';
import { getApi } from '../api';
import type { Translate } from '../i18n/i18n';
import type { Notify } from './use-notices';

interface NotesViewDeps {
  session: Session | undefined;
  settings: Settings;
  patchSettings(patch: SettingsPatch): void;
  notify: Notify;
  t: Translate;
}

export function useNotesView({ session, settings, patchSettings, notify, t }: NotesViewDeps) {
  const doc = session?.report;
  // Notes are signed with the name in settings now, not the one the session started with.
  const authorId = session?.author.id;
  const me = useMemo<Author | undefined>(
    () => (authorId ? { id: authorId, name: settings.authorName } : undefined),
    [authorId, settings.authorName],
  );
  const notes = useAnnotations(doc, me);
  // What is not painted in the text follows a change in a render of its own (React's deferred value), so a click
  // paints its highlight without waiting for work over every note (layers, the search list, amendments).
  const lagging = useDeferredValue(notes.annotations);
  const layers = useMemo(() => (me ? layersOf([...lagging.values()], me) : []), [lagging, me]);
  const hiddenLayers = useMemo(() => new Set(settings.hiddenLayers), [settings.hiddenLayers]);
  // Hidden layers are neither painted, listed nor searched; their notes stay stored.
  const shownNotes = useMemo(() => {
    if (hiddenLayers.size === 0) return notes.annotations;
    const shown = new Map<string, Annotation>();
    for (const [id, a] of notes.annotations) if (!hiddenLayers.has(a.author.id)) shown.set(id, a);
    return shown;
  }, [notes.annotations, hiddenLayers]);
  const laggingShown = useDeferredValue(shownNotes);
  const laggingAnchors = useDeferredValue(notes.anchors);
  const noteList = useMemo(() => [...laggingShown.values()], [laggingShown]);
  const backups = useBackups(doc, notes, notify);
  const exchange = useExchange(doc, notes, notify);
  const [selection, setSelection] = useState<SelectionState | null>(null);
  const [editing, setEditing] = useState<EditingState | null>(null);

  const toggleBookmark = (blockId: string) => {
    const existing = [...notes.annotations.values()].find((a) => {
      const anchor = notes.anchors.get(a.id);
      return a.kind === 'bookmark' && anchor?.status !== 'orphan' && anchor?.blockId === blockId;
    });
    if (existing) notes.remove(existing.id);
    else notes.create({ blockId, start: 0, end: 0 }, undefined, '', 'bookmark');
  };
  const writeParagraphNote = (blockId: string, rect: DOMRect) => {
    const block = doc?.blocks.find((b) => b.id === blockId);
    const created =
      block && notes.create({ blockId, start: 0, end: block.text.length }, undefined, '', 'note');
    if (created) setEditing({ id: created.id, rect, focusNote: true });
  };
  // Through main's clipboard: the page itself has no clipboard permission (docs/security.md).
  const copyCitation = (text: string) => {
    void getApi()
      .writeClipboardText({ text })
      .then(
        (result) => (result.ok ? notify('done', t('copied')) : notify('error', result.error.message)),
        () => notify('error', t('copyFailed')),
      );
  };
  const onAdopted = () => notify('done', t('adopted'));
  useContextMenu({
    doc,
    notes,
    onSelection: setSelection,
    onEditing: setEditing,
    onCopied: copyCitation,
    onParagraphNote: writeParagraphNote,
    onBookmark: toggleBookmark,
    onAdopted,
  });
  const paint = useMemo(() => createPaintModeler(), []);
  const model = useMemo(
    () => paint(shownNotes, notes.anchors, me?.id),
    [paint, shownNotes, notes.anchors, me?.id],
  );
  const progressive = useProgressivePaint(model, doc?.id, notes.loaded, shownNotes.size);
  // Amendments are drawn in their blocks from their own small store (annotations/amendment-marks.ts).
  useEffect(
    () => publishAmendments(amendmentSpans(laggingShown.values(), laggingAnchors, me?.id)),
    [laggingShown, laggingAnchors, me?.id],
  );
  const painted = progressive.model;
  // Signals for tests and the benchmark (after the commit that painted them): the notes are here and the highlights
  // in view painted (data-annotations = how many), then every highlight painted (data-annotations-painted).
  const { loaded } = notes;
  const stored = notes.annotations.size;
  useEffect(() => {
    const root = document.documentElement;
    if (!loaded) return;
    root.dataset.annotations = String(stored);
    if (progressive.done) root.dataset.annotationsPainted = 'all';
    else delete root.dataset.annotationsPainted;
  }, [loaded, stored, progressive.done]);

  const hiddenIds = settings.hiddenLayers;
  const toggleLayer = useCallback(
    (layerAuthorId: string) =>
      patchSettings({
        hiddenLayers: hiddenIds.includes(layerAuthorId)
          ? hiddenIds.filter((id) => id !== layerAuthorId)
          : [...hiddenIds, layerAuthorId],
      }),
    [hiddenIds, patchSettings],
  );
  const removeLayer = (layer: { author: Author }) => {
    exchange.removeLayer(layer.author.id, layer.author.name);
    // A re-import should bring the layer back visible, not hidden as it was.
    if (hiddenLayers.has(layer.author.id))
      patchSettings({ hiddenLayers: hiddenIds.filter((id) => id !== layer.author.id) });
  };
  const ownerName = (a: { author: { id: string } }) =>
    layers.find((layer) => layer.author.id === a.author.id)?.author.name;

  return {
    me,
    notes,
    layers,
    hiddenLayers,
    shownNotes,
    noteList,
    backups,
    exchange,
    painted,
    selection,
    setSelection,
    editing,
    setEditing,
    toggleBookmark,
    writeParagraphNote,
    copyCitation,
    onAdopted,
    toggleLayer,
    removeLayer,
    ownerName,
  };
}

export type NotesView = ReturnType<typeof useNotesView>;
