/** 分享我的批注: choose which of my notes go into the pack (colours, tags, sections), then save it. */
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import type { Annotation, Author, ColorKey } from '../../core/annotations/model';
import { buildSharePack, type ShareFilter } from '../../core/annotations/share';
import type { ReportDocument } from '../../core/report/model';
import { useT } from '../i18n/i18n';
import { COLORS } from './palette';
import { ColorChecks, SectionSelect, TagChecks } from './FilterFields';
import { useModalDialog } from '../layout/use-modal-dialog';

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
  const ref = useModalDialog();
  const [colors, setColors] = useState<ReadonlySet<ColorKey>>(new Set(COLORS));
  const [tags, setTags] = useState<ReadonlySet<string>>(new Set());
  const [section, setSection] = useState('');
  const mine = useMemo(() => annotations.filter((a) => a.author.id === me.id), [annotations, me.id]);
  const allTags = useMemo(() => [...new Set(mine.flatMap((a) => a.tags))].sort(), [mine]);
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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onShare(filter);
  };
  return (
    <dialog className="dialog" ref={ref} aria-label={t('shareTitle')} onClose={onCancel}>
      <form className="share-form" onSubmit={submit}>
        <h2>{t('shareTitle')}</h2>
        <p className="glossary__hint">{t('shareHint')}</p>
        <ColorChecks selected={colors} onChange={setColors} />
        <TagChecks tags={allTags} selected={tags} onChange={setTags} />
        <SectionSelect doc={doc} value={section} onChange={setSection} />
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
