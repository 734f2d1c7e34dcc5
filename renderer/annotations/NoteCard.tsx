/** One annotation in the 批注 pane: colour label, citation, author (for other members), quote, note, tags. */
import type { Anchor } from '../../core/annotations/anchor';
import type { Annotation } from '../../core/annotations/model';
import { citationLabel } from '../../core/report/ids';
import { useLanguage, useT } from '../i18n/i18n';
import { useColorLabel } from './palette';

interface NoteCardProps {
  annotation: Annotation;
  anchor: Anchor;
  /** Set for another member's note: their name and mark. */
  author?: { name: string; mark: number };
  onOpen(annotation: Annotation, anchor: Anchor): void;
}

export function NoteCard({ annotation, anchor, author, onOpen }: NoteCardProps) {
  const t = useT();
  const language = useLanguage();
  const colorLabel = useColorLabel();
  return (
    <li
      className={`note-card note-card--${annotation.color}`}
      data-annotation-id={annotation.id}
      data-author={author ? author.name : undefined}
    >
      <button type="button" className="note-card__open" onClick={() => onOpen(annotation, anchor)}>
        <span className="note-card__meta">
          <span className={`chip chip--${annotation.color}`}>{colorLabel(annotation.color)}</span>
          <span className="note-card__place">
            {anchor.status === 'orphan' ? t('orphans') : citationLabel(anchor.blockId, language)}
          </span>
          {author && (
            <span className="note-card__author">
              <MemberMark name={author.name} mark={author.mark} />
              {author.name}
            </span>
          )}
        </span>
        <span className="note-card__quote">{annotation.target.exact}</span>
        {annotation.note && <span className="note-card__note">{annotation.note}</span>}
        {annotation.tags.length > 0 && (
          <span className="note-card__tags">
            {annotation.tags.map((tag) => (
              <span key={tag} className="tag">
                #{tag}
              </span>
            ))}
          </span>
        )}
      </button>
    </li>
  );
}

/** A member's round mark with the first character of their name. */
export function MemberMark({ name, mark }: { name: string; mark: number }) {
  return (
    <span className={`member-mark member-mark--m${mark}`} aria-hidden="true">
      {[...name.trim()][0] ?? '?'}
    </span>
  );
}
