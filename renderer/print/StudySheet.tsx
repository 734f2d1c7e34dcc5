/** The printed study sheet (学习笔记) or deliberation draft (审议意见稿), from the one notes model in core. */
import type { ExportHeader } from '../../core/export/sheet-text';
import {
  byline,
  countsLine,
  draftHeading,
  EMPTY_OPINION,
  itemHeading,
  itemMarks,
  NO_NOTES,
  ORPHANS_EXPLANATION,
  ORPHANS_TITLE,
  sheetEntries,
  sheetTitle,
  SIGNATURE_LINE,
  textLines,
} from '../../core/export/sheet-text';
import type { NoteItem, NotesModel } from '../../core/export/notes-model';

interface StudySheetProps {
  model: NotesModel;
  header: ExportHeader;
  /** Ruled lines under each note for handwriting. */
  handwriting: boolean;
}

function Lines({ text }: { text: string }) {
  return (
    <>
      {textLines(text).map((line, index) => (
        <p key={index}>{line || '\u00a0'}</p>
      ))}
    </>
  );
}

function Item({
  item,
  header,
  handwriting,
  level,
}: {
  item: NoteItem;
  header: ExportHeader;
  handwriting: boolean;
  /** One below the heading it stands under, so headings never skip a level. */
  level: 3 | 4;
}) {
  const draft = header.kind === 'draft';
  const look = item.color ?? (item.kind === 'bookmark' ? 'bookmark' : 'none');
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <article className={`sheet-item sheet-item--${look}`} data-item={item.id}>
      <Heading className="sheet-item__head">
        <span className={`sheet-swatch sheet-swatch--${look}`} aria-hidden="true" />
        {draft ? draftHeading(item) : itemHeading(item)}
      </Heading>
      {!draft && <p className="sheet-item__marks">{itemMarks(item, header)}</p>}
      {item.quote && (
        <blockquote className="sheet-item__quote">
          {draft && <span className="sheet-item__label">原文：</span>}
          {item.quote}
        </blockquote>
      )}
      {draft ? (
        <div className="sheet-item__note">
          <span className="sheet-item__label">意见：</span>
          {item.note.trim() ? <Lines text={item.note} /> : <p>{EMPTY_OPINION}</p>}
        </div>
      ) : (
        item.note.trim() && (
          <div className="sheet-item__note">
            <Lines text={item.note} />
          </div>
        )
      )}
      {handwriting && <div className="sheet-item__lines" aria-hidden="true" />}
    </article>
  );
}

export function StudySheet({ model, header, handwriting }: StudySheetProps) {
  const entries = sheetEntries(model.sections);
  // The level of the heading each item stands under, so its own heading is one below it.
  const under = entries.reduce<(1 | 2)[]>((levels, entry, index) => {
    levels.push(entry.type === 'heading' ? entry.level : (levels[index - 1] ?? 1));
    return levels;
  }, []);
  return (
    <div className="sheet" data-print-kind={header.kind}>
      <header className="sheet__header">
        <h1>{sheetTitle(model, header.kind)}</h1>
        {model.report.subtitle && <p className="sheet__subtitle">{model.report.subtitle}</p>}
        <p className="sheet__byline">{byline(header)}</p>
        <p className="sheet__counts">{countsLine(model, header.kind)}</p>
      </header>
      {model.total === 0 && <p>{NO_NOTES}</p>}
      {entries.map((entry, index) => {
        return entry.type === 'heading' ? (
          entry.level === 1 ? (
            <h2 key={`h-${index}`} className="sheet__part">
              {entry.text}
            </h2>
          ) : (
            <h3 key={`h-${index}`} className="sheet__section">
              {entry.text}
            </h3>
          )
        ) : (
          <Item
            key={entry.item.id}
            item={entry.item}
            header={header}
            handwriting={handwriting}
            level={under[index] === 2 ? 4 : 3}
          />
        );
      })}
      {model.orphans.length > 0 && (
        <section className="sheet__orphans">
          <h2 className="sheet__part">{ORPHANS_TITLE}</h2>
          <p className="sheet__explain">{ORPHANS_EXPLANATION}</p>
          {model.orphans.map((item) => (
            <Item key={item.id} item={item} header={header} handwriting={handwriting} level={3} />
          ))}
        </section>
      )}
      {header.kind === 'draft' && <p className="sheet__signature">{SIGNATURE_LINE}</p>}
    </div>
  );
}
