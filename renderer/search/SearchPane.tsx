/** 搜索: the query box, the step controls and results grouped as 正文, 名词解释, 我的批注. */
import type { KeyboardEvent, RefObject } from 'react';
import type { ReportDocument } from '../../core/report/model';
import type { Hit, SearchResults } from '../../core/search/model';
import { citationLabel } from '../../core/report/ids';
import { useLanguage, useT } from '../i18n/i18n';
import { Snippet } from './Snippet';

interface SearchPaneProps {
  doc: ReportDocument;
  query: string;
  results: SearchResults | undefined;
  indexing: boolean;
  stepCount: number;
  currentStep: number;
  inputRef: RefObject<HTMLInputElement | null>;
  onQuery(query: string): void;
  onStep(direction: 1 | -1): void;
  onClear(): void;
  onOpenBlock(blockId: string): void;
  onOpenTerm(termId: string): void;
}

export function SearchPane(props: SearchPaneProps) {
  const { doc, results, stepCount, currentStep, inputRef, query } = props;
  const t = useT();
  const language = useLanguage();
  const terms = new Map(doc.glossary.map((e) => [e.id, e.term]));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      props.onStep(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onClear();
    }
  };

  const group = (key: 'body' | 'glossary' | 'notes', title: string, hits: Hit[]) =>
    hits.length === 0 ? null : (
      <section className="search__group" aria-label={title} data-group={key}>
        <h3 className="glossary__group">
          {title} <span className="pane__count">{hits.length}</span>
        </h3>
        <ul className="search__results">
          {hits.map((hit) => {
            const place =
              hit.kind === 'glossary'
                ? (terms.get(hit.glossaryId ?? '') ?? '')
                : hit.blockId
                  ? citationLabel(hit.blockId, language)
                  : '';
            const open = () => {
              if (hit.kind === 'glossary' && hit.glossaryId) props.onOpenTerm(hit.glossaryId);
              else if (hit.blockId) props.onOpenBlock(hit.blockId);
            };
            return (
              <li
                key={`${hit.kind}:${hit.blockId ?? ''}:${hit.glossaryId ?? ''}:${hit.annotationId ?? ''}:${hit.field}`}
              >
                <button
                  type="button"
                  className={`search__result${hit.literal ? '' : ' is-partial'}`}
                  onClick={open}
                >
                  <span className="search__place">{place}</span>
                  <Snippet snippet={hit.snippet} />
                </button>
              </li>
            );
          })}
        </ul>
      </section>
    );

  const status = props.indexing
    ? t('searchIndexing')
    : !query.trim()
      ? t('searchHint')
      : results && results.total === 0
        ? t('searchNothing')
        : stepCount > 0
          ? t('searchPosition', { current: currentStep >= 0 ? currentStep + 1 : 0, count: stepCount })
          : '';

  return (
    <section className="pane search" aria-label={t('search')} id="search-pane">
      <div className="search__box">
        <input
          ref={inputRef}
          type="search"
          className="search__input"
          aria-label={t('searchReport')}
          placeholder={t('searchPlaceholder')}
          value={query}
          onChange={(event) => props.onQuery(event.target.value)}
          onKeyDown={onKeyDown}
          spellCheck={false}
        />
        <button
          type="button"
          className="tool-button"
          aria-label={t('previousHit')}
          title={`${t('previousHit')} (Shift+Enter / Shift+F3)`}
          disabled={stepCount === 0}
          onClick={() => props.onStep(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="tool-button"
          aria-label={t('nextHit')}
          title={`${t('nextHit')} (Enter / F3)`}
          disabled={stepCount === 0}
          onClick={() => props.onStep(1)}
        >
          ↓
        </button>
      </div>
      <p className="search__status" role="status" aria-live="polite" data-testid="search-status">
        {status}
      </p>
      {results && (
        <div className="search__list">
          {group('body', t('searchBody'), results.groups.body)}
          {group('glossary', t('glossary'), results.groups.glossary)}
          {group('notes', t('searchNotes'), results.groups.notes)}
        </div>
      )}
    </section>
  );
}
