/**
 * An amendment's change as a reader sees it in a list: the words taken away struck (<del>), the words added
 * underlined (<ins>), each with an action word, so the change reads without colour too.
 */
import type { Amendment } from '../../core/annotations/model';
import { shortTitle } from './pane-filter';
import { useT } from '../i18n/i18n';

/** How much of the report's words and of the new words a card shows. */
const CARD_QUOTE = 60;

export function AmendmentChange({ amendment, exact }: { amendment: Amendment; exact: string }) {
  const t = useT();
  const old = shortTitle(exact, CARD_QUOTE);
  const added = shortTitle(amendment.text, CARD_QUOTE);
  return (
    <span className="note-card__quote note-card__amendment" data-action={amendment.action}>
      {amendment.action === 'insertAfter' ? (
        <>
          {old} <span className="note-card__action">{t('amendInsertAfter')}</span> <ins>{added}</ins>
        </>
      ) : (
        <>
          <span className="note-card__action">
            {t(amendment.action === 'delete' ? 'amendDelete' : 'amendReplace')}
          </span>{' '}
          {amendment.action === 'delete' ? (
            <del>{old}</del>
          ) : (
            <>
              <del>{old}</del> → <ins>{added}</ins>
            </>
          )}
        </>
      )}
    </span>
  );
}
