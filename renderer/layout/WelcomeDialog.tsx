/** First run (and 署名… later): the name notes are signed with, and the study group. Stored in settings only. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../i18n/i18n';
import { useModalDialog } from './use-modal-dialog';

interface WelcomeDialogProps {
  authorName: string;
  groupName: string;
  onSave(names: { authorName: string; groupName: string }): void;
  onLater(): void;
}

export function WelcomeDialog({ authorName, groupName, onSave, onLater }: WelcomeDialogProps) {
  const t = useT();
  const ref = useModalDialog();
  const [name, setName] = useState(authorName);
  const [group, setGroup] = useState(groupName);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ authorName: name.trim(), groupName: group.trim() });
  };
  return (
    <dialog className="dialog" ref={ref} aria-label={t('welcomeTitle')} onClose={onLater}>
      <form onSubmit={submit}>
        <h2>{t('welcomeTitle')}</h2>
        <p className="glossary__hint">{t('welcomeText')}</p>
        <label className="field">
          <span>{t('yourName')}</span>
          <input
            // The dialog exists to ask this one thing.
            autoFocus
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('groupName')}</span>
          <input maxLength={100} value={group} onChange={(event) => setGroup(event.target.value)} />
        </label>
        <div className="annotation-editor__actions">
          <button type="button" className="link-button" onClick={() => ref.current?.close()}>
            {t('later')}
          </button>
          <button type="submit" className="button" disabled={name.trim() === ''}>
            {t('welcomeSave')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
