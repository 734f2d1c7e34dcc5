/**
 * Every place the Markdown export prints a string it did not write itself (a slot), a NotesModel that fills each
 * slot with a given string, and what the reader must then see there.
 *
 * What the exporter does with whitespace, the only change it may make to a user's text:
 * - characters no file format may carry (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) are dropped;
 * - a one-line field (title, subtitle, heading, name, group, tag, colour label, citation, date) is trimmed, and each
 *   line break in it (CRLF, CR, LF, U+2028, U+2029), with the whitespace around it, becomes one space;
 * - a multi-line field (note, quote) keeps its line breaks (rendered as <br>, blank lines included); each line is
 *   trimmed, and blank lines before the first and after the last line of text are dropped.
 */
import type { ColorKey } from '../../../core/annotations/model';
import { PALETTE_KEYS } from '../../../core/annotations/model';
import type { NoteItem, NotesModel } from '../../../core/export/notes-model';
import type { ExportHeader, ExportKind } from '../../../core/export/sheet-text';
import { INVALID_CHARS } from './hostile';

export const SLOTS = {
  reportTitle: 'line',
  subtitle: 'line',
  authorName: 'line',
  groupName: 'line',
  date: 'line',
  sectionTitle: 'line',
  partTitle: 'line',
  subPartTitle: 'line',
  labelGreen: 'line',
  labelRed: 'line',
  labelBlue: 'line',
  citation: 'line',
  tag1: 'line',
  tag2: 'line',
  memberName: 'line',
  orphanCitation: 'line',
  quote: 'text',
  note: 'text',
  memberQuote: 'text',
  memberNote: 'text',
  orphanQuote: 'text',
  orphanNote: 'text',
} as const;

export type Slot = keyof typeof SLOTS;
export type SlotValues = Record<Slot, string>;
export const SLOT_NAMES = Object.keys(SLOTS) as Slot[];

const INVALID = new RegExp(INVALID_CHARS.source, 'gu');
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/** What a one-line field shows after rendering. */
export function expectedLine(text: string): string {
  return text
    .replace(INVALID, '')
    .replace(/\s*[\r\n\u2028\u2029]\s*/g, ' ')
    .trim();
}

/** The lines a multi-line field shows after rendering, one per <br>-separated line. */
export function expectedLines(text: string): string[] {
  const lines = text
    .replace(INVALID, '')
    .split(LINE_BREAK)
    .map((line) => line.trim());
  const first = lines.findIndex((line) => line !== '');
  if (first < 0) return [];
  const last = lines.findLastIndex((line) => line !== '');
  return lines.slice(first, last + 1);
}

/**
 * Harmless stand-ins for the values, of the same shape (a multi-line field gets one stand-in per line), and what
 * each stand-in must read as once the real values are rendered. A value with nothing to show stands for itself.
 */
export function placeholders(values: SlotValues): { values: SlotValues; reads: [string, string][] } {
  const reads: [string, string][] = [];
  const stand = {} as SlotValues;
  SLOT_NAMES.forEach((slot, i) => {
    const value = values[slot];
    if (SLOTS[slot] === 'line') {
      const shown = expectedLine(value);
      if (shown === '') stand[slot] = value;
      else {
        stand[slot] = `占位${i}号`;
        reads.push([stand[slot], shown]);
      }
    } else {
      const lines = expectedLines(value);
      if (lines.length === 0) stand[slot] = value;
      else {
        const ids = lines.map((_, j) => `占位${i}行${j}号`);
        stand[slot] = ids.join('\n');
        ids.forEach((id, j) => reads.push([id, lines[j] ?? '']));
      }
    }
  });
  return { values: stand, reads };
}

const item = (overrides: Partial<NoteItem> & Pick<NoteItem, 'id' | 'color' | 'number'>): NoteItem => ({
  kind: 'highlight',
  colorLabel: '',
  citation: '第一部分第1段',
  blockId: 'p1-1',
  quote: '',
  note: '',
  tags: [],
  author: { id: 'me', name: '我' },
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  orphan: false,
  ...overrides,
});

/**
 * A model with a part, a part with a sub-part, a note of mine with tags, another member's note, and a 未定位 note,
 * every user string taken from the values. Green, red and blue notes, so the draft's 建议/疑问 never depends on a tag.
 */
export function slotModel(v: SlotValues): NotesModel {
  const labels = Object.fromEntries(PALETTE_KEYS.map((key) => [key, key])) as Record<ColorKey, string>;
  Object.assign(labels, { green: v.labelGreen, red: v.labelRed, blue: v.labelBlue });
  const counts = Object.fromEntries(PALETTE_KEYS.map((key) => [key, 0])) as Record<ColorKey, number>;
  Object.assign(counts, { green: 1, red: 1, blue: 1 });
  return {
    report: { id: 'r', title: v.reportTitle, subtitle: v.subtitle },
    sections: [
      {
        id: 'p1',
        level: 1,
        title: v.sectionTitle,
        items: [
          item({
            id: 'a1',
            color: 'green',
            number: 1,
            colorLabel: v.labelGreen,
            citation: v.citation,
            quote: v.quote,
            note: v.note,
            tags: [v.tag1, v.tag2],
          }),
        ],
      },
      {
        id: 'p2-s1',
        level: 2,
        title: v.subPartTitle,
        partTitle: v.partTitle,
        partId: 'p2',
        items: [
          item({
            id: 'a2',
            color: 'red',
            number: 2,
            colorLabel: v.labelRed,
            blockId: 'p2-s1-1',
            citation: '第二部分（一）第1段',
            quote: v.memberQuote,
            note: v.memberNote,
            author: { id: 'other', name: v.memberName },
          }),
        ],
      },
    ],
    orphans: [
      item({
        id: 'a3',
        color: 'blue',
        number: 3,
        colorLabel: v.labelBlue,
        citation: v.orphanCitation,
        quote: v.orphanQuote,
        note: v.orphanNote,
        orphan: true,
      }),
    ],
    total: 3,
    counts,
    bookmarks: 0,
    uncoloured: 0,
    labels,
  };
}

export function slotHeader(v: SlotValues, kind: ExportKind): ExportHeader {
  return { authorName: v.authorName, authorId: 'me', groupName: v.groupName, date: v.date, kind };
}

/** Every slot holding the same string. */
export function everywhere(text: string): SlotValues {
  return Object.fromEntries(SLOT_NAMES.map((slot) => [slot, text])) as SlotValues;
}
