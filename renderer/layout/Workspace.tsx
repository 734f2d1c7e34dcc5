/**
 * The three-pane workspace: 目录/搜索 | report | 名词解释/批注. A docked side pane sits in the grid with a splitter;
 * a floating one (narrow window, large text) opens over the text and closes with Esc or a click outside it.
 */
import { useEffect, type CSSProperties, type ReactNode } from 'react';
import type { Side } from './use-panes';
import type { PaneView } from './use-panes';
import { PaneResizer } from './PaneResizer';

interface WorkspaceProps {
  left: PaneView;
  right: PaneView;
  style: CSSProperties;
  onResizeLeft(width: number, final: boolean): void;
  onResizeRight(width: number, final: boolean): void;
  onDismiss(side: Side): void;
  leftContent: ReactNode;
  reader: ReactNode;
  rightContent: ReactNode;
}

export function Workspace(props: WorkspaceProps) {
  const { left, right, onDismiss } = props;
  const floating: Side | null =
    left.shown && left.overlay ? 'left' : right.shown && right.overlay ? 'right' : null;

  // A click anywhere but the floating pane (or the toolbar, whose toggle handles itself) closes it.
  useEffect(() => {
    if (!floating) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target || target.closest(`#${floating}-pane, .toolbar, dialog, .popover__panel`)) return;
      onDismiss(floating);
    };
    // Esc closes it wherever the focus is (the toolbar toggle, the text), unless something nearer used the key
    // (the search box clears) or a dialog or menu is open (the key is theirs).
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open], .popover__panel')) return;
      const inside = document.getElementById(`${floating}-pane`)?.contains(document.activeElement) ?? false;
      event.preventDefault();
      onDismiss(floating);
      if (inside) document.getElementById('reader-scroll')?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [floating, onDismiss]);

  const pane = (side: Side, view: PaneView, content: ReactNode) => (
    <div
      className={`${side}-pane${view.overlay ? ` side-overlay side-overlay--${side}` : ''}`}
      id={`${side}-pane`}
      data-mode={view.overlay ? 'overlay' : 'docked'}
    >
      {content}
    </div>
  );

  return (
    <div className="workspace" style={props.style}>
      {left.shown && pane('left', left, props.leftContent)}
      {left.shown && !left.overlay && (
        <PaneResizer side="left" width={left.width} controls="left-pane" onResize={props.onResizeLeft} />
      )}
      {props.reader}
      {right.shown && !right.overlay && (
        <PaneResizer side="right" width={right.width} controls="right-pane" onResize={props.onResizeRight} />
      )}
      {right.shown && pane('right', right, props.rightContent)}
    </div>
  );
}
