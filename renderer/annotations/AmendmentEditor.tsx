/**
 * Writes or edits an amendment (修改意见) on the selected words: 改为 (new wording), 在其后增加 (words to add), or
 * 删去, with an optional reason. A new one is saved only on 保存, and only with the words it needs; an existing one
 * saves its changes on 保存 and Esc. Another member's is shown read-only, with 采用 to make it mine.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Amendment, AmendmentAction } from '../../core/annotations/model';
import { AMENDMENT_ACTIONS } from '../../core/annotations/model';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { useFittedPopup } from './use-fitted-popup';

const EDITOR_WIDTH = 380;

const ACTION_KEYS: Record<AmendmentAction, MessageKey> = {
  replace: 'amendReplace',
  insertAfter: 'amendInsertAfter',
  delete: 'amendDelete',
};

export interface AmendmentDraft {
  amendment: Amendment;
  reason: string;
}

interface AmendmentEditorProps {
  /** The report's words the amendment acts on. */
  exact: string;
  rect: DOMRect;
  /** Absent for a new amendment. */
  initial?: AmendmentDraft;
  readOnly: boolean;
  owner?: string;
  onSave(draft: AmendmentDraft): void;
  onDelete?(): void;
  onAdopt?(): void;
  onClose(): void;
}

export function AmendmentEditor({
  exact,
  rect,
  initial,
  readOnly: storeReadOnly,
  owner,
  onSave,
  onDelete,
  onAdopt,
  onClose,
}: AmendmentEditorProps) {
  const t = useT();
  const readOnly = storeReadOnly || owner !== undefined;
  const [action, setAction] = useState<AmendmentAction>(initial?.amendment.action ?? 'replace');
  const [words, setWords] = useState(initial?.amendment.text ?? '');
  const [reason, setReason] = useState(initial?.reason ?? '');
  const [missing, setMissing] = useState(false);
  const wordsRef = useRef<HTMLTextAreaElement>(null);
  const { ref, style, placed } = useFittedPopup<HTMLDivElement>(rect, EDITOR_WIDTH);
  useEffect(() => {
    if (!placed) return;
    if (!readOnly && action !== 'delete') wordsRef.current?.focus({ preventScroll: true });
    else ref.current?.focus({ preventScroll: true });
    // Focus once, when placed; changing the action later keeps the focus where the user put it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [placed]);

  const draft = (): AmendmentDraft | undefined => {
    const text = action === 'delete' ? '' : words.trim();
    if (action !== 'delete' && text === '') return undefined;
    return { amendment: { action, text }, reason: reason.trim() };
  };
  const changed = (next: AmendmentDraft): boolean =>
    !initial ||
    next.amendment.action !== initial.amendment.action ||
    next.amendment.text !== initial.amendment.text ||
    next.reason !== initial.reason.trim();
  const save = () => {
    if (readOnly) return onClose();
    const next = draft();
    if (!next) {
      setMissing(true);
      wordsRef.current?.focus();
      return;
    }
    if (changed(next)) onSave(next);
    onClose();
  };
  // Esc: an edit is kept when it is complete (as the note editor keeps its note); a new one is dropped.
  const escape = () => {
    const next = draft();
    if (initial && next && !readOnly && changed(next)) onSave(next);
    onClose();
  };
  const escapeRef = useRef(escape);
  useLayoutEffect(() => {
    escapeRef.current = escape;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      escapeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const wordsLabel = action === 'insertAfter' ? t('amendAddedWords') : t('amendNewWords');
  return (
    <div
      ref={ref}
      className="annotation-editor amendment-editor"
      role="dialog"
      aria-label={t('amendLabel')}
      tabIndex={-1}
      style={style}
    >
      <div className="annotation-editor__body">
        {owner !== undefined && (
          <p className="annotation-editor__owner">{t('amendOthers', { name: owner })}</p>
        )}
        <blockquote
          className={`annotation-editor__quote amendment-editor__quote amendment-editor__quote--${action}`}
        >
          {exact}
        </blockquote>
        <div className="amendment-editor__actions" role="radiogroup" aria-label={t('amendAction')}>
          {AMENDMENT_ACTIONS.map((choice) => (
            <button
              key={choice}
              type="button"
              role="radio"
              aria-checked={action === choice}
              className="amendment-editor__action"
              data-action={choice}
              disabled={readOnly}
              onClick={() => {
                setAction(choice);
                setMissing(false);
              }}
            >
              {t(ACTION_KEYS[choice])}
            </button>
          ))}
        </div>
        {action !== 'delete' && (
          <label className="field">
            <span>{wordsLabel}</span>
            <textarea
              ref={wordsRef}
              value={words}
              readOnly={readOnly}
              rows={3}
              aria-invalid={missing || undefined}
              onChange={(event) => {
                setWords(event.target.value);
                setMissing(false);
              }}
            />
            {missing && (
              <span className="amendment-editor__problem" role="alert">
                {t('amendNeedWords')}
              </span>
            )}
          </label>
        )}
        <label className="field">
          <span>{t('amendReason')}</span>
          <textarea
            value={reason}
            readOnly={readOnly}
            rows={2}
            placeholder={readOnly ? undefined : t('amendReasonPlaceholder')}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
      </div>
      <div className="annotation-editor__actions">
        {!readOnly && onDelete && (
          <button type="button" className="link-button link-button--danger" onClick={onDelete}>
            {t('amendRemove')}
          </button>
        )}
        {owner !== undefined && !storeReadOnly && onAdopt && (
          <button type="button" className="link-button" onClick={onAdopt}>
            {t('amendAdopt')}
          </button>
        )}
        {!initial && (
          <button type="button" className="link-button" onClick={onClose}>
            {t('cancel')}
          </button>
        )}
        <button type="button" className="button" onClick={save}>
          {t('amendSave')}
        </button>
      </div>
    </div>
  );
}
