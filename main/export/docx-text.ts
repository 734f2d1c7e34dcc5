/** Text made safe for Word's XML: a character XML 1.0 forbids would make Word refuse to open the whole file. */
import { stripInvalidChars } from '../../core/export/plain-text';
import { textLines } from '../../core/export/sheet-text';

/** Drops every character that cannot appear in an XML 1.0 document. */
export const xmlSafe = stripInvalidChars;

/** One paragraph's worth of text per line: a newline inside a Word text run is not a line break. */
export function docxLines(text: string): string[] {
  return textLines(xmlSafe(text));
}
