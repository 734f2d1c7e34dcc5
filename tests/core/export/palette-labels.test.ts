import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOR_LABELS, paletteLabels } from '../../../core/annotations/palette-labels';
import { DEFAULT_SETTINGS } from '../../../core/settings';

describe('paletteLabels', () => {
  it('gives the default meanings (DESIGN §4) for an untouched palette', () => {
    expect(paletteLabels(DEFAULT_SETTINGS.palette)).toEqual({
      yellow: '重点',
      red: '疑问',
      green: '建议',
      blue: '数据核对',
      purple: '其他',
    });
    expect(paletteLabels()).toEqual(DEFAULT_COLOR_LABELS['zh-CN']);
    expect(paletteLabels(undefined, 'en').blue).toBe('Check figures');
  });

  it('uses the user’s own label where one is set, the default for blank ones', () => {
    const palette = {
      ...DEFAULT_SETTINGS.palette,
      red: { label: '存疑', color: '' },
      blue: { label: '  ', color: '' },
    };
    expect(paletteLabels(palette)).toMatchObject({ red: '存疑', blue: '数据核对', yellow: '重点' });
  });
});
