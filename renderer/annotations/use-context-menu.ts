/**
 * Right-click anywhere that has something to offer: a text field (cut, copy, paste, select all), selected report
 * text (copy, 复制引用, highlight in a colour, write a note), a paragraph (a paragraph note, a bookmark) or a
 * highlight (edit, delete or adopt). Main builds and shows the menu (contract `showContextMenu`); this hook says
 * what was clicked and carries out the item chosen.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ContextMenuChoice, ContextMenuRequest } from '../../core/contract';
import type { ReportDocument } from '../../core/report/model';
import { getApi } from '../api';
import type { EditingState, SelectionState } from './AnnotationOverlays';
import { citationText } from './citation-text';
import { selectionToBlockRange } from './selection';
import type { useAnnotations } from './use-annotations';

export interface ContextMenuDeps {
  doc: ReportDocument | undefined;
  notes: ReturnType<typeof useAnnotations>;
  onSelection(selection: SelectionState | null): void;
  onEditing(editing: EditingState | null): void;
  onCopied(text: string): void;
  onParagraphNote(blockId: string, rect: DOMRect): void;
  onBookmark(blockId: string): void;
  onAdopted(): void;
}

/** What a right-click on `target` is about, and what to do with the item chosen for it. */
type Target = { request: ContextMenuRequest; carryOut(choice: ContextMenuChoice): void };

function fieldTarget(target: Element): Target | null {
  const field = target.closest<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
  const editable = target.closest<HTMLElement>('[contenteditable="true"]');
  if (!field && !editable) return null;
  const hasSelection = field
    ? (field.selectionStart ?? 0) !== (field.selectionEnd ?? 0)
    : window.getSelection()?.isCollapsed === false;
  const writable = field ? !field.readOnly && !field.disabled : true;
  // Cut, copy, paste and the rest are Electron roles acting on the focused field: nothing to do here.
  return { request: { kind: 'field', hasSelection, editable: writable }, carryOut: () => undefined };
}

export function useContextMenu(deps: ContextMenuDeps): void {
  // The listener is installed once; it reads the latest notes and document through the ref.
  const latest = useRef(deps);
  useLayoutEffect(() => {
    latest.current = deps;
  });

  useEffect(() => {
    const targetFor = (target: Element): Target | null => {
      const field = fieldTarget(target);
      if (field) return field;
      const { doc, notes, onSelection, onEditing, onCopied, onParagraphNote, onBookmark, onAdopted } =
        latest.current;
      if (!doc || !target.closest('.reader')) return null;
      const readOnly = notes.readOnly;

      const mark = target.closest<HTMLElement>('mark.hl');
      const markedId = mark?.dataset.annotationIds?.split(' ').at(-1);
      const marked = markedId ? notes.annotations.get(markedId) : undefined;
      const selection = window.getSelection();
      const range = selection && !selection.isCollapsed ? selectionToBlockRange(selection) : null;
      if (mark && marked && !range) {
        const rect = mark.getBoundingClientRect();
        const anchor = notes.anchors.get(marked.id);
        return {
          request: { kind: 'highlight', mine: notes.isMine(marked), readOnly },
          carryOut(choice) {
            if (choice.action === 'edit') onEditing({ id: marked.id, rect, focusNote: false });
            else if (choice.action === 'delete') notes.remove(marked.id);
            else if (choice.action === 'adopt') {
              const copy = notes.adopt(marked.id);
              if (copy) {
                onEditing({ id: copy.id, rect, focusNote: false });
                onAdopted();
              }
            } else if (choice.action === 'copy-citation' && anchor && anchor.status !== 'orphan') {
              onCopied(citationText(doc, anchor));
            }
          },
        };
      }
      if (range && selection) {
        const rect = selection.getRangeAt(0).getBoundingClientRect();
        const clear = () => {
          selection.removeAllRanges();
          onSelection(null);
        };
        return {
          request: { kind: 'text', hasSelection: true, readOnly },
          carryOut(choice) {
            if (choice.action === 'highlight') {
              notes.create(range, choice.color);
              clear();
            } else if (choice.action === 'note') {
              const created = notes.create(range, 'yellow');
              clear();
              if (created) onEditing({ id: created.id, rect, focusNote: true });
            } else if (choice.action === 'copy-citation') {
              onCopied(citationText(doc, range));
            }
          },
        };
      }
      const paragraph = target.closest<HTMLElement>('[data-block-id]');
      const blockId = paragraph?.dataset.blockId;
      if (!paragraph || !blockId) return null;
      return {
        request: { kind: 'text', hasSelection: false, readOnly },
        carryOut(choice) {
          if (choice.action === 'paragraph-note') onParagraphNote(blockId, paragraph.getBoundingClientRect());
          else if (choice.action === 'bookmark') onBookmark(blockId);
        },
      };
    };

    const onContextMenu = (event: MouseEvent) => {
      if (!(event.target instanceof Element)) return;
      const found = targetFor(event.target);
      if (!found) return;
      event.preventDefault();
      void getApi()
        .showContextMenu(found.request)
        .then((result) => {
          if (result.ok && result.value) found.carryOut(result.value);
        });
    };
    document.addEventListener('contextmenu', onContextMenu);
    return () => document.removeEventListener('contextmenu', onContextMenu);
  }, []);
}
