/** The settings sanitizer on the values issue 14 added or widened. */
import { describe, expect, it } from 'vitest';
import { FONT_SIZE } from '../../../core/settings';
import { sanitizeFontSize } from '../../../main/settings/settings-sanitize';

describe('sanitizeFontSize', () => {
  it('keeps a 30 px text size (the 适老化 guidelines ask for large text)', () => {
    expect(sanitizeFontSize(30)).toBe(30);
    expect(sanitizeFontSize(FONT_SIZE.max + 10)).toBe(FONT_SIZE.max);
  });
});
