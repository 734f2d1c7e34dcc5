/**
 * The floating annotation UI over the reading pane: the selection toolbar, the chooser for words that carry several
 * highlights, and the editor of one annotation. Esc closes whichever is open.
 */
import { useEffect, useState } from 'react';
import { memberMark } from '../../core/annotations/layers';
import type { Annotation } from '../../core/annotations/model';
import type { ReportDocument } from '../../core/report/model';
import { AmendmentEditor } from './AmendmentEditor';
import { AnnotationEditor } from './AnnotationEditor';
import { citationText } from './citation-text';
import { HighlightChooser } from './HighlightChooser';
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
  /** Every highlight under the words clicked (paint order); several open a chooser first. */
  choices?: readonly string[];
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
  // Esc takes the selection toolbar away, as it does the editor.
  useEffect(() => {
    if (!selection) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      window.getSelection()?.removeAllRanges();
      onSelection(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selection, onSelection]);

  // A new amendment is written before it exists (it is saved only complete), so it has its own state.
  const [newAmendment, setNewAmendment] = useState<SelectionState | null>(null);
  const edited = editing ? notes.annotations.get(editing.id) : undefined;
  // Mine first (painted last, so on top), then the others; the newest of each first.
  const choices = (editing?.choices ?? [])
    .toReversed()
    .map((id) => notes.annotations.get(id))
    .filter((a): a is Annotation => a !== undefined)
    .sort((a, b) => Number(notes.isMine(b)) - Number(notes.isMine(a)));
  const closeEditing = () => onEditing(null);
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
          onAmend={() => {
            setNewAmendment(selection);
            clearSelection();
          }}
          onCopy={() => {
            onCopied(citationText(doc, selection.range));
            onSelection(null);
          }}
        />
      )}
      {editing && choices.length > 1 && (
        <HighlightChooser
          annotations={choices}
          rect={editing.rect}
          ownerOf={(a) =>
            notes.isMine(a) ? undefined : { name: ownerName(a) ?? '', mark: memberMark(a.author.id) }
          }
          onChoose={(a) => onEditing({ id: a.id, rect: editing.rect, focusNote: false })}
          onClose={closeEditing}
        />
      )}
      {newAmendment && (
        <AmendmentEditor
          exact={
            doc.blocks
              .find((block) => block.id === newAmendment.range.blockId)
              ?.text.slice(newAmendment.range.start, newAmendment.range.end) ?? ''
          }
          rect={newAmendment.rect}
          readOnly={notes.readOnly}
          onSave={(draft) =>
            notes.create(newAmendment.range, undefined, draft.reason, 'amendment', draft.amendment)
          }
          onClose={() => setNewAmendment(null)}
        />
      )}
      {editing && edited?.kind === 'amendment' && edited.amendment && choices.length <= 1 && (
        <AmendmentEditor
          key={editing.id}
          exact={edited.target.exact}
          rect={editing.rect}
          initial={{ amendment: edited.amendment, reason: edited.note }}
          readOnly={notes.readOnly}
          owner={notes.isMine(edited) ? undefined : (ownerName(edited) ?? '')}
          onSave={(draft) => notes.update(editing.id, { amendment: draft.amendment, note: draft.reason })}
          onAdopt={() => {
            const copy = notes.adopt(editing.id);
            if (copy) {
              onEditing({ id: copy.id, rect: editing.rect, focusNote: false });
              onAdopted();
            }
          }}
          onDelete={() => {
            notes.remove(editing.id);
            closeEditing();
          }}
          onClose={closeEditing}
        />
      )}
      {editing && edited && edited.kind !== 'amendment' && choices.length <= 1 && (
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
            closeEditing();
          }}
          onClose={closeEditing}
        />
      )}
    </>
  );
}
