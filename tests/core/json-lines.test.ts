import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLines, readJsonLinesHead, readJsonLinesItem } from '../../core/json-lines';

/** Reads the layout back a line at a time, as the file readers do. */
function readBack(text: string): unknown {
  const [first = '', ...rest] = text.split('\n');
  const head = readJsonLinesHead(first);
  if (head.kind !== 'items') throw new Error('not the layout');
  const items: unknown[] = [];
  for (const line of rest) {
    if (line === '') continue;
    const read = readJsonLinesItem(line);
    if (read === null) break;
    items.push(read.item);
  }
  return { ...head.head, [head.listKey]: items };
}

describe('jsonLines', () => {
  it('is ordinary JSON, and reads back a line at a time to the same value', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string().filter((k) => k !== 'items' && k !== '__proto__'),
          fc.jsonValue(),
        ),
        fc.array(fc.jsonValue(), { maxLength: 6 }),
        (head, items) => {
          const text = jsonLines(head, 'items', items).join('');
          const whole = { ...head, items };
          expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(whole)));
          expect(readBack(text)).toEqual(JSON.parse(JSON.stringify(whole)));
          // One item per line, however the item's strings look (JSON escapes every newline).
          expect(text.split('\n')).toHaveLength(items.length + 3);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells other layouts apart', () => {
    expect(readJsonLinesHead('{').kind).toBe('not-this-layout');
    expect(readJsonLinesHead('{"a":1,"items":[1,2]}').kind).toBe('not-this-layout');
    expect(readJsonLinesHead('[').kind).toBe('not-this-layout');
  });
});
