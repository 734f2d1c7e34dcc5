import { describe, expect, it } from 'vitest';
import type { Session } from '../../core/contract';
import { DEFAULT_SETTINGS, FONT_SIZE, PANE_WIDTH } from '../../core/settings';
import fc from 'fast-check';
import {
  appReducer,
  applySettingsPatch,
  initialState,
  MAX_NOTICES,
  type AppState,
  type Notice,
} from '../../renderer/state/app-state';

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

describe('notices', () => {
  const other = (): Session => ({ ...session(), report: { ...session().report, id: 'r2' } });
  const show = (state: AppState, kind: Notice['kind'], message: string, reportId?: string) =>
    appReducer(state, { type: 'noticeShown', kind, message, ...(reportId ? { reportId } : {}) });

  it('shows at most a few at once, letting confirmations go before errors', () => {
    let state = appReducer(initialState, { type: 'sessionLoaded', session: session() });
    state = show(state, 'error', '无法保存 A');
    for (const file of ['a', 'b', 'c', 'd']) state = show(state, 'done', `已导出：${file}.json`, 'r1');
    expect(state.notices.length).toBeLessThanOrEqual(MAX_NOTICES);
    expect(MAX_NOTICES).toBeLessThanOrEqual(3);
    // The error stays until dismissed; the newest confirmations are the ones shown.
    expect(state.notices.map((n) => n.message)).toEqual(['无法保存 A', '已导出：c.json', '已导出：d.json']);
  });

  it('never shows more than the limit, whatever arrives', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom('error', 'info', 'done') as fc.Arbitrary<Notice['kind']>, fc.string()),
          {
            maxLength: 30,
          },
        ),
        (arrivals) => {
          let state: AppState = initialState;
          for (const [kind, message] of arrivals) state = show(state, kind, message);
          expect(state.notices.length).toBeLessThanOrEqual(MAX_NOTICES);
          const last = arrivals.at(-1);
          if (last) expect(state.notices.some((n) => n.message === last[1])).toBe(true);
        },
      ),
    );
  });

  it('drops the notices about one report when another opens, and keeps the others', () => {
    let state = appReducer(initialState, { type: 'sessionLoaded', session: session() });
    state = show(state, 'done', '已导出：r1.json', 'r1');
    state = show(state, 'error', '导出失败：磁盘已满', 'r1');
    state = show(state, 'error', '无法读取设置文件');
    // Reopening the same report keeps them.
    state = appReducer(state, { type: 'sessionLoaded', session: session() });
    expect(state.notices).toHaveLength(3);
    state = appReducer(state, { type: 'sessionLoaded', session: other() });
    expect(state.notices.map((n) => n.message)).toEqual(['无法读取设置文件']);
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
