/**
 * Text colours against the surfaces they are drawn on, in both themes, read from the shared CSS variables:
 * at least 4.5:1 for every size (the 适老化 guidelines delegates' devices follow, stricter than WCAG's 3:1 for
 * large text).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('renderer/styles/base.css', 'utf8');

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function variables(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const TEXT = ['--ink', '--ink-soft', '--ink-faint', '--accent-ink'];
const SURFACES = ['--bg', '--bg-pane', '--bg-paper', '--bg-raised', '--accent-soft', '--term-bg'];

describe('text colours', () => {
  it('computes the WCAG ratio (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#8d877f', '#8d877f')).toBe(1);
    expect(contrast('#8d877f', '#ffffff')).toBeCloseTo(3.56, 1);
  });

  for (const [theme, selector] of [
    ['light', ':root'],
    ['dark', ":root[data-theme='dark']"],
  ] as const) {
    it(`reach 4.5:1 on every surface in the ${theme} theme`, () => {
      const vars = variables(selector);
      const low: string[] = [];
      for (const text of TEXT)
        for (const surface of SURFACES) {
          const ratio = contrast(vars.get(text)!, vars.get(surface)!);
          if (ratio < 4.5) low.push(`${text} on ${surface}: ${ratio.toFixed(2)}`);
        }
      expect(low).toEqual([]);
    });

    it(`keep the text of search marks at 4.5:1 in the ${theme} theme`, () => {
      const vars = variables(selector);
      expect(contrast(vars.get('--ink')!, vars.get('--flash')!)).toBeGreaterThanOrEqual(4.5);
    });

    it(`keep the brand's white text at 4.5:1 on its badge in the ${theme} theme`, () => {
      const vars = variables(selector);
      expect(
        contrast(vars.get('--on-accent') ?? '#ffffff', vars.get('--brand-bg') ?? vars.get('--accent')!),
      ).toBeGreaterThanOrEqual(4.5);
    });
  }
});
