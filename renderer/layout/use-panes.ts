/** The side panes: which tab each shows, their widths as the workspace grid reads them, resizing and collapsing. */
import { useCallback, useState, type CSSProperties } from 'react';
import type { Settings, SettingsPatch } from '../../core/settings';

export type LeftTab = 'outline' | 'search';
export type RightTab = 'glossary' | 'annotations';

export function usePanes(
  panes: Settings['panes'],
  patchSettings: (patch: SettingsPatch, persist?: boolean) => void,
) {
  const [leftTab, setLeftTab] = useState<LeftTab>('outline');
  const [rightTab, setRightTab] = useState<RightTab>('glossary');
  const { outline, glossary } = panes;
  const style = {
    '--outline-width': outline.collapsed ? '0px' : `${outline.width}px`,
    '--glossary-width': glossary.collapsed ? '0px' : `${glossary.width}px`,
  } as CSSProperties;
  const resizeLeft = useCallback(
    (width: number, final: boolean) => patchSettings({ panes: { outline: { width } } }, final),
    [patchSettings],
  );
  const resizeRight = useCallback(
    (width: number, final: boolean) => patchSettings({ panes: { glossary: { width } } }, final),
    [patchSettings],
  );
  /** Shows the search tab; the find command opens the pane itself when it is collapsed. */
  const showSearch = useCallback(() => setLeftTab('search'), []);
  /** Opens the glossary pane if it is collapsed (a term was clicked in the text). */
  const glossaryCollapsed = glossary.collapsed;
  const revealGlossary = useCallback(() => {
    if (glossaryCollapsed) patchSettings({ panes: { glossary: { collapsed: false } } });
  }, [glossaryCollapsed, patchSettings]);
  return {
    leftTab,
    setLeftTab,
    rightTab,
    setRightTab,
    style,
    resizeLeft,
    resizeRight,
    showSearch,
    revealGlossary,
  };
}
