import { describe, expect, it } from 'vitest';
import { commandForKey, SHORTCUTS, type KeyLike } from '../../renderer/state/shortcuts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('commandForKey', () => {
  it('maps the documented shortcuts', () => {
    expect(commandForKey(key('ArrowDown', { altKey: true }), false)).toBe('next-section');
    expect(commandForKey(key('ArrowUp', { altKey: true }), false)).toBe('previous-section');
    expect(commandForKey(key('1', { ctrlKey: true }), false)).toBe('focus-outline');
    expect(commandForKey(key('!', { ctrlKey: true, shiftKey: true }), false)).toBe('toggle-outline');
    expect(commandForKey(key('=', { ctrlKey: true }), false)).toBe('font-larger');
    expect(commandForKey(key('-', { ctrlKey: true }), false)).toBe('font-smaller');
    expect(commandForKey(key('L', { ctrlKey: true, shiftKey: true }), false)).toBe('toggle-theme');
    expect(commandForKey(key('F1'), false)).toBe('show-shortcuts');
  });

  it('uses Cmd on macOS and Ctrl elsewhere', () => {
    expect(commandForKey(key('o', { metaKey: true }), true)).toBe('open-report');
    expect(commandForKey(key('o', { metaKey: true }), false)).toBeUndefined();
    expect(commandForKey(key('o', { ctrlKey: true }), true)).toBeUndefined();
  });

  it('leaves ordinary typing alone', () => {
    for (const k of ['a', '1', 'ArrowDown', ' ', 'Enter', '='])
      expect(commandForKey(key(k), false)).toBeUndefined();
  });

  it('has no two shortcuts for the same key', () => {
    expect(new Set(SHORTCUTS.map((s) => s.keys)).size).toBe(SHORTCUTS.length);
  });
});
