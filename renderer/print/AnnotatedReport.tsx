/**
 * The printed report with its notes: highlights as shading plus an underline whose style differs per colour (so they
 * survive a grey printer), a numbered reference where a reader meets each note (annotated-notes.ts: after its
 * highlight, at the end of the paragraph for a paragraph note), numbered in that order, and the notes either right
 * under their paragraph (脚注) or beside it (段旁). Chromium cannot place true page-foot notes, so notes stay with
 * their paragraph.
 */
import type { ReactNode } from 'react';
import type { Anchor } from '../../core/annotations/anchor';
import { annotatedNotes, type PlacedNote } from '../../core/export/annotated-notes';
import type { NoteItem, NotesModel } from '../../core/export/notes-model';
import {
  byline,
  itemMarks,
  ORPHANS_EXPLANATION,
  ORPHANS_TITLE,
  textLines,
} from '../../core/export/sheet-text';
import type { ExportHeader } from '../../core/export/sheet-text';
import type { Block, ReportDocument } from '../../core/report/model';
import { segmentText, type Decoration } from '../reader/segments';
import { styleDecorations, styled, type StyleMark } from '../reader/text-style';

interface AnnotatedReportProps {
  doc: ReportDocument;
  model: NotesModel;
  anchors: ReadonlyMap<string, Anchor>;
  header: ExportHeader;
  placement: 'footnotes' | 'margin';
}

type Mark = StyleMark | { kind: 'note'; item: NoteItem };

const Refs = ({ notes }: { notes: readonly PlacedNote[] }) => (
  <>
    {notes.map((n) => (
      <sup key={n.item.id} className="fn-ref">
        {n.item.number}
      </sup>
    ))}
  </>
);

/** A block's text with bold/sub marks and the highlights' shading, each note's reference number where it stands. */
function PrintBlockText({ block, notes }: { block: Block; notes: readonly PlacedNote[] }) {
  const decorations: Decoration<Mark>[] = styleDecorations(block);
  for (const note of notes)
    if (note.shaded)
      decorations.push({ start: note.start, end: note.end, data: { kind: 'note', item: note.item } });
  const segments = segmentText(block.text.length, decorations);
  const length = block.text.length;
  // A reference at 0 stands before the text; every other after the run it ends.
  const at = (offset: number) => notes.filter((n) => Math.min(n.at, length) === offset);
  return (
    <>
      <Refs notes={at(0)} />
      {segments.map((segment) => {
        let node: ReactNode = styled(
          block.text.slice(segment.start, segment.end),
          new Set(segment.active.map((d) => d.kind)),
        );
        const marks = segment.active.filter((d): d is { kind: 'note'; item: NoteItem } => d.kind === 'note');
        const top = marks.at(-1);
        if (top) node = <mark className={`phl phl--${top.item.color ?? 'none'}`}>{node}</mark>;
        return (
          <span key={segment.start}>
            {node}
            <Refs notes={at(segment.end)} />
          </span>
        );
      })}
    </>
  );
}

function NoteText({ item, header }: { item: NoteItem; header: ExportHeader }) {
  return (
    <li className={`fn fn--${item.color ?? item.kind}`} value={item.number} data-item={item.id}>
      <span className="fn__num">{item.number}</span>
      <span className="fn__marks">{itemMarks(item, header)}</span>
      {item.kind !== 'highlight' && item.quote && <span className="fn__quote">“{item.quote}”</span>}
      {item.note.trim() &&
        textLines(item.note).map((line, index) => (
          <span key={index} className="fn__line">
            {line || '\u00a0'}
          </span>
        ))}
    </li>
  );
}

export function AnnotatedReport({ doc, model, anchors, header, placement }: AnnotatedReportProps) {
  const { byBlock, orphans } = annotatedNotes(doc, model, anchors);
  const { meta } = doc;
  return (
    <div className={`annotated annotated--${placement}`} data-print-kind="report">
      <header className="annotated__title">
        {meta.documentNumber && <p className="annotated__docno">{meta.documentNumber}</p>}
        <h1>{meta.title ?? model.report.title}</h1>
        {meta.dateLine && <p>{meta.dateLine}</p>}
        {meta.speaker && <p>{meta.speaker}</p>}
        <p className="annotated__byline">{byline(header)}</p>
      </header>
      {doc.blocks.map((block) => {
        const notes = byBlock.get(block.id) ?? [];
        const text = <PrintBlockText block={block} notes={notes} />;
        const element =
          block.type === 'heading' ? (
            block.level === 1 ? (
              <h2 className="annotated__part">{text}</h2>
            ) : (
              <h3 className="annotated__section">{text}</h3>
            )
          ) : (
            <p
              className={`annotated__para${notes.some((n) => n.item.kind === 'bookmark') ? ' annotated__para--bookmark' : ''}`}
            >
              {text}
            </p>
          );
        return (
          <div key={block.id} className="annotated__row" data-block={block.id}>
            {element}
            {notes.length > 0 && (
              <ol className="fn-list">
                {notes.map((n) => (
                  <NoteText key={n.item.id} item={n.item} header={header} />
                ))}
              </ol>
            )}
          </div>
        );
      })}
      {orphans.length > 0 && (
        <section className="annotated__orphans">
          <h2 className="annotated__part">{ORPHANS_TITLE}</h2>
          <p>{ORPHANS_EXPLANATION}</p>
          <ol className="fn-list">
            {orphans.map((item) => (
              <NoteText key={item.id} item={item} header={header} />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
