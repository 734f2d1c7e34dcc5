/**
 * Edits one annotation in place: colour (none for a bookmark; a paragraph note may have none), note, tags, delete.
 * Changes are saved when the editor closes. Placed by its measured size so it always fits in the window, with its
 * buttons always in view; focus moves into it, and Esc closes it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Annotation, ColorKey } from '../../core/annotations/model';
import { normalizeTags } from '../../core/annotations/ops';
import type { AnnotationPatch } from '../../core/annotations/ops';
import { useT } from '../i18n/i18n';
import { COLORS, useColorLabel } from './palette';
import { useFittedPopup } from './use-fitted-popup';

const EDITOR_WIDTH = 360;

interface AnnotationEditorProps {
  annotation: Annotation;
  rect: DOMRect;
  readOnly: boolean;
  /** Another member's name when the note is theirs: shown read-only, with 采用 to copy it into mine. */
  owner?: string;
  onAdopt?(): void;
  focusNote: boolean;
  onChange(patch: AnnotationPatch): void;
  onDelete(): void;
  onClose(): void;
}

const tagsText = (tags: readonly string[]): string => tags.join(', ');
const parseTags = (text: string): string[] => normalizeTags(text.split(/[,，、;；\n]/));

export function AnnotationEditor({
  annotation,
  rect,
  readOnly: storeReadOnly,
  owner,
  onAdopt,
  focusNote,
  onChange,
  onDelete,
  onClose,
}: AnnotationEditorProps) {
  const t = useT();
  const colorLabel = useColorLabel();
  const readOnly = storeReadOnly || owner !== undefined;
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(tagsText(annotation.tags));
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const { ref, style, placed } = useFittedPopup<HTMLDivElement>(rect, EDITOR_WIDTH);
  useEffect(() => {
    // Into the editor, so the keyboard (Tab, Esc) acts on it: the note when one is to be written.
    if (!placed) return;
    if (focusNote && !readOnly) noteRef.current?.focus({ preventScroll: true });
    else ref.current?.focus({ preventScroll: true });
  }, [placed, focusNote, readOnly, ref]);

  const close = () => {
    const patch: AnnotationPatch = {};
    if (note !== annotation.note) patch.note = note;
    const nextTags = parseTags(tags);
    if (nextTags.join('\u0000') !== annotation.tags.join('\u0000')) patch.tags = nextTags;
    if (Object.keys(patch).length > 0) onChange(patch);
    onClose();
  };

  // Esc closes the editor wherever focus went (back to the text, say), as long as nothing else took the key.
  const closeRef = useRef(close);
  useLayoutEffect(() => {
    closeRef.current = close;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const { kind } = annotation;
  return (
    <div
      ref={ref}
      className="annotation-editor"
      role="dialog"
      aria-label={t('editAnnotation')}
      tabIndex={-1}
      style={style}
    >
      <div className="annotation-editor__body">
        {owner !== undefined && (
          <p className="annotation-editor__owner">{t('othersNote', { name: owner })}</p>
        )}
        {annotation.target.exact && (
          <blockquote className="annotation-editor__quote">{annotation.target.exact}</blockquote>
        )}
        {kind !== 'bookmark' && (
          <div className="annotation-editor__colors" role="radiogroup" aria-label={t('color')}>
            {COLORS.map((color: ColorKey) => (
              <button
                key={color}
                type="button"
                role="radio"
                aria-checked={annotation.color === color}
                className={`swatch swatch--${color}`}
                disabled={readOnly}
                onClick={() => onChange({ color })}
              >
                <span>{colorLabel(color)}</span>
              </button>
            ))}
            {kind === 'note' && (
              <button
                type="button"
                role="radio"
                aria-checked={annotation.color === undefined}
                className="swatch swatch--none"
                disabled={readOnly}
                onClick={() => onChange({ color: null })}
              >
                <span>{t('noColor')}</span>
              </button>
            )}
          </div>
        )}
        <label className="field">
          <span>{t('note')}</span>
          <textarea
            ref={noteRef}
            value={note}
            readOnly={readOnly}
            placeholder={readOnly ? undefined : t('notePlaceholder')}
            rows={4}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('tags')}</span>
          <input
            value={tags}
            readOnly={readOnly}
            placeholder={readOnly ? undefined : t('tagsPlaceholder')}
            onChange={(event) => setTags(event.target.value)}
          />
        </label>
      </div>
      <div className="annotation-editor__actions">
        {!readOnly && (
          <button type="button" className="link-button link-button--danger" onClick={onDelete}>
            {t('deleteAnnotation')}
          </button>
        )}
        {owner !== undefined && !storeReadOnly && onAdopt && (
          <button type="button" className="link-button" onClick={onAdopt}>
            {t('adopt')}
          </button>
        )}
        <button type="button" className="button" onClick={close}>
          {t('done')}
        </button>
      </div>
    </div>
  );
}
