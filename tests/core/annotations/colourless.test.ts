/**
 * Paragraph notes and bookmarks without a colour (docs/decisions.md 42): valid in every file the app reads, kept
 * apart from the colours wherever notes are counted or filtered, and still merged like any other note.
 */
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../core/annotations/exchange';
import { mergeAnnotations } from '../../../core/annotations/merge';
import type { Annotation } from '../../../core/annotations/model';
import { colorOf } from '../../../core/annotations/model';
import { createAnnotation, updateAnnotation } from '../../../core/annotations/ops';
import { countByColor } from '../../../core/annotations/order';
import { buildSharePack } from '../../../core/annotations/share';
import { canonicalJson } from '../../../core/annotations/canonical-json';
import { validateAnnotation, validatePack } from '../../../core/annotations/validate';

const me = { id: 'u1', name: '李代表' };
const base = {
  reportId: 'r1',
  target: { blockId: 'p1-2', start: 0, end: 8, exact: '坚持稳中求进工作', prefix: '', suffix: '' },
  note: '本段要点',
  tags: [],
  author: me,
  createdAt: '2024-03-05T01:00:00.000Z',
  updatedAt: '2024-03-05T01:00:00.000Z',
};
const paragraphNote: Annotation = { ...base, id: 'n1', kind: 'note' };
const bookmark: Annotation = { ...base, id: 'b1', kind: 'bookmark', note: '', color: 'purple' };
const highlight: Annotation = { ...base, id: 'h1', kind: 'highlight', color: 'green' };

describe('a note or bookmark without a colour', () => {
  it('is a valid annotation, and a pack holding it stays version 1', () => {
    expect(validateAnnotation(paragraphNote)).toEqual({ ok: true, value: paragraphNote });
    const pack = buildPack({ id: 'r1', title: '报告' }, me, [paragraphNote], '2024-03-06T00:00:00Z');
    expect(pack.version).toBe(1);
    expect(validatePack(JSON.parse(JSON.stringify(pack)))).toEqual({ ok: true, value: pack });
  });

  it('is refused for a highlight, which is painted in its colour', () => {
    const { color: _, ...colourless } = highlight;
    const result = validateAnnotation(colourless);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toBe('批注：高亮缺少颜色');
  });

  it('is what a new bookmark gets, whatever colour the caller passed; a note keeps the one given', () => {
    const made = (kind: Annotation['kind'], color?: 'green') =>
      createAnnotation({ ...base, kind, ...(color && { color }) }, base.createdAt, () => 'x');
    expect('color' in made('bookmark', 'green')).toBe(false);
    expect('color' in made('note')).toBe(false);
    // An adopted note keeps the colour its author picked.
    expect(made('note', 'green').color).toBe('green');
    expect(made('highlight', 'green').color).toBe('green');
  });

  it('can be picked and taken back: clearing removes the key, so the stored JSON has none', () => {
    const picked = updateAnnotation(paragraphNote, { color: 'red' }, '2024-03-05T02:00:00.000Z');
    expect(picked.color).toBe('red');
    const cleared = updateAnnotation(picked, { color: null }, '2024-03-05T03:00:00.000Z');
    expect('color' in cleared).toBe(false);
    expect(canonicalJson(cleared)).not.toContain('color');
    // A highlight keeps its colour: there is nothing to paint it in otherwise.
    expect(updateAnnotation(highlight, { color: null }, '2024-03-05T03:00:00.000Z').color).toBe('green');
  });

  it('merges by updatedAt like any other version', () => {
    const later = { ...paragraphNote, color: 'red' as const, updatedAt: '2024-03-06T00:00:00.000Z' };
    expect(mergeAnnotations([paragraphNote], [later])).toEqual([later]);
    expect(mergeAnnotations([later], [paragraphNote])).toEqual([later]);
  });

  it('counts under no colour; a bookmark never counts, even with the purple older versions stored', () => {
    expect(colorOf(bookmark)).toBeUndefined();
    expect(colorOf(paragraphNote)).toBeUndefined();
    expect(colorOf(highlight)).toBe('green');
    expect(countByColor([paragraphNote, bookmark, highlight])).toEqual({
      yellow: 0,
      red: 0,
      green: 1,
      blue: 0,
      purple: 0,
    });
  });

  it('is left out of a share filtered by colour, and shared when no colour is chosen', () => {
    const doc = { blocks: [{ id: 'p1-2', type: 'paragraph' as const, text: '坚持稳中求进工作总基调' }] };
    const share = (colors?: ('green' | 'purple')[]) =>
      buildSharePack({
        report: { id: 'r1', title: '报告' },
        me,
        annotations: [paragraphNote, bookmark, highlight],
        doc,
        exportedAt: '2024-03-06T00:00:00Z',
        ...(colors ? { filter: { colors } } : {}),
      }).annotations.map((a) => a.id);
    expect(share(['purple'])).toEqual([]);
    expect(share(['green'])).toEqual(['h1']);
    expect(share()).toEqual(['b1', 'h1', 'n1']);
  });
});
