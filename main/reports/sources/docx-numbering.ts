/**
 * Word's automatic list numbering (word/numbering.xml): a heading numbered by Word shows 一、 or （三） that is not
 * in the paragraph's text, so the label is computed as Word computes it and put in front of the text. Without it
 * the structure rules would see parts and sub-parts with no numbers.
 */
import { formatChineseNumeral } from '../../../core/report/chinese-numerals';
import { isW } from './docx-styles';
import { streamXml } from './xml-stream';

interface Level {
  start: number;
  format: string;
  text: string;
  /** Legal numbering: every level's number shown in decimal. */
  legal: boolean;
  suffix: string;
}

/** Gives each numbered paragraph its label, in document order (counters advance as labels are asked for). */
export interface NumberingCounter {
  label(numId: string, ilvl: number): string;
}

const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESISED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

function letters(n: number, base: string): string {
  // Word repeats the letter: a … z, aa … zz.
  const letter = base[(n - 1) % 26] ?? '';
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

/** A number in one of Word's formats (ST_NumberFormat); unknown formats fall back to decimal, as Word does. */
export function formatNumber(n: number, format: string): string {
  const at = (table: string) => [...table][n - 1] ?? String(n);
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return formatChineseNumeral(n);
    case 'chineseLegalSimplified':
      return n > 0 && n < 10 ? (LEGAL_DIGITS[n] ?? String(n)) : formatChineseNumeral(n);
    case 'ideographTraditional':
      return at(HEAVENLY_STEMS);
    case 'ideographZodiac':
      return at(EARTHLY_BRANCHES);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return at(CIRCLED);
    case 'decimalEnclosedParen':
      return at(PARENTHESISED);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}

/** Reads numbering.xml; without it no paragraph gets a label. */
export function readNumbering(xml: string | undefined): NumberingCounter {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  if (xml !== undefined) {
    let abstract: Map<number, Level> | undefined;
    let level: Level | undefined;
    let num: { abstractId: string; starts: Map<number, number> } | undefined;
    let overrideLevel: number | undefined;
    streamXml(xml, {
      open(namespace, local, a) {
        if (!isW(namespace)) return;
        if (local === 'abstractNum') {
          abstract = new Map();
          abstracts.set(a.abstractNumId ?? '', abstract);
        } else if (local === 'lvl' && abstract) {
          level = { start: 1, format: 'decimal', text: '', legal: false, suffix: 'tab' };
          abstract.set(Number(a.ilvl ?? 0), level);
        } else if (local === 'start' && level) level.start = Number(a.val ?? 1);
        else if (local === 'numFmt' && level) level.format = a.val ?? 'decimal';
        else if (local === 'lvlText' && level) level.text = a.val ?? '';
        else if (local === 'isLgl' && level) level.legal = a.val !== '0' && a.val !== 'false';
        else if (local === 'suff' && level) level.suffix = a.val ?? 'tab';
        else if (local === 'num') {
          num = { abstractId: '', starts: new Map() };
          nums.set(a.numId ?? '', num);
        } else if (local === 'abstractNumId' && num) num.abstractId = a.val ?? '';
        else if (local === 'lvlOverride' && num) overrideLevel = Number(a.ilvl ?? 0);
        else if (local === 'startOverride' && num && overrideLevel !== undefined)
          num.starts.set(overrideLevel, Number(a.val ?? 1));
      },
      close(namespace, local) {
        if (!isW(namespace)) return;
        if (local === 'abstractNum') abstract = undefined;
        else if (local === 'lvl') level = undefined;
        else if (local === 'num') num = undefined;
        else if (local === 'lvlOverride') overrideLevel = undefined;
      },
      text() {},
    });
  }

  // Counters per list (numId), one per level; using a level restarts the levels below it.
  const counters = new Map<string, number[]>();
  return {
    label(numId, ilvl) {
      const instance = nums.get(numId);
      const levels = instance && abstracts.get(instance.abstractId);
      const level = levels?.get(ilvl);
      if (!instance || !levels || !level) return '';
      const counts = counters.get(numId) ?? [];
      counters.set(numId, counts);
      const startOf = (l: number) => instance.starts.get(l) ?? levels.get(l)?.start ?? 1;
      counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
      counts.length = ilvl + 1;
      const text = level.text.replace(/%([1-9])/g, (_, digit: string) => {
        const l = Number(digit) - 1;
        const format = levels.get(l)?.format ?? 'decimal';
        const n = counts[l] ?? startOf(l);
        return formatNumber(n, level.legal && format !== 'none' ? 'decimal' : format);
      });
      if (text === '' || level.format === 'bullet') return '';
      return level.suffix === 'space' ? `${text} ` : text;
    },
  };
}
