/** A result snippet with its hits marked: text nodes and <mark> elements, never HTML strings. */
import type { Snippet as SnippetData } from '../../core/search/model';
import { segmentText } from '../reader/segments';

export function Snippet({ snippet }: { snippet: SnippetData }) {
  const segments = segmentText(
    snippet.text.length,
    snippet.hits.map((h) => ({ ...h, data: true })),
  );
  return (
    <span className="snippet">
      {segments.map((s) =>
        s.active.length > 0 ? (
          <mark key={s.start}>{snippet.text.slice(s.start, s.end)}</mark>
        ) : (
          <span key={s.start}>{snippet.text.slice(s.start, s.end)}</span>
        ),
      )}
    </span>
  );
}
