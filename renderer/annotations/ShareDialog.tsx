/** 分享我的批注: choose which of my notes go into the pack (colours, tags, sections), then save it. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Annotation, Author, ColorKey } from '../../core/annotations/model';
import { buildSharePack, type ShareFilter } from '../../core/annotations/share';
import { buildOutline, flattenOutline } from '../../core/report/outline';
import type { ReportDocument } from '../../core/report/model';
import { useT } from '../i18n/i18n';
import { COLORS, useColorLabel } from './palette';

interface ShareDialogProps {
  doc: ReportDocument;
  me: Author;
  /** Live notes; only mine are shared. */
  annotations: readonly Annotation[];
  onShare(filter: ShareFilter): void;
  onCancel(): void;
}

export function ShareDialog({ doc, me, annotations, onShare, onCancel }: ShareDialogProps) {
  const t = useT();
  const colorLabel = useColorLabel();
  const ref = useRef<HTMLDialogElement>(null);
  const [colors, setColors] = useState<ReadonlySet<ColorKey>>(new Set(COLORS));
  const [tags, setTags] = useState<ReadonlySet<string>>(new Set());
  const [section, setSection] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const mine = useMemo(() => annotations.filter((a) => a.author.id === me.id), [annotations, me.id]);
  const allTags = useMemo(() => [...new Set(mine.flatMap((a) => a.tags))].sort(), [mine]);
  const sections = useMemo(() => flattenOutline(buildOutline(doc.blocks)), [doc]);
  const filter: ShareFilter = {
    ...(colors.size < COLORS.length ? { colors: [...colors] } : {}),
    ...(tags.size > 0 ? { tags: [...tags] } : {}),
    ...(section ? { sectionIds: [section] } : {}),
  };
  // The same function main uses, so the count is what the file will hold.
  const count = buildSharePack({
    report: { id: doc.id, title: '' },
    me,
    annotations: mine,
    filter,
    doc,
    exportedAt: '',
  }).annotations.length;
  const toggle = <T,>(set: ReadonlySet<T>, value: T): Set<T> => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onShare(filter);
  };
  return (
    <dialog className="dialog" ref={ref} aria-label={t('shareTitle')} onClose={onCancel}>
      <form className="share-form" onSubmit={submit}>
        <h2>{t('shareTitle')}</h2>
        <p className="glossary__hint">{t('shareHint')}</p>
        <fieldset>
          <legend>{t('color')}</legend>
          {COLORS.map((key) => (
            <label key={key} className="check">
              <input
                type="checkbox"
                checked={colors.has(key)}
                onChange={() => setColors(toggle(colors, key))}
              />
              <span className={`chip chip--${key}`}>{colorLabel(key)}</span>
            </label>
          ))}
        </fieldset>
        {allTags.length > 0 && (
          <fieldset>
            <legend>{t('tagsFilter')}</legend>
            {allTags.map((tag) => (
              <label key={tag} className="check">
                <input type="checkbox" checked={tags.has(tag)} onChange={() => setTags(toggle(tags, tag))} />#
                {tag}
              </label>
            ))}
          </fieldset>
        )}
        <label className="field">
          <span>{t('filterSection')}</span>
          <select value={section} onChange={(event) => setSection(event.target.value)}>
            <option value="">{t('allSections')}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.level === 2 ? '\u3000' : ''}
                {s.level === 0 ? t('preamble') : s.title.slice(0, 24)}
              </option>
            ))}
          </select>
        </label>
        <p data-testid="share-count">{t('shareCount', { count })}</p>
        <div className="annotation-editor__actions">
          <button type="button" className="link-button" onClick={() => ref.current?.close()}>
            {t('cancel')}
          </button>
          <button type="submit" className="button" disabled={colors.size === 0}>
            {t('shareSave')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
