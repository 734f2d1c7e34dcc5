/**
 * The window: toolbar, notices, then 目录/搜索 | report | 名词解释/批注, and what opens over them. Each feature keeps
 * its own state in its hook; App only composes them.
 */
import { useCallback } from 'react';
import type { TextRange } from '../core/report/model';
import { AnnotationsPane } from './annotations/AnnotationsPane';
import { PaletteContext } from './annotations/palette';
import { GlossaryPane } from './glossary/GlossaryPane';
import { LanguageContext, translator } from './i18n/i18n';
import { AppDialogs } from './layout/AppDialogs';
import { Notices } from './layout/Notices';
import { PaneTabs } from './layout/PaneTabs';
import { StoreWarning } from './layout/StoreWarning';
import { Toolbar } from './layout/Toolbar';
import { useDialogs } from './layout/use-dialogs';
import { useFileDrop } from './layout/use-file-drop';
import { usePanes, type LeftTab, type RightTab } from './layout/use-panes';
import { Workspace } from './layout/Workspace';
import { OutlinePane } from './outline/OutlinePane';
import { useSections } from './outline/use-sections';
import { ReaderPane } from './reader/ReaderPane';
import { scrollToAnnotation, scrollToBlock } from './reader/navigation';
import { SearchPane } from './search/SearchPane';
import { useFind } from './search/use-find';
import { useApp } from './state/use-app';
import { useCommands } from './state/use-commands';
import { useDocumentSettings } from './state/use-document-settings';
import { useNotesView } from './state/use-notes-view';
import { useNotices } from './state/use-notices';

