/**
 * The side panes: which tab each shows, whether each is docked beside the text or floats over it (narrow windows,
 * large text: pane-layout.ts), which floating pane is open, their widths as the workspace grid reads them,
 * resizing, showing and hiding.
 */
import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import type { Settings, SettingsPatch } from '../../core/settings';
import { paneLayout, type PaneLayout } from './pane-layout';

export type LeftTab = 'outline' | 'search';
export type RightTab = 'glossary' | 'annotations';
export type Side = 'left' | 'right';

function useWindowWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

export interface PaneView {
  /** The pane is on screen (docked and not collapsed, or floating and open). */
  shown: boolean;
  overlay: boolean;
  width: number;
}

export function usePanes(
  settings: Pick<Settings, 'panes' | 'fontSize'>,
  patchSettings: (patch: SettingsPatch, persist?: boolean) => void,
) {
  const [leftTab, setLeftTab] = useState<LeftTab>('outline');
  const [rightTab, setRightTab] = useState<RightTab>('glossary');
  const [open, setOpen] = useState<Side | null>(null);
  const { outline, glossary } = settings.panes;
  const windowWidth = useWindowWidth();
  const layout: PaneLayout = paneLayout({ windowWidth, fontSize: settings.fontSize, outline, glossary });
  const overlay = { left: layout.outline === 'overlay', right: layout.glossary === 'overlay' };
  // A floating pane that docks again (the window grew) is governed by its collapsed setting, not by `open`;
  // made narrow again, it starts closed.
  const openSide = open && overlay[open] ? open : null;
  if (open && !openSide) setOpen(null);
  const left: PaneView = {
    overlay: overlay.left,
    shown: overlay.left ? openSide === 'left' : !outline.collapsed,
    width: outline.width,
  };
  const right: PaneView = {
    overlay: overlay.right,
    shown: overlay.right ? openSide === 'right' : !glossary.collapsed,
    width: glossary.width,
  };
  const style = {
    '--outline-width': left.shown && !left.overlay ? `${outline.width}px` : '0px',
    '--glossary-width': right.shown && !right.overlay ? `${glossary.width}px` : '0px',
    '--outline-overlay-width': `${outline.width}px`,
    '--glossary-overlay-width': `${glossary.width}px`,
  } as CSSProperties;

  const resizeLeft = useCallback(
    (width: number, final: boolean) => patchSettings({ panes: { outline: { width } } }, final),
    [patchSettings],
  );
  const resizeRight = useCallback(
    (width: number, final: boolean) => patchSettings({ panes: { glossary: { width } } }, final),
    [patchSettings],
  );

  const collapse = (side: Side, collapsed: boolean): SettingsPatch =>
    side === 'left' ? { panes: { outline: { collapsed } } } : { panes: { glossary: { collapsed } } };
  const overlayLeft = overlay.left;
  const overlayRight = overlay.right;
  const collapsedLeft = outline.collapsed;
  const collapsedRight = glossary.collapsed;
  /** Shows or hides a pane: a docked pane's collapsed setting is kept; a floating pane just opens or closes. */
  const toggle = useCallback(
    (side: Side) => {
      if (side === 'left' ? overlayLeft : overlayRight) setOpen((now) => (now === side ? null : side));
      else patchSettings(collapse(side, !(side === 'left' ? collapsedLeft : collapsedRight)));
    },
    [overlayLeft, overlayRight, collapsedLeft, collapsedRight, patchSettings],
  );
  /** Brings a pane on screen (a command or a click that needs it), whatever its mode. */
  const reveal = useCallback(
    (side: Side) => {
      if (side === 'left' ? overlayLeft : overlayRight) setOpen(side);
      else if (side === 'left' ? collapsedLeft : collapsedRight) patchSettings(collapse(side, false));
    },
    [overlayLeft, overlayRight, collapsedLeft, collapsedRight, patchSettings],
  );
  /** Closes a floating pane (Esc, a click on the text, a section chosen); docked panes stay. */
  const dismiss = useCallback((side?: Side) => setOpen((now) => (side && now !== side ? now : null)), []);

  /** Shows the search tab; the find command brings the pane on screen itself. */
  const showSearch = useCallback(() => setLeftTab('search'), []);
  return {
    leftTab,
    setLeftTab,
    rightTab,
    setRightTab,
    left,
    right,
    style,
    resizeLeft,
    resizeRight,
    toggle,
    reveal,
    dismiss,
    showSearch,
  };
}

export type Panes = ReturnType<typeof usePanes>;
