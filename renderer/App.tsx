/** The window: toolbar, then 目录 | report | 名词解释, with resizable, collapsible panes. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, DragEvent } from 'react';
import { REPORT_FILE_MAX_BYTES } from '../core/contract';
import type { TextRange } from '../core/report/model';
import { buildOutline, flattenOutline, sectionIndex, type OutlineSection } from '../core/report/outline';
import { GlossaryPane } from './glossary/GlossaryPane';
import { LanguageContext, translator } from './i18n/i18n';
import { Notices } from './layout/Notices';
import { PaneResizer } from './layout/PaneResizer';
import { ShortcutsDialog } from './layout/ShortcutsDialog';
import { Toolbar } from './layout/Toolbar';
import { OutlinePane } from './outline/OutlinePane';
import { ReaderPane } from './reader/ReaderPane';
import { scrollToAnnotation, scrollToBlock } from './reader/navigation';
import { SearchPane } from './search/SearchPane';
import { useHitSteps } from './search/use-hit-steps';
import { useSearch } from './search/use-search';
import { PaneTabs } from './layout/PaneTabs';
import { AnnotationOverlays, type EditingState, type SelectionState } from './annotations/AnnotationOverlays';
import { AnnotationsPane } from './annotations/AnnotationsPane';
import { RestoreDialog } from './annotations/RestoreDialog';
import { useBackups } from './annotations/use-backups';
import { useExchange } from './annotations/use-exchange';
import { ImportDialog } from './annotations/ImportDialog';
import { ShareDialog } from './annotations/ShareDialog';
import { layersOf, type Layer } from '../core/annotations/layers';
import type { Annotation, Author } from '../core/annotations/model';
import { ConfirmDialog } from './layout/ConfirmDialog';
import { WelcomeDialog } from './layout/WelcomeDialog';
import { PrintPreview } from './print/PrintPreview';
import { applyPaletteColors, PaletteContext } from './annotations/palette';
import { useAnnotations } from './annotations/use-annotations';
import { useContextMenu } from './annotations/use-context-menu';
import { createPaintModeler } from './annotations/paint-model';
import { useCommands } from './state/use-commands';
import { getApi } from './api';
import { useApp } from './state/use-app';
import { useTheme } from './state/use-theme';

export function App() {
  const { state, actions } = useApp();
  const { settings, session } = state;
  const t = translator(settings.language);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [dragging, setDragging] = useState(false);
  useTheme(settings.theme);

  useEffect(() => {
    document.documentElement.lang = settings.language;
  }, [settings.language]);
  useEffect(() => applyPaletteColors(settings.palette), [settings.palette]);

  const doc = session?.report;
  const [leftTab, setLeftTab] = useState<'outline' | 'search'>('outline');
  const [rightTab, setRightTab] = useState<'glossary' | 'annotations'>('glossary');
  // Notes are signed with the name in settings now, not the one the session started with.
  const authorId = session?.author.id;
  const me = useMemo<Author | undefined>(
    () => (authorId ? { id: authorId, name: settings.authorName } : undefined),
    [authorId, settings.authorName],
  );
  const notes = useAnnotations(doc, me);
  const layers = useMemo(
    () => (me ? layersOf([...notes.annotations.values()], me) : []),
    [notes.annotations, me],
  );
  const hiddenLayers = useMemo(() => new Set(settings.hiddenLayers), [settings.hiddenLayers]);
  // Hidden layers are neither painted, listed nor searched; their notes stay stored.
  const shownNotes = useMemo(() => {
    if (hiddenLayers.size === 0) return notes.annotations;
    const shown = new Map<string, Annotation>();
    for (const [id, a] of notes.annotations) if (!hiddenLayers.has(a.author.id)) shown.set(id, a);
    return shown;
  }, [notes.annotations, hiddenLayers]);
  const noteList = useMemo(() => [...shownNotes.values()], [shownNotes]);
  const search = useSearch(doc, noteList);
  const notify = useCallback(
    (kind: 'done' | 'error', message: string) => actions.dispatch({ type: 'noticeShown', kind, message }),
    [actions],
  );
  const dismissNotice = useCallback(
    (id: number) => actions.dispatch({ type: 'noticeDismissed', id }),
    [actions],
  );
  const backups = useBackups(doc, notes, notify);
  const exchange = useExchange(doc, notes, notify);
  const [removing, setRemoving] = useState<Layer | null>(null);
  const [editingSignature, setEditingSignature] = useState(false);
  const [printing, setPrinting] = useState(false);
  const showWelcome = editingSignature || (!settings.welcomeDone && settings.authorName === '');
  const [selection, setSelection] = useState<SelectionState | null>(null);
  const [editing, setEditing] = useState<EditingState | null>(null);
  const toggleBookmark = (blockId: string) => {
    const existing = [...notes.annotations.values()].find((a) => {
      const anchor = notes.anchors.get(a.id);
      return a.kind === 'bookmark' && anchor?.status !== 'orphan' && anchor?.blockId === blockId;
    });
    if (existing) notes.remove(existing.id);
    else notes.create({ blockId, start: 0, end: 0 }, 'purple', '', 'bookmark');
  };
  const writeParagraphNote = (blockId: string, rect: DOMRect) => {
    const block = doc?.blocks.find((b) => b.id === blockId);
    const created = block && notes.create({ blockId, start: 0, end: block.text.length }, 'green', '', 'note');
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
  useContextMenu({
    doc,
    notes,
    onSelection: setSelection,
    onEditing: setEditing,
    onCopied: copyCitation,
    onParagraphNote: writeParagraphNote,
    onBookmark: toggleBookmark,
    onAdopted: () => notify('done', t('adopted')),
  });
  const paint = useMemo(() => createPaintModeler(), []);
  const { highlights, margin, bookmarks } = useMemo(
    () => paint(shownNotes.values(), notes.anchors, me?.id),
    [paint, shownNotes, notes.anchors, me?.id],
  );
  const searchInput = useRef<HTMLInputElement>(null);
  const hits = useHitSteps(doc, search.results);
  const { step, reset: resetStep } = hits;
  const setQuery = search.setQuery;
  const onQuery = useCallback(
    (query: string) => {
      resetStep();
      setQuery(query);
    },
    [setQuery, resetStep],
  );
  const openFind = useCallback(() => {
    setLeftTab('search');
    requestAnimationFrame(() => {
      searchInput.current?.focus();
      searchInput.current?.select();
    });
  }, []);
  const outline = useMemo(() => (doc ? buildOutline(doc.blocks) : []), [doc]);
  const flat = useMemo(() => flattenOutline(outline), [outline]);
  const sections = useMemo(
    () => (doc ? sectionIndex(doc, outline) : new Map<string, OutlineSection>()),
    [doc, outline],
  );
  const current = state.currentBlockId ? sections.get(state.currentBlockId) : undefined;

  // The current section and its part are both marked in the outline.
  const currentSectionIds = useMemo(() => {
    const ids = new Set<string>();
    if (!current) return ids;
    ids.add(current.id);
    const part = outline.find((s) => s.children.includes(current));
    if (part) ids.add(part.id);
    return ids;
  }, [current, outline]);

  const sectionBlockIds = useMemo(() => {
    const ids = new Set<string>();
    if (doc && current)
      for (let i = current.firstBlock; i <= current.lastBlock; i++) ids.add(doc.blocks[i]?.id ?? '');
    return ids;
  }, [doc, current]);

  const navigateToSection = useCallback(
    (section: OutlineSection) => {
      const block = doc?.blocks[section.firstBlock];
      if (block) scrollToBlock(block.id, { focus: false });
    },
    [doc],
  );

  const run = useCommands({
    settings,
    patchSettings: actions.patchSettings,
    openFile: actions.openFile,
    flat,
    current,
    navigateToSection,
    showShortcuts: () => setShowShortcuts(true),
    openFind,
    step,
    undo: notes.undo,
    redo: notes.redo,
    notesCommand: (command) => {
      // Not over another modal dialog (it would stay on top, and the window behind become inert), nor before a report.
      if (!doc || document.querySelector('dialog[open]')) return;
      if (command === 'print-export') setPrinting(true);
      else if (command === 'share-notes') exchange.openShare();
      else exchange.chooseImport();
    },
  });

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    if (/\.json$/i.test(file.name)) {
      actions.dispatch({ type: 'noticeShown', kind: 'info', message: t('dropPackHint') });
      return;
    }
    // Any other file goes to main, which reads it by its content (Word, PDF, a web page, text) or says why not.
    // One byte over the cap is enough for main to say the file is too large, without reading all of it here.
    void file
      .slice(0, REPORT_FILE_MAX_BYTES + 1)
      .arrayBuffer()
      .then((buffer) => actions.importDropped(file.name, new Uint8Array(buffer)));
  };
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(true);
  };

  const onJump = useCallback((range: TextRange, occurrenceKey?: string) => {
    scrollToBlock(range.blockId, occurrenceKey ? { occurrenceKey } : {});
  }, []);
  const onTermSelect = useCallback(
    (termId: string) => {
      actions.dispatch({ type: 'termSelected', termId });
      if (settings.panes.glossary.collapsed)
        actions.patchSettings({ panes: { glossary: { collapsed: false } } });
    },
    [actions, settings.panes.glossary.collapsed],
  );
  const onPositionChange = useCallback(
    (blockId: string) => actions.dispatch({ type: 'positionChanged', blockId }),
    [actions],
  );

  const { outline: outlinePane, glossary: glossaryPane } = settings.panes;
  const layout = {
    '--outline-width': outlinePane.collapsed ? '0px' : `${outlinePane.width}px`,
    '--glossary-width': glossaryPane.collapsed ? '0px' : `${glossaryPane.width}px`,
  } as CSSProperties;

  return (
    <LanguageContext.Provider value={settings.language}>
      <PaletteContext.Provider value={settings.palette}>
        <div className="app" onDragOver={onDragOver} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
          {state.status === 'loading' && <div className="splash">{t('loading')}</div>}
          {state.status === 'failed' && (
            <div className="splash splash--error" role="alert">
              <h1>{t('loadFailed')}</h1>
              <p>{state.loadError}</p>
            </div>
          )}
          {doc && session && (
            <>
              <Toolbar
                title={doc.meta.title ?? session.fileName}
                subtitle={[doc.meta.documentNumber, session.bundled ? t('bundledReport') : session.fileName]
                  .filter(Boolean)
                  .join(' · ')}
                settings={settings}
                currentReportId={doc.id}
                onToggleOutline={() => run('toggle-outline')}
                onToggleGlossary={() => run('toggle-glossary')}
                onOpen={actions.openFile}
                onOpenRecent={actions.openRecent}
                onForgetRecent={actions.forgetRecent}
                onFontSize={(fontSize) => actions.patchSettings({ fontSize })}
                onTheme={(theme) => actions.patchSettings({ theme })}
                onLanguage={(language) => actions.patchSettings({ language })}
                onShowShortcuts={() => setShowShortcuts(true)}
              />
              {(notes.failure || (notes.readOnly && notes.notices.length > 0)) && (
                <div className="notice notice--error notice--sticky" role="alert" data-testid="store-warning">
                  {notes.failure
                    ? t('savingFailed', { message: notes.failure })
                    : t('readOnlyStore', { message: notes.notices.join(' ') })}
                </div>
              )}
              <Notices notices={state.notices} onDismiss={dismissNotice} />
              <div className="workspace" style={layout}>
                {!outlinePane.collapsed && (
                  <>
                    <div className="left-pane" id="left-pane">
                      <PaneTabs<'outline' | 'search'>
                        tabs={[
                          ['outline', t('outline')],
                          ['search', t('search')],
                        ]}
                        tab={leftTab}
                        label={t('outline')}
                        onTab={setLeftTab}
                      />
                      {leftTab === 'outline' ? (
                        <OutlinePane
                          outline={outline}
                          currentSectionIds={currentSectionIds}
                          onNavigate={navigateToSection}
                          report={doc}
                        />
                      ) : (
                        <SearchPane
                          doc={doc}
                          query={search.query}
                          order={search.order}
                          results={search.results}
                          indexing={search.indexing}
                          stepCount={hits.steps.length}
                          currentStep={hits.current}
                          inputRef={searchInput}
                          onQuery={onQuery}
                          onOrder={search.setOrder}
                          onStep={step}
                          onClear={() => onQuery('')}
                          onOpenBlock={hits.openBlock}
                          onOpenTerm={onTermSelect}
                        />
                      )}
                    </div>
                    <PaneResizer
                      side="left"
                      width={outlinePane.width}
                      controls="left-pane"
                      onResize={(width, final) =>
                        actions.patchSettings({ panes: { outline: { width } } }, final)
                      }
                    />
                  </>
                )}
                <ReaderPane
                  doc={doc}
                  language={settings.language}
                  fontSize={settings.fontSize}
                  initialBlockId={session.settings.readingPositions[doc.id]}
                  selectedTermId={state.selectedTermId}
                  searchRanges={hits.marks}
                  currentHit={hits.currentHit}
                  highlights={highlights}
                  margin={margin}
                  bookmarks={bookmarks}
                  onMarginNoteClick={(id, rect) => setEditing({ id, rect, focusNote: false })}
                  onBookmark={toggleBookmark}
                  onParagraphNote={writeParagraphNote}
                  onSelectText={(range, rect) => setSelection(range && rect ? { range, rect } : null)}
                  onHighlightClick={(ids, rect) => {
                    const id = ids[ids.length - 1];
                    if (id) setEditing({ id, rect, focusNote: false });
                  }}
                  onPositionChange={onPositionChange}
                  onTermSelect={onTermSelect}
                />
                {!glossaryPane.collapsed && (
                  <>
                    <PaneResizer
                      side="right"
                      width={glossaryPane.width}
                      controls="right-pane"
                      onResize={(width, final) =>
                        actions.patchSettings({ panes: { glossary: { width } } }, final)
                      }
                    />
                    <div className="right-pane" id="right-pane">
                      <PaneTabs<'glossary' | 'annotations'>
                        tabs={[
                          ['glossary', t('glossary')],
                          ['annotations', `${t('annotations')} ${shownNotes.size}`],
                        ]}
                        tab={rightTab}
                        label={t('glossary')}
                        onTab={setRightTab}
                      />
                      {rightTab === 'glossary' ? (
                        <GlossaryPane
                          doc={doc}
                          sectionBlockIds={sectionBlockIds}
                          selectedTermId={state.selectedTermId}
                          onSelect={(termId) => actions.dispatch({ type: 'termSelected', termId })}
                          onJump={onJump}
                        />
                      ) : (
                        <AnnotationsPane
                          doc={doc}
                          annotations={shownNotes}
                          anchors={notes.anchors}
                          layers={layers}
                          hiddenLayers={hiddenLayers}
                          onToggleLayer={(authorId) =>
                            actions.patchSettings({
                              hiddenLayers: hiddenLayers.has(authorId)
                                ? settings.hiddenLayers.filter((id) => id !== authorId)
                                : [...settings.hiddenLayers, authorId],
                            })
                          }
                          onRemoveLayer={setRemoving}
                          onShare={exchange.openShare}
                          onImport={exchange.chooseImport}
                          onPrint={() => setPrinting(true)}
                          onEditSignature={() => setEditingSignature(true)}
                          onSettings={(patch) => actions.patchSettings(patch)}
                          onExport={backups.exportNotes}
                          onRestore={backups.chooseBackup}
                          onOpen={(annotation, anchor) => {
                            if (anchor.status !== 'orphan') scrollToAnnotation(anchor.blockId, annotation.id);
                          }}
                        />
                      )}
                    </div>
                  </>
                )}
              </div>
            </>
          )}
          {doc && (
            <AnnotationOverlays
              doc={doc}
              notes={notes}
              selection={selection}
              editing={editing}
              onSelection={setSelection}
              onEditing={setEditing}
              ownerName={(a) => layers.find((layer) => layer.author.id === a.author.id)?.author.name}
              onAdopted={() => notify('done', t('adopted'))}
              onCopied={copyCitation}
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
                exchange.removeLayer(removing.author.id, removing.author.name);
                // A re-import should bring the layer back visible, not hidden as it was.
                if (hiddenLayers.has(removing.author.id))
                  actions.patchSettings({
                    hiddenLayers: settings.hiddenLayers.filter((id) => id !== removing.author.id),
                  });
                setRemoving(null);
              }}
              onCancel={() => setRemoving(null)}
            />
          )}
          {showWelcome && state.status === 'ready' && (
            <WelcomeDialog
              authorName={settings.authorName}
              groupName={settings.groupName}
              onSave={(names) => {
                actions.patchSettings({ ...names, welcomeDone: true });
                setEditingSignature(false);
              }}
              onLater={() => {
                if (!settings.welcomeDone) actions.patchSettings({ welcomeDone: true });
                setEditingSignature(false);
              }}
            />
          )}
          {printing && doc && me && (
            <PrintPreview
              doc={doc}
              annotations={noteList}
              anchors={notes.anchors}
              me={me}
              groupName={settings.groupName}
              layers={layers}
              onNotify={notify}
              onClose={() => setPrinting(false)}
            />
          )}
          {dragging && <div className="drop-overlay">{t('dropHint')}</div>}
          {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
        </div>
      </PaletteContext.Provider>
    </LanguageContext.Provider>
  );
}
