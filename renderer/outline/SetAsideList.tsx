/**
 * 未收入正文的内容: the text the parser kept out of the report (a website's share bar and footer, a repeated copy, a
 * licence line, a PDF's page numbers), each with why and where it stood, so a reader can see what was left out.
 * Runs with the same reason are one entry (56 page numbers, not 56 entries). Collapsed until opened.
 */
import type { ReportDocument } from '../../core/report/model';
import { groupSetAside } from '../../core/report/set-aside-groups';
import { useLanguage } from '../i18n/i18n';
import { scrollToBlock } from '../reader/navigation';
import { outlineWords } from './outline-words';
import { setAsidePlace } from './set-aside-place';

/** Characters of an entry shown before it is opened. */
const PREVIEW = 60;

export function SetAsideList({ doc }: { doc: Pick<ReportDocument, 'blocks' | 'setAside'> }) {
  const language = useLanguage();
  const words = outlineWords(language);
  const items = doc.setAside ?? [];
  if (items.length === 0) return null;
  return (
    <details className="set-aside" data-testid="set-aside">
      <summary className="set-aside__title">
        {words.setAsideTitle}
        <span className="pane__count">{items.length}</span>
      </summary>
      <p className="set-aside__hint">{words.setAsideHint}</p>
      <ol className="set-aside__list">
        {groupSetAside(items).map((group, i) => {
          const [first] = group.items;
          if (!first) return null;
          const place = setAsidePlace(first, doc, words, language);
          const text = group.items.map((item) => item.text).join('\n');
          const lines = text.split('\n');
          const preview = group.items.length > 1 ? lines.join(' ') : (lines[0] ?? '');
          const short = lines.length === 1 && preview.length <= PREVIEW;
          return (
            <li key={i} className="set-aside__item">
              <div className="set-aside__head">
                <span className="set-aside__reason">
                  {group.reason}
                  {group.items.length > 1 && (
                    <span className="set-aside__lines">{words.times(group.items.length)}</span>
                  )}
                </span>
                {place.blockId ? (
                  <button
                    type="button"
                    className="set-aside__place set-aside__place--link"
                    onClick={() => place.blockId && scrollToBlock(place.blockId, { focus: false })}
                  >
                    {place.label}
                  </button>
                ) : (
                  <span className="set-aside__place">{place.label}</span>
                )}
              </div>
              {short ? (
                <p className="set-aside__text">{text}</p>
              ) : (
                <details className="set-aside__more">
                  <summary className="set-aside__text">
                    {preview.length > PREVIEW ? `${preview.slice(0, PREVIEW)}…` : preview}
                    {group.items.length === 1 && (
                      <span className="set-aside__lines">{words.lines(lines.length)}</span>
                    )}
                  </summary>
                  <p className="set-aside__full">{text}</p>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
