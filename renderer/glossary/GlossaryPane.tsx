/** 名词解释: entries (terms of the visible section first) with their places in the text, and 未释义术语. */
import { useEffect, useMemo, useRef } from 'react';
import type { GlossaryEntry, ReportDocument, TextRange, UnexplainedTerm } from '../../core/report/model';
import { citationLabel } from '../../core/report/ids';
import { placeOf, rankUnexplainedTerms, type JargonReason } from '../../core/report/jargon';
import type { MessageKey } from '../i18n/messages';
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

/** Why a quoted string is listed, or set aside, as it reads to the delegate. */
const REASONS: Record<JargonReason, MessageKey> = {
  numbered: 'jargonNumbered',
  compound: 'jargonCompound',
  code: 'jargonCode',
  coined: 'jargonCoined',
  honour: 'jargonHonour',
  title: 'jargonTitle',
  description: 'jargonDescription',
  figure: 'jargonFigure',
  phrase: 'jargonPhrase',
};

function Jargon({
  term,
  onJump,
}: {
  term: UnexplainedTerm & { reason: JargonReason };
  onJump: GlossaryPaneProps['onJump'];
}) {
  const t = useT();
  return (
    <details className="glossary__jargon" data-jargon={term.term}>
      <summary>
        {term.term} <span className="glossary__reason">{t(REASONS[term.reason])}</span>{' '}
        <span className="glossary__count">{t('occurrences', { count: term.occurrences.length })}</span>
      </summary>
      <Occurrences ranges={term.occurrences} onJump={onJump} withKeys={false} />
    </details>
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

  // The quoted strings most like terms first, with why; honours, names and plain phrases set aside (jargon.ts).
  const jargon = useMemo(
    () =>
      rankUnexplainedTerms(
        doc.unexplainedTerms,
        placeOf([doc.meta.documentNumber, doc.meta.dateLine, doc.meta.issuer, doc.meta.title]),
      ),
    [doc],
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
              {t('unexplainedTerms')} <span className="pane__count">{jargon.terms.length}</span>
            </h3>
            <p className="glossary__hint">{t('unexplainedHint')}</p>
            {jargon.terms.map((term) => (
              <Jargon key={term.term} term={term} onJump={onJump} />
            ))}
            {jargon.others.length > 0 && (
              <details className="glossary__others" data-testid="jargon-others">
                <summary>{t('unexplainedOthers', { count: jargon.others.length })}</summary>
                <p className="glossary__hint">{t('unexplainedOthersHint')}</p>
                {jargon.others.map((term) => (
                  <Jargon key={term.term} term={term} onJump={onJump} />
                ))}
              </details>
            )}
          </section>
        )}
      </div>
    </aside>
  );
}
