/**
 * Words that carry several highlights (mine and other members'): a short list to choose the one to open, mine
 * first, each with its colour label, its author and the start of its note or words. Esc closes it.
 */
import { useEffect, useRef } from 'react';
import type { Annotation } from '../../core/annotations/model';
import { useT } from '../i18n/i18n';
import { MemberMark } from './NoteCard';
import { useColorLabel } from './palette';
import { choiceOf, shortTitle } from './pane-filter';
import { useFittedPopup } from './use-fitted-popup';

interface HighlightChooserProps {
  /** In the order to list them. */
  annotations: readonly Annotation[];
  rect: DOMRect;
  /** The member's name and mark for another member's note; undefined for mine. */
  ownerOf(annotation: Annotation): { name: string; mark: number } | undefined;
  onChoose(annotation: Annotation): void;
  onClose(): void;
}

export function HighlightChooser({ annotations, rect, ownerOf, onChoose, onClose }: HighlightChooserProps) {
  const t = useT();
  const colorLabel = useColorLabel();
  const { ref, style, placed } = useFittedPopup<HTMLDivElement>(rect, 300);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (placed) first.current?.focus({ preventScroll: true });
  }, [placed]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div
      ref={ref}
      className="highlight-chooser"
      role="dialog"
      aria-label={t('chooseAnnotation', { count: annotations.length })}
      style={style}
    >
      <p className="highlight-chooser__title">{t('chooseAnnotation', { count: annotations.length })}</p>
      <ul className="highlight-chooser__list">
        {annotations.map((annotation, index) => {
          const owner = ownerOf(annotation);
          const choice = choiceOf(annotation);
          return (
            <li key={annotation.id}>
              <button
                ref={index === 0 ? first : undefined}
                type="button"
                className="highlight-chooser__item"
                data-choice={annotation.id}
                onClick={() => onChoose(annotation)}
              >
                <span className="note-card__meta">
                  <span className={`chip chip--${choice}`}>
                    {choice === 'amendment'
                      ? t('amendLabel')
                      : choice === 'bookmark' || choice === 'none'
                        ? t('paragraphNoteLabel')
                        : colorLabel(choice)}
                  </span>
                  {owner ? (
                    <span className="note-card__author">
                      <MemberMark name={owner.name} mark={owner.mark} />
                      {owner.name}
                    </span>
                  ) : (
                    <span className="note-card__author">{t('me')}</span>
                  )}
                </span>
                <span className="highlight-chooser__text">
                  {shortTitle(annotation.note.trim() || annotation.target.exact, 40)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
