/** 名词解释: entries (terms of the visible section first) with their places in the text, and 未释义术语. */
import { useEffect, useMemo, useRef } from 'react';
import type { GlossaryEntry, ReportDocument, TextRange } from '../../core/report/model';
import { citationLabel } from '../../core/report/ids';
import { useLanguage, useT } from '../i18n/i18n';
import { orderTermsForSection } from './term-index';

interface GlossaryPaneProps {
  doc: ReportDocument;
  sectionBlockIds: ReadonlySet<string>;
  selectedTermId: string | undefined;
  onSelect(termId: string): void;
  onJump(range: TextRange, occurrenceKey?: string): void;
}

function Occurrences({
  ranges,
  onJump,
  withKeys,
}: {
  ranges: TextRange[];
  onJump: GlossaryPaneProps['onJump'];
  withKeys: boolean;
}) {
  const t = useT();
  const language = useLanguage();
  if (ranges.length === 0) return <p className="glossary__none">{t('notInText')}</p>;
  return (
    <ul className="glossary__places">
      {ranges.map((range) => {
        const place = citationLabel(range.blockId, language);
        return (
          <li key={`${range.blockId}:${range.start}`}>
            <button
              type="button"
              className="citation"
              aria-label={t('jumpTo', { place })}
              onClick={() => onJump(range, withKeys ? `${range.blockId}:${range.start}` : undefined)}
            >
              {place}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function Entry({
  entry,
  selected,
  onSelect,
  onJump,
}: { entry: GlossaryEntry; selected: boolean } & Pick<GlossaryPaneProps, 'onSelect' | 'onJump'>) {
  const t = useT();
  return (
    <article
      className={`glossary__entry${selected ? ' is-selected' : ''}`}
      data-term-id={entry.id}
      aria-current={selected || undefined}
    >
      <h3>
        <button
          type="button"
          className="glossary__term"
          onClick={() => onSelect(entry.id)}
          aria-pressed={selected}
        >
          {entry.term}
        </button>
        <span className="glossary__count">{t('occurrences', { count: entry.occurrences.length })}</span>
      </h3>
      <p className="glossary__definition">{entry.definition}</p>
      <Occurrences ranges={entry.occurrences} onJump={onJump} withKeys />
    </article>
  );
}

export function GlossaryPane({ doc, sectionBlockIds, selectedTermId, onSelect, onJump }: GlossaryPaneProps) {
  const t = useT();
  const listRef = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map(doc.glossary.map((e) => [e.id, e])), [doc]);
  const { inSection, others } = useMemo(
    () => orderTermsForSection(doc, sectionBlockIds),
    [doc, sectionBlockIds],
  );

  useEffect(() => {
    if (!selectedTermId) return;
    listRef.current
      ?.querySelector(`[data-term-id="${CSS.escape(selectedTermId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedTermId]);

  const render = (ids: string[]) =>
    ids.map((id) => {
      const entry = byId.get(id);
      return entry ? (
        <Entry key={id} entry={entry} selected={id === selectedTermId} onSelect={onSelect} onJump={onJump} />
      ) : null;
    });

  return (
    <aside className="pane glossary" aria-label={t('glossary')} id="glossary-pane">
      <h2 className="pane__title">
        {t('glossary')} <span className="pane__count">{doc.glossary.length}</span>
      </h2>
      <div className="glossary__list" ref={listRef}>
        {doc.glossary.length === 0 && <p className="glossary__empty">{t('noGlossary')}</p>}
        {inSection.length > 0 && (
          <section aria-label={t('termsInSection')}>
            <h3 className="glossary__group">{t('termsInSection')}</h3>
            {render(inSection)}
          </section>
        )}
        {others.length > 0 && (
          <section aria-label={t('otherTerms')}>
            {inSection.length > 0 && <h3 className="glossary__group">{t('otherTerms')}</h3>}
            {render(others)}
          </section>
        )}
        {doc.unexplainedTerms.length > 0 && (
          <section className="glossary__unexplained" aria-label={t('unexplainedTerms')}>
            <h3 className="glossary__group">
              {t('unexplainedTerms')} <span className="pane__count">{doc.unexplainedTerms.length}</span>
            </h3>
            <p className="glossary__hint">{t('unexplainedHint')}</p>
            {doc.unexplainedTerms.map((term) => (
              <details key={term.term} className="glossary__jargon">
                <summary>
                  {term.term}{' '}
                  <span className="glossary__count">
                    {t('occurrences', { count: term.occurrences.length })}
                  </span>
                </summary>
                <Occurrences ranges={term.occurrences} onJump={onJump} withKeys={false} />
              </details>
            ))}
          </section>
        )}
      </div>
    </aside>
  );
}
