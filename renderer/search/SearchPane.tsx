/**
 * 搜索: the query box, the step controls, the count of exact occurrences, and the results: exact hits grouped as
 * 正文, 名词解释, 我的批注 (in reading order, or by relevance), then 相关结果 — partial matches, labelled as such,
 * never counted, marked or stepped.
 */
import type { KeyboardEvent, RefObject } from 'react';
import type { ReportDocument } from '../../core/report/model';
import type { Hit, SearchResults } from '../../core/search/model';
import { citationLabel } from '../../core/report/ids';
import { useLanguage, useT } from '../i18n/i18n';
import { searchStatus } from './search-status';
import { Snippet } from './Snippet';
import type { SearchOrder } from './use-search';

interface SearchPaneProps {
  doc: ReportDocument;
  query: string;
  order: SearchOrder;
  results: SearchResults | undefined;
  indexing: boolean;
  stepCount: number;
  currentStep: number;
  inputRef: RefObject<HTMLInputElement | null>;
  onQuery(query: string): void;
  onOrder(order: SearchOrder): void;
  onStep(direction: 1 | -1): void;
  onClear(): void;
  onOpenBlock(blockId: string): void;
  onOpenTerm(termId: string): void;
}

type GroupKey = 'body' | 'glossary' | 'notes' | 'related';

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

  const placeOf = (hit: Hit, related: boolean): string => {
    if (hit.kind === 'glossary') {
      const term = terms.get(hit.glossaryId ?? '') ?? '';
      return related ? `${t('glossary')} · ${term}` : term;
    }
    const citation = hit.blockId ? citationLabel(hit.blockId, language) : '';
    return related && hit.kind === 'note' ? `${t('searchNotes')} · ${citation}` : citation;
  };

  // The heading counts every hit of the group, also those beyond the hits listed (the worker lists at most 200).
  const group = (key: GroupKey, title: string, hits: Hit[], total: number, hint?: string) =>
    hits.length === 0 ? null : (
      <section className={`search__group search__group--${key}`} aria-label={title} data-group={key}>
        <h3 className="glossary__group">
          {title} <span className="pane__count">{total}</span>
        </h3>
        {hint && <p className="search__hint">{hint}</p>}
        <ul className="search__results">
          {hits.map((hit) => {
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
                  data-result-block={hit.blockId}
                  onClick={open}
                >
                  <span className="search__place">{placeOf(hit, key === 'related')}</span>
                  <Snippet snippet={hit.snippet} />
                </button>
              </li>
            );
          })}
        </ul>
      </section>
    );

  const status = searchStatus(t, {
    indexing: props.indexing,
    query,
    results,
    stepCount,
    current: currentStep,
  });

  return (
    <section className="pane search" aria-label={t('search')} id="search-pane">
      <div className="search__head">
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
        <div className="search__bar">
          <p className="search__status" role="status" aria-live="polite" data-testid="search-status">
            {status}
          </p>
          <span className="search__order">
            <span id="search-order-label">{t('searchOrder')}</span>
            <select
              aria-labelledby="search-order-label"
              value={props.order}
              onChange={(event) =>
                props.onOrder(event.target.value === 'relevance' ? 'relevance' : 'reading')
              }
            >
              <option value="reading">{t('searchOrderReading')}</option>
              <option value="relevance">{t('searchOrderRelevance')}</option>
            </select>
          </span>
        </div>
      </div>
      {results && (
        <div className="search__list">
          {group('body', t('searchBody'), results.groups.body, results.groupTotals.body)}
          {group('glossary', t('glossary'), results.groups.glossary, results.groupTotals.glossary)}
          {group('notes', t('searchNotes'), results.groups.notes, results.groupTotals.notes)}
          {group(
            'related',
            t('searchRelated'),
            results.related,
            results.relatedTotal,
            t('searchRelatedHint'),
          )}
        </div>
      )}
    </section>
  );
}
