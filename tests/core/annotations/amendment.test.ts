/** The wording of an amendment as drafting teams receive it (issue 16). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amendedWords,
  amendmentText,
  amendmentWording,
  occurrenceAt,
} from '../../../core/annotations/amendment';

const place = { citation: '第二部分（四）第2段', exact: '坚持稳中求进' };

describe('amendmentWording', () => {
  it('words each action as drafting teams write them', () => {
    expect(amendmentWording({ action: 'replace', text: '稳字当头' }, place)).toBe(
      '第二部分（四）第2段，将“坚持稳中求进”改为“稳字当头”',
    );
    expect(amendmentWording({ action: 'insertAfter', text: '，着力稳增长' }, place)).toBe(
      '在第二部分（四）第2段“坚持稳中求进”之后，增加“，着力稳增长”',
    );
    expect(amendmentWording({ action: 'delete', text: '' }, place)).toBe(
      '删去第二部分（四）第2段“坚持稳中求进”',
    );
  });

  it('names the occurrence when the paragraph holds the words more than once', () => {
    expect(amendmentWording({ action: 'delete', text: '' }, { ...place, exact: '发展', occurrence: 2 })).toBe(
      '删去第二部分（四）第2段第2处“发展”',
    );
  });

  it('leaves the place out when there is none, and still says what to change', () => {
    expect(amendmentWording({ action: 'replace', text: '乙' }, { citation: '', exact: '甲' })).toBe(
      '将“甲”改为“乙”',
    );
    expect(amendmentText({ amendment: { action: 'insertAfter', text: '乙' }, target: { exact: '甲' } })).toBe(
      '在“甲”之后，增加“乙”',
    );
    expect(amendmentText({ target: { exact: '甲' } })).toBe('');
  });

  it('nests quotes as single quotes, folds line breaks, and cuts long quotes to their two ends', () => {
    expect(
      amendmentWording({ action: 'replace', text: '“放管服”\n改革' }, { ...place, exact: '“六稳”' }),
    ).toBe('第二部分（四）第2段，将“‘六稳’”改为“‘放管服’ 改革”');
    const long = '一二三四五六七八九十甲乙丙丁戊';
    expect(
      amendmentWording({ action: 'delete', text: '' }, { ...place, exact: long }, { quoteLength: 6 }),
    ).toBe('删去第二部分（四）第2段“一二三……丙丁戊”');
  });

  it('always quotes the new words whole unless asked to cut, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((t) => !/[“”\s]/.test(t)),
        (text) => {
          expect(amendmentWording({ action: 'replace', text }, place)).toContain(`改为“${text}”`);
        },
      ),
    );
  });
});

describe('occurrenceAt and amendedWords', () => {
  it('counts occurrences only when there are several', () => {
    const text = '发展经济，发展民生，发展生态';
    expect(occurrenceAt(text, '发展', 0)).toBe(1);
    expect(occurrenceAt(text, '发展', 5)).toBe(2);
    expect(occurrenceAt(text, '民生', 7)).toBeUndefined();
    expect(occurrenceAt('啊啊啊', '啊啊', 1)).toBe(2);
    expect(occurrenceAt(text, '', 0)).toBeUndefined();
  });

  it('gives the passage as amended', () => {
    expect(amendedWords({ action: 'replace', text: '乙' }, '甲')).toBe('乙');
    expect(amendedWords({ action: 'insertAfter', text: '乙' }, '甲')).toBe('甲乙');
    expect(amendedWords({ action: 'delete', text: '' }, '甲')).toBe('');
  });
});
