/**
 * One annotation in the 批注 pane: colour label (or 书签, or 段落批注 for a paragraph note without a colour),
 * citation, author (for other members), quote, note, tags. A bookmark or a note on a whole paragraph quotes the
 * paragraph's start, not the whole paragraph (a bookmark has no words of its own).
 */
import type { Anchor } from '../../core/annotations/anchor';
import type { Annotation } from '../../core/annotations/model';
import { citationLabel } from '../../core/report/ids';
import { useLanguage, useT } from '../i18n/i18n';
import { AmendmentChange } from './AmendmentChange';
import { useColorLabel } from './palette';
import { choiceOf, shortTitle } from './pane-filter';

/** How much of its paragraph a bookmark or a paragraph note shows. */
const PARAGRAPH_QUOTE = 40;

interface NoteCardProps {
  annotation: Annotation;
  anchor: Anchor;
  /** Set for another member's note: their name and mark. */
  author?: { name: string; mark: number };
  /** The text of the paragraph it is on, as the report reads now. */
  paragraph?: string;
  onOpen(annotation: Annotation, anchor: Anchor): void;
}

export function NoteCard({ annotation, anchor, author, paragraph, onOpen }: NoteCardProps) {
  const t = useT();
  const language = useLanguage();
  const colorLabel = useColorLabel();
  const choice = choiceOf(annotation);
  const amendment = annotation.kind === 'amendment' ? annotation.amendment : undefined;
  const label =
    choice === 'amendment'
      ? t('amendLabel')
      : choice === 'bookmark'
        ? `⚑ ${t('bookmark')}`
        : choice === 'none'
          ? t('paragraphNoteLabel')
          : colorLabel(choice);
  const { target } = annotation;
  const wholeParagraph =
    annotation.kind !== 'highlight' && (target.end <= target.start || target.exact === paragraph);
  const quote = wholeParagraph ? shortTitle(paragraph ?? target.exact, PARAGRAPH_QUOTE) : target.exact;
  return (
    <li
      className={`note-card note-card--${choice}`}
      data-annotation-id={annotation.id}
      data-author={author ? author.name : undefined}
    >
      <button type="button" className="note-card__open" onClick={() => onOpen(annotation, anchor)}>
        <span className="note-card__meta">
          <span className={`chip chip--${choice}`}>{label}</span>
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
        {amendment ? (
          <AmendmentChange amendment={amendment} exact={target.exact} />
        ) : (
          quote && <span className="note-card__quote">{quote}</span>
        )}
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
