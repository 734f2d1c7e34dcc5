/** The three-pane workspace: 目录/搜索 | report | 名词解释/批注, with resizable, collapsible side panes. */
import type { CSSProperties, ReactNode } from 'react';
import type { Settings } from '../../core/settings';
import { PaneResizer } from './PaneResizer';

interface WorkspaceProps {
  panes: Settings['panes'];
  style: CSSProperties;
  onResizeLeft(width: number, final: boolean): void;
  onResizeRight(width: number, final: boolean): void;
  left: ReactNode;
  reader: ReactNode;
  right: ReactNode;
}

export function Workspace({
  panes,
  style,
  onResizeLeft,
  onResizeRight,
  left,
  reader,
  right,
}: WorkspaceProps) {
  return (
    <div className="workspace" style={style}>
      {!panes.outline.collapsed && (
        <>
          <div className="left-pane" id="left-pane">
            {left}
          </div>
          <PaneResizer side="left" width={panes.outline.width} controls="left-pane" onResize={onResizeLeft} />
        </>
      )}
      {reader}
      {!panes.glossary.collapsed && (
        <>
          <PaneResizer
            side="right"
            width={panes.glossary.width}
            controls="right-pane"
            onResize={onResizeRight}
          />
          <div className="right-pane" id="right-pane">
            {right}
          </div>
        </>
      )}
    </div>
  );
}
