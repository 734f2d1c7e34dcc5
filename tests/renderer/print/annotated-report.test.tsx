/** The annotated report as printed: reference numbers in reading order, only highlights shaded. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { resolveAll } from '../../../core/annotations/anchor';
import type { Annotation } from '../../../core/annotations/model';
import { buildNotesModel } from '../../../core/export/notes-model';
import type { ExportHeader } from '../../../core/export/sheet-text';
import { AnnotatedReport } from '../../../renderer/print/AnnotatedReport';
import { doc, LABELS, LONG_PARAGRAPH, note } from '../../core/export/fixture';

const header: ExportHeader = { authorName: '张代表', date: '2026-11-28', kind: 'notes' };

function render(annotations: Annotation[], filter = {}) {
  const anchors = resolveAll(doc, annotations);
  const model = buildNotesModel(doc, annotations, { labels: LABELS, anchors, filter });
  return renderToStaticMarkup(
    <AnnotatedReport doc={doc} model={model} anchors={anchors} header={header} placement="footnotes" />,
  );
}

/** The numbers as they stand in the text, and as the notes under the paragraphs list them. */
const refs = (html: string) => [...html.matchAll(/class="fn-ref">(\d+)</g)].map((m) => Number(m[1]));
const listed = (html: string) => [...html.matchAll(/class="fn__num">(\d+)</g)].map((m) => Number(m[1]));

describe('AnnotatedReport', () => {
  // In one paragraph: a long highlight, a short one inside it (its reference comes first), a paragraph note.
  const { color: _, ...paragraphNote } = note('p2-s1-1', 0, LONG_PARAGRAPH.length, 'green', {
    kind: 'note',
    note: '本段总体赞成',
  });
  const notes = [
    note('p2-s1-1', 0, 40, 'yellow', { note: '长的高亮' }),
    note('p2-s1-1', 10, 20, 'red', { note: '短的高亮' }),
    paragraphNote as Annotation,
    note('p1-1', 0, 4, 'blue', { note: '前一段' }),
    note('p2-s1-1', 0, 0, 'purple', { kind: 'bookmark', note: '' }),
  ];

  it('numbers the references in the order a reader meets them, and lists the notes in that order', () => {
    const html = render(notes);
    expect(refs(html)).toEqual([1, 2, 3, 4]);
    expect(listed(html)).toEqual([1, 2, 3, 4]);
    // Each number names the same note in the text and in the list.
    expect(html.indexOf('短的高亮')).toBeLessThan(html.indexOf('长的高亮'));
  });

  it('shades highlights only: a paragraph note is not a paragraph-long highlight', () => {
    const html = render([paragraphNote as Annotation]);
    expect(html).not.toContain('class="phl');
    expect(refs(html)).toEqual([1]);
    expect(html).toContain('段落批注');
  });

  it('prints a bookmark only when asked for', () => {
    expect(render(notes)).not.toContain('annotated__para--bookmark');
    const asked = render(notes, { bookmarks: true });
    expect(asked).toContain('annotated__para--bookmark');
    expect(refs(asked)).toEqual([1, 2, 3, 4, 5]);
  });
});
