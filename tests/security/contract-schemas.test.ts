import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../core/contract';
import { CALL_ARG_SCHEMAS, ID_MAX_LENGTH, REPORT_TEXT_MAX_LENGTH } from '../../core/contract-schemas';

describe('CALL_ARG_SCHEMAS', () => {
  it('has exactly one schema per contract call', () => {
    expect(Object.keys(CALL_ARG_SCHEMAS).sort()).toEqual([...CALL_NAMES].sort());
  });

  it('accepts well-formed arguments', () => {
    expect(CALL_ARG_SCHEMAS.getSession.safeParse(undefined).success).toBe(true);
    expect(CALL_ARG_SCHEMAS.openRecentReport.safeParse({ reportId: 'r-1' }).success).toBe(true);
    expect(CALL_ARG_SCHEMAS.importReportText.safeParse({ fileName: '报告.txt', text: '正文' }).success).toBe(
      true,
    );
    expect(
      CALL_ARG_SCHEMAS.updateSettings.safeParse({ fontSize: 20, panes: { outline: { width: 300 } } }).success,
    ).toBe(true);
    expect(CALL_ARG_SCHEMAS.saveReadingPosition.safeParse({ reportId: 'r', blockId: 'p1-2' }).success).toBe(
      true,
    );
  });

  it.each([
    ['getSession', { extra: 1 }],
    ['chooseReportFile', 'x'],
    ['openRecentReport', { reportId: '' }],
    ['openRecentReport', { reportId: 'x'.repeat(ID_MAX_LENGTH + 1) }],
    ['openRecentReport', { reportId: 'r', extra: true }],
    ['openRecentReport', { reportId: 42 }],
    ['importReportText', { fileName: '', text: 'x' }],
    ['importReportText', { fileName: 'a.txt' }],
    ['forgetRecentReport', null],
    ['updateSettings', { theme: 'neon' }],
    ['updateSettings', { fontSize: Number.NaN }],
    ['updateSettings', { fontSize: Number.POSITIVE_INFINITY }],
    ['updateSettings', { fontSize: '18' }],
    ['updateSettings', { panes: { outline: { width: 300, height: 2 } } }],
    ['updateSettings', { recentReports: [] }],
    ['updateSettings', { readingPositions: {} }],
    ['updateSettings', { authorName: 'x'.repeat(101) }],
    ['saveReadingPosition', { reportId: 'r' }],
    ['saveReadingPosition', ['r', 'b']],
  ] as const)('%s refuses %j', (name, arg) => {
    expect(CALL_ARG_SCHEMAS[name].safeParse(arg).success).toBe(false);
  });

  it('caps report text at 60 MB of code units', () => {
    const schema = CALL_ARG_SCHEMAS.importReportText;
    expect(schema.safeParse({ fileName: 'a.txt', text: 'x'.repeat(REPORT_TEXT_MAX_LENGTH) }).success).toBe(
      true,
    );
    expect(
      schema.safeParse({ fileName: 'a.txt', text: 'x'.repeat(REPORT_TEXT_MAX_LENGTH + 1) }).success,
    ).toBe(false);
  });

  it('never accepts arbitrary junk as an id-taking argument, and never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = CALL_ARG_SCHEMAS.saveReadingPosition.safeParse(value);
        if (result.success) {
          expect(Object.keys(value as object).sort()).toEqual(['blockId', 'reportId']);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
