/** The floating annotation UI over the reading pane: the selection toolbar and the editor of one annotation. */
import type { ReportDocument } from '../../core/report/model';
import { AnnotationEditor } from './AnnotationEditor';
import { citationText } from './citation-text';
import type { BlockRange } from './selection';
import { SelectionToolbar } from './SelectionToolbar';
import type { useAnnotations } from './use-annotations';

export interface SelectionState {
  range: BlockRange;
  rect: DOMRect;
}

export interface EditingState {
  id: string;
  rect: DOMRect;
  focusNote: boolean;
}

interface AnnotationOverlaysProps {
  doc: ReportDocument;
  notes: ReturnType<typeof useAnnotations>;
  selection: SelectionState | null;
  editing: EditingState | null;
  onSelection(selection: SelectionState | null): void;
  onEditing(editing: EditingState | null): void;
  onCopied(text: string): void;
  /** The display name of another member's note, by author id. */
  ownerName(annotation: { author: { id: string } }): string | undefined;
  onAdopted(): void;
}

export function AnnotationOverlays({
  doc,
  notes,
  selection,
  editing,
  onSelection,
  onEditing,
  onCopied,
  ownerName,
  onAdopted,
}: AnnotationOverlaysProps) {
  const clearSelection = () => {
    window.getSelection()?.removeAllRanges();
    onSelection(null);
  };
  const edited = editing ? notes.annotations.get(editing.id) : undefined;
  return (
    <>
      {selection && (
        <SelectionToolbar
          rect={selection.rect}
          readOnly={notes.readOnly}
          onColor={(color) => {
            notes.create(selection.range, color);
            clearSelection();
          }}
          onNote={() => {
            const created = notes.create(selection.range, 'yellow');
            clearSelection();
            if (created) onEditing({ id: created.id, rect: selection.rect, focusNote: true });
          }}
          onCopy={() => {
            onCopied(citationText(doc, selection.range));
            onSelection(null);
          }}
        />
      )}
      {editing && edited && (
        <AnnotationEditor
          key={editing.id}
          annotation={edited}
          rect={editing.rect}
          readOnly={notes.readOnly}
          owner={notes.isMine(edited) ? undefined : (ownerName(edited) ?? '')}
          onAdopt={() => {
            const copy = notes.adopt(editing.id);
            if (copy) {
              onEditing({ id: copy.id, rect: editing.rect, focusNote: false });
              onAdopted();
            }
          }}
          focusNote={editing.focusNote}
          onChange={(patch) => notes.update(editing.id, patch)}
          onDelete={() => {
            notes.remove(editing.id);
            onEditing(null);
          }}
          onClose={() => onEditing(null)}
        />
      )}
    </>
  );
}
