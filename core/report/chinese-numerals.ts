/** Chinese numerals as reports use them for ordinals: 一 … 十 … 九十九 (and on to 九百九十九). */

const DIGITS = '零一二三四五六七八九';

/** Reads a Chinese numeral such as 三, 十二 or 二十, so heading ordinals can be checked for sequence; null if it is not one. */
export function parseChineseNumeral(text: string): number | null {
  if (text === '' || text.length > 6) return null;
  let total = 0;
  let digit = -1;
  let lastUnit = 1000;
  for (const ch of text) {
    const value = ch === '〇' ? 0 : ch === '两' ? 2 : DIGITS.indexOf(ch);
    if (value === 0) {
      // 零 only fills a gap after a unit (一百零一).
      if (digit >= 0 || lastUnit === 1000) return null;
      continue;
    }
    if (value > 0) {
      // Two digits in a row (四五) is a list of numbers, not one numeral.
      if (digit >= 0) return null;
      digit = value;
      continue;
    }
    const unit = ch === '十' ? 10 : ch === '百' ? 100 : 0;
    if (unit === 0 || unit >= lastUnit) return null;
    if (unit === 100 && digit <= 0) return null;
    total += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
    lastUnit = unit;
  }
  if (digit > 0) total += digit;
  return total > 0 ? total : null;
}

/** Writes 1 … 999 as a Chinese numeral (第二部分, （十二）); larger or odd numbers stay Arabic. */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n > 999) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  let out = '';
  if (hundreds > 0) out += `${DIGITS[hundreds]}百`;
  if (tens > 0) out += `${tens === 1 && hundreds === 0 ? '' : DIGITS[tens]}十`;
  else if (hundreds > 0 && units > 0) out += '零';
  if (units > 0) out += DIGITS[units];
  return out;
}
