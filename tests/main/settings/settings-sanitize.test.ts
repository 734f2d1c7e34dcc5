/** The settings values issue 14 added or widened: sanitizer, service and the schema of the renderer's patch. */
import { describe, expect, it } from 'vitest';
import { CALL_ARG_SCHEMAS } from '../../../core/contract-schemas';
import { DEFAULT_SETTINGS, FONT_SIZE } from '../../../core/settings';
import { createSettingsService } from '../../../main/settings/settings';
import { SANITIZERS, sanitizeFontSize } from '../../../main/settings/settings-sanitize';
import { createMemoryStore } from '../../../main/settings/store-quarantine';

describe('sanitizeFontSize', () => {
  it('keeps a 30 px text size (the 适老化 guidelines ask for large text)', () => {
    expect(sanitizeFontSize(30)).toBe(30);
    expect(sanitizeFontSize(FONT_SIZE.max + 10)).toBe(FONT_SIZE.max);
  });
});

describe('paragraphNumbers', () => {
  it('is off unless stored as true', () => {
    expect(DEFAULT_SETTINGS.paragraphNumbers).toBe(false);
    expect(SANITIZERS.paragraphNumbers(true)).toBe(true);
    for (const stored of [undefined, null, 'true', 1, {}])
      expect(SANITIZERS.paragraphNumbers(stored)).toBe(false);
  });

  it('is accepted from the renderer, saved, and read back after a restart', () => {
    expect(CALL_ARG_SCHEMAS.updateSettings.safeParse({ paragraphNumbers: true }).success).toBe(true);
    expect(CALL_ARG_SCHEMAS.updateSettings.safeParse({ paragraphNumbers: 'yes' }).success).toBe(false);
    const store = createMemoryStore();
    expect(createSettingsService(store).update({ paragraphNumbers: true }).paragraphNumbers).toBe(true);
    expect(createSettingsService(store).get().paragraphNumbers).toBe(true);
  });
});
