/** Cleaning user text before it is written into a file format (Markdown, HTML, Word's XML). */

// C0 controls except tab, LF and CR, and the noncharacters U+FFFE/U+FFFF: XML 1.0 forbids them (Word refuses the
// whole file) and HTML calls them parse errors. With the u flag, \p{Cs} matches only a surrogate without its
// partner, since a proper pair is read as one code point.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** Drops every character that cannot appear in an XML 1.0 document. */
export function stripInvalidChars(text: string): string {
  return text.replace(INVALID, '');
}
