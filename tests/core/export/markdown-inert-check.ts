/**
 * The check behind markdown-inert.test.ts: render the export of given slot values and of harmless stand-ins with
 * each renderer, and list every difference in tags or text; and the fuzzer's hostile strings.
 */
import fc from 'fast-check';
import { notesToMarkdown } from '../../../core/export/markdown';
import type { ExportKind } from '../../../core/export/sheet-text';
import { htmlShape, RENDERERS } from './markdown-renderers';
import type { SlotValues } from './markdown-slots';
import { placeholders, slotHeader, slotModel } from './markdown-slots';

const KINDS: readonly ExportKind[] = ['notes', 'draft'];

/** Where two sequences first differ: a few items of each from there, as JSON ('(end)' when one has ended). */
function firstDifference(a: readonly string[], b: readonly string[], span = 1): [string, string] {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  const show = (list: readonly string[]) =>
    at < list.length ? JSON.stringify(list.slice(at, at + span).join('')) : '(end)';
  return [show(a), show(b)];
}

/** Every way the export with these values differs from the export with stand-ins, per renderer and kind. */
export function differences(values: SlotValues): string[] {
  const stand = placeholders(values);
  const found: string[] = [];
  for (const kind of KINDS) {
    const md = notesToMarkdown(slotModel(values), slotHeader(values, kind));
    const baseMd = notesToMarkdown(slotModel(stand.values), slotHeader(stand.values, kind));
    for (const renderer of RENDERERS) {
      const got = htmlShape(renderer.render(md));
      const base = htmlShape(renderer.render(baseMd));
      const expectedText = stand.reads.reduce((text, [id, shown]) => text.split(id).join(shown), base.text);
      const where = `${renderer.name}, ${kind}`;
      if (JSON.stringify(got.tags) !== JSON.stringify(base.tags)) {
        const [gotTag, baseTag] = firstDifference(got.tags, base.tags);
        found.push(`${where}: tag ${gotTag} where ${baseTag}\n${md}`);
      } else if (got.text !== expectedText) {
        const [gotText, baseText] = firstDifference([...got.text], [...expectedText], 30);
        found.push(`${where}: text ${gotText} where ${baseText}\n${md}`);
      }
    }
  }
  return found;
}

/** Pieces that mean something to some Markdown renderer, or to a link finder, or are just awkward. */
// prettier-ignore
const FRAGMENTS = [
  // block structure at a line start
  '#', '# ', '###### ', '>', '> ', '-', '- ', '+ ', '* ', '1. ', '1) ', '123456789. ', '0)', '---', '===',
  '***', '___', '- - -', '    ', '\t', '   ', '|', '| a | b |', '|---|', ':-', '-:', ':--:', ' | ',
  // inline structure
  '`', '``', '```', '~~~', '~', '~~x~~', '~x~', '*x*', '**x**', '_x_', '__x__', '*', '_', '\\', '\\*', '  ',
  // HTML, entities, links
  '<b>', '</b>', '<div>', '<!--', '-->', '<?php', '<![CDATA[', '<https://x.cn>', '<a@b.cn>', '&amp;', '&#x41;',
  '&#65;', '&copy;', '&', '[x](y)', '![x](y)', '[x]: /u', '[^1]', '[^1]: 注', '[x][y]', '[x]', ']', '[', '(',
  ')', '!', '{#id}', '{', '}',
  // what linkifiers find
  'https://a.cn/x', 'http://localhost', 'https://a', 'ftp://a.b', '//a.b', '//1.2', 'www.gov.cn', 'gov.cn',
  'a.cn', 'x.com', '例子.cn', 'a@b.cn', 'a@b', 'mailto:a@b', 'xmpp:a@b.cn', 'https:', '//', 'www.', '.cn', '.',
  '@', ':', '/', 'xn--fiqs8s', 'рф', '1.2.3.4',
  // line breaks and odd characters
  '\n', '\n\n', '\r', '\r\n', '\u2028', '\u2029', '\u0000', '\u0001', '\u000b', '\f', '\u0085', '\u3000',
  '\u00a0', '\ufeff', '\u200b', '\ud800', '\ufffe',
  // full-width forms, Chinese text, figures
  'ＡＢ', '＃', '－', '＊', '．', '。', '：', '／／', '＠', '政府工作报告', '丹河新城', '15.4%', '432.7', '9.5%', '2026-11-28',
  'e.g.', '(一)', 'PM2.5', '3~5年', 'a', '1', 'x', 'cn', 'com', ' ', '"', "'", '$', '^', '=', '+',
];

export const hostileString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
      {
        weight: 1,
        arbitrary: fc.string({
          unit: fc.constantFrom(...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \n'),
          maxLength: 4,
        }),
      },
    ),
    { minLength: 1, maxLength: 24 },
  )
  .map((parts) => parts.join(''));