export function App() {
  const { state, actions } = useApp();
  const { settings, session } = state;
  const { patchSettings, dispatch } = actions;
  const doc = session?.report;
  const t = translator(settings.language);
  useDocumentSettings(settings);
  const { notify, dismiss } = useNotices(dispatch, doc?.id);
  const panes = usePanes(settings, patchSettings);
  const dialogs = useDialogs();
  const view = useNotesView({ session, settings, patchSettings, notify, t });
  const { notes } = view;
  const sections = useSections(doc, state.currentBlockId);
  const find = useFind(doc, view.noteList, panes.showSearch);
  const { hits } = find;
  const drop = useFileDrop(actions.importDropped, notify, t('dropPackHint'));

  const run = useCommands({
    settings,
    patchSettings,
    togglePane: panes.toggle,
    revealPane: panes.reveal,
    openFile: actions.openFile,
    flat: sections.flat,
    current: sections.current,
    navigateToSection: sections.navigateToSection,
    showShortcuts: () => dialogs.setShortcuts(true),
    openFind: find.open,
    step: hits.step,
    undo: notes.undo,
    redo: notes.redo,
    notesCommand: (command) => {
      // Not over another modal dialog (it would stay on top, and the window behind become inert), nor before a report.
      if (!doc || document.querySelector('dialog[open]')) return;
      if (command === 'print-export') dialogs.setPrinting(true);
      else if (command === 'share-notes') view.exchange.openShare();
      else view.exchange.chooseImport();
    },
  });

  const onJump = useCallback((range: TextRange, occurrenceKey?: string) => {
    scrollToBlock(range.blockId, occurrenceKey ? { occurrenceKey } : {});
  }, []);
  const { reveal, dismiss: dismissPane } = panes;
  const onTermSelect = useCallback(
    (termId: string) => {
      dispatch({ type: 'termSelected', termId });
      reveal('right');
    },
    [dispatch, reveal],
  );
  // A section chosen in a floating 目录 is read at once: the pane gives the text back.
  const { navigateToSection } = sections;
  const onNavigate = useCallback(
    (section: Parameters<typeof navigateToSection>[0]) => {
      navigateToSection(section);
      dismissPane('left');
    },
    [navigateToSection, dismissPane],
  );
  const onPositionChange = useCallback(
    (blockId: string) => dispatch({ type: 'positionChanged', blockId }),
    [dispatch],
  );

  return (
    <LanguageContext.Provider value={settings.language}>
      <PaletteContext.Provider value={settings.palette}>
        <div className="app" {...drop.handlers}>
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
                outlineShown={panes.left.shown}
                glossaryShown={panes.right.shown}
                onToggleOutline={() => run('toggle-outline')}
                onToggleGlossary={() => run('toggle-glossary')}
                onOpen={actions.openFile}
                onOpenRecent={actions.openRecent}
                onForgetRecent={actions.forgetRecent}
                onFontSize={(fontSize) => patchSettings({ fontSize })}
                onTheme={(theme) => patchSettings({ theme })}
                onLanguage={(language) => patchSettings({ language })}
                onParagraphNumbers={(paragraphNumbers) => patchSettings({ paragraphNumbers })}
                onShowShortcuts={() => dialogs.setShortcuts(true)}
              />
              <StoreWarning failure={notes.failure} readOnlyNotices={notes.readOnly ? notes.notices : []} />
              <Notices notices={state.notices} onDismiss={dismiss} />
              <Workspace
                left={panes.left}
                right={panes.right}
                style={panes.style}
                onResizeLeft={panes.resizeLeft}
                onResizeRight={panes.resizeRight}
                onDismiss={dismissPane}
                leftContent={
                  <>
                    <PaneTabs<LeftTab>
                      tabs={[
                        ['outline', t('outline')],
                        ['search', t('search')],
                      ]}
                      tab={panes.leftTab}
                      label={t('outline')}
                      onTab={panes.setLeftTab}
                    />
                    {panes.leftTab === 'outline' ? (
                      <OutlinePane
                        outline={sections.outline}
                        currentSectionIds={sections.currentSectionIds}
                        onNavigate={onNavigate}
                        report={doc}
                      />
                    ) : (
                      <SearchPane
                        doc={doc}
                        query={find.search.query}
                        order={find.search.order}
                        results={find.search.results}
                        indexing={find.search.indexing}
                        stepCount={hits.steps.length}
                        currentStep={hits.current}
                        inputRef={find.inputRef}
                        onQuery={find.onQuery}
                        onOrder={find.search.setOrder}
                        onStep={hits.step}
                        onClear={() => find.onQuery('')}
                        onOpenBlock={hits.openBlock}
                        onOpenTerm={onTermSelect}
                      />
                    )}
                  </>
                }
                reader={
                  <ReaderPane
                    doc={doc}
                    language={settings.language}
                    fontSize={settings.fontSize}
                    paragraphNumbers={settings.paragraphNumbers}
                    initialBlockId={session.settings.readingPositions[doc.id]}
                    selectedTermId={state.selectedTermId}
                    searchRanges={hits.marks}
                    currentHit={hits.currentHit}
                    highlights={view.painted.highlights}
                    margin={view.painted.margin}
                    bookmarks={view.painted.bookmarks}
                    onMarginNoteClick={(id, rect) => view.setEditing({ id, rect, focusNote: false })}
                    onBookmark={view.toggleBookmark}
                    onParagraphNote={view.writeParagraphNote}
                    onSelectText={(range, rect) => view.setSelection(range && rect ? { range, rect } : null)}
                    onHighlightClick={(ids, rect) => {
                      const id = ids[ids.length - 1];
                      if (id) view.setEditing({ id, rect, focusNote: false, choices: ids });
                    }}
                    onPositionChange={onPositionChange}
                    onTermSelect={onTermSelect}
                  />
                }
                rightContent={
                  <>
                    <PaneTabs<RightTab>
                      tabs={[
                        ['glossary', t('glossary')],
                        ['annotations', `${t('annotations')} ${view.shownNotes.size}`],
                      ]}
                      tab={panes.rightTab}
                      label={t('glossary')}
                      onTab={panes.setRightTab}
                    />
                    {panes.rightTab === 'glossary' ? (
                      <GlossaryPane
                        doc={doc}
                        sectionBlockIds={sections.sectionBlockIds}
                        selectedTermId={state.selectedTermId}
                        onSelect={(termId) => dispatch({ type: 'termSelected', termId })}
                        onJump={onJump}
                      />
                    ) : (
                      <AnnotationsPane
                        doc={doc}
                        annotations={view.shownNotes}
                        anchors={notes.anchors}
                        layers={view.layers}
                        hiddenLayers={view.hiddenLayers}
                        onToggleLayer={view.toggleLayer}
                        onRemoveLayer={dialogs.setRemoving}
                        onShare={view.exchange.openShare}
                        onImport={view.exchange.chooseImport}
                        onPrint={() => dialogs.setPrinting(true)}
                        onEditSignature={() => dialogs.setEditingSignature(true)}
                        onSettings={(patch) => patchSettings(patch)}
                        onExport={view.backups.exportNotes}
                        onRestore={view.backups.chooseBackup}
                        onOpen={(annotation, anchor) => {
                          if (anchor.status !== 'orphan') scrollToAnnotation(anchor.blockId, annotation.id);
                        }}
                      />
                    )}
                  </>
                }
              />
            </>
          )}
          <AppDialogs
            doc={doc}
            ready={state.status === 'ready'}
            settings={settings}
            patchSettings={patchSettings}
            view={view}
            dialogs={dialogs}
            notify={notify}
            dragging={drop.dragging}
          />
        </div>
      </PaletteContext.Provider>
    </LanguageContext.Provider>
  );
}
