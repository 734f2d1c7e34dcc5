import { describe, expect, it } from 'vitest';
import type { Session } from '../../core/contract';
import { DEFAULT_SETTINGS, FONT_SIZE, PANE_WIDTH } from '../../core/settings';
import { appReducer, applySettingsPatch, initialState } from '../../renderer/state/app-state';

const session = (notice?: string): Session => ({
  report: { id: 'r1', meta: {}, blocks: [], glossary: [], unexplainedTerms: [] },
  fileName: 'a.txt',
  bundled: false,
  settings: { ...DEFAULT_SETTINGS, readingPositions: { r1: 'p2-1' } },
  author: { id: 'u1', name: '' },
  ...(notice ? { notice } : {}),
});

describe('appReducer', () => {
  it('loads a session and restores its reading position', () => {
    const state = appReducer(initialState, { type: 'sessionLoaded', session: session() });
    expect(state.status).toBe('ready');
    expect(state.currentBlockId).toBe('p2-1');
  });

  it('shows a session notice once', () => {
    let state = appReducer(initialState, { type: 'sessionLoaded', session: session('已恢复') });
    state = appReducer(state, { type: 'noticeShown', kind: 'info', message: '已恢复' });
    expect(state.notices.map((n) => n.message)).toEqual(['已恢复']);
    state = appReducer(state, { type: 'noticeDismissed', id: state.notices[0]!.id });
    expect(state.notices).toEqual([]);
  });

  it('reports a load failure as a failed state before any report, as a notice after', () => {
    expect(appReducer(initialState, { type: 'loadFailed', message: '坏了' }).status).toBe('failed');
    const loaded = appReducer(initialState, { type: 'sessionLoaded', session: session() });
    const after = appReducer(loaded, { type: 'loadFailed', message: '坏了' });
    expect(after.status).toBe('ready');
    expect(after.notices[0]?.kind).toBe('error');
  });
});

describe('applySettingsPatch', () => {
  it('clamps font size and pane widths like main does', () => {
    const patched = applySettingsPatch(DEFAULT_SETTINGS, { fontSize: 99, panes: { outline: { width: 5 } } });
    expect(patched.fontSize).toBe(FONT_SIZE.max);
    expect(patched.panes.outline.width).toBe(PANE_WIDTH.min);
    expect(patched.panes.glossary).toEqual(DEFAULT_SETTINGS.panes.glossary);
  });

  it('lets the text grow to 30 px and more (the 适老化 guidelines)', () => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, { fontSize: 30 }).fontSize).toBe(30);
    expect(FONT_SIZE.max).toBeGreaterThanOrEqual(30);
  });

  it('changes only what the patch names', () => {
    const patched = applySettingsPatch(DEFAULT_SETTINGS, { panes: { glossary: { collapsed: true } } });
    expect(patched.panes.glossary.collapsed).toBe(true);
    expect(patched.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(patched.fontSize).toBe(DEFAULT_SETTINGS.fontSize);
  });
});
