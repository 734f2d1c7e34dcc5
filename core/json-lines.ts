/**
 * A JSON layout that any size can be read back from: the object's fields on the first line, then its one long list
 * one item per line, then the closing brackets. The whole is ordinary JSON (any JSON reader takes it), and it can
 * also be read a line at a time, so no file the app writes is ever one string too long to read.
 *
 *   {"format":"…",…,"annotations":[
 *   {…},
 *   {…}
 *   ]}
 */

/** The text pieces (each ending in a newline) of `head` with `items` as its last field, `listKey`. */
export function jsonLines(head: object, listKey: string, items: readonly unknown[]): string[] {
  const fields = JSON.stringify(head);
  const opening = fields === '{}' ? '{' : `${fields.slice(0, -1)},`;
  const lines = [`${opening}${JSON.stringify(listKey)}:[\n`];
  items.forEach((item, i) => lines.push(`${JSON.stringify(item)}${i < items.length - 1 ? ',' : ''}\n`));
  lines.push(']}\n');
  return lines;
}

/** What reading the layout line by line found. */
export type JsonLinesState =
  { kind: 'items'; head: Record<string, unknown>; listKey: string } | { kind: 'not-this-layout' };

/** Reads the first line of the layout: the head's fields and the list's key, or that this is not the layout. */
export function readJsonLinesHead(firstLine: string): JsonLinesState {
  const match = /,?"([^"\\]+)":\[$/.exec(firstLine.trimEnd());
  if (!firstLine.startsWith('{') || !match?.[1]) return { kind: 'not-this-layout' };
  const fields = firstLine.trimEnd().slice(0, -match[0].length);
  try {
    const head = JSON.parse(fields === '{' ? '{}' : `${fields}}`) as unknown;
    if (typeof head !== 'object' || head === null || Array.isArray(head)) return { kind: 'not-this-layout' };
    return { kind: 'items', head: head as Record<string, unknown>, listKey: match[1] };
  } catch {
    return { kind: 'not-this-layout' };
  }
}

/** One item line (`{…},` or the last `{…}`), parsed; null when the line is the closing `]}` line. */
export function readJsonLinesItem(line: string): { item: unknown } | null {
  const text = line.trimEnd();
  if (text === ']}') return null;
  return { item: JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text) as unknown };
}
