/**
 * 未收入正文的内容: the text the parser kept out of the report (a website's share bar and footer, a repeated copy, a
 * licence line), each with why and where it stood, so a reader can see what was left out. Collapsed until opened.
 */
import type { ReportDocument } from '../../core/report/model';
import { useLanguage } from '../i18n/i18n';
import { scrollToBlock } from '../reader/navigation';
import { outlineWords } from './outline-words';
import { setAsidePlace } from './set-aside-place';

/** Characters of an item shown before it is opened. */
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
        {items.map((item, i) => {
          const place = setAsidePlace(item, doc, words, language);
          const lines = item.text.split('\n');
          const preview = lines[0] ?? '';
          const short = lines.length === 1 && preview.length <= PREVIEW;
          return (
            <li key={i} className="set-aside__item">
              <div className="set-aside__head">
                <span className="set-aside__reason">{item.reason}</span>
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
                <p className="set-aside__text">{item.text}</p>
              ) : (
                <details className="set-aside__more">
                  <summary className="set-aside__text">
                    {preview.length > PREVIEW ? `${preview.slice(0, PREVIEW)}…` : preview}
                    {lines.length > 1 && (
                      <span className="set-aside__lines">{words.lines(lines.length)}</span>
                    )}
                  </summary>
                  <p className="set-aside__full">{item.text}</p>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
