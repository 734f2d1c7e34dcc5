/** Keyboard shortcuts → commands. Pure, so the table is tested and shown in the help dialog from one source. */
import type { MenuCommand } from '../../core/contract';
import type { MessageKey } from '../i18n/messages';

export type AppCommand = MenuCommand | 'open-report' | 'undo' | 'redo';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Shortcut {
  command: AppCommand;
  /** Display form, e.g. Ctrl+Shift+1. Ctrl means Cmd on macOS. */
  keys: string;
  label: MessageKey;
  matches(e: KeyLike, mod: boolean): boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    command: 'next-section',
    keys: 'Alt+↓',
    label: 'nextSection',
    matches: (e) => e.altKey && e.key === 'ArrowDown',
  },
  {
    command: 'previous-section',
    keys: 'Alt+↑',
    label: 'previousSection',
    matches: (e) => e.altKey && e.key === 'ArrowUp',
  },
  {
    command: 'focus-outline',
    keys: 'Ctrl+1',
    label: 'focusOutline',
    matches: (e, mod) => mod && !e.shiftKey && e.key === '1',
  },
  {
    command: 'focus-reader',
    keys: 'Ctrl+2',
    label: 'focusReader',
    matches: (e, mod) => mod && !e.shiftKey && e.key === '2',
  },
  {
    command: 'focus-glossary',
    keys: 'Ctrl+3',
    label: 'focusGlossary',
    matches: (e, mod) => mod && !e.shiftKey && e.key === '3',
  },
  // With Shift held, browsers report the shifted character (! and #) on US layouts.
  {
    command: 'toggle-outline',
    keys: 'Ctrl+Shift+1',
    label: 'toggleOutline',
    matches: (e, mod) => mod && e.shiftKey && (e.key === '1' || e.key === '!'),
  },
  {
    command: 'toggle-glossary',
    keys: 'Ctrl+Shift+3',
    label: 'toggleGlossary',
    matches: (e, mod) => mod && e.shiftKey && (e.key === '3' || e.key === '#'),
  },
  {
    command: 'font-larger',
    keys: 'Ctrl+=',
    label: 'fontLarger',
    matches: (e, mod) => mod && (e.key === '=' || e.key === '+'),
  },
  {
    command: 'font-smaller',
    keys: 'Ctrl+-',
    label: 'fontSmaller',
    matches: (e, mod) => mod && (e.key === '-' || e.key === '_'),
  },
  { command: 'font-reset', keys: 'Ctrl+0', label: 'fontSize', matches: (e, mod) => mod && e.key === '0' },
  {
    command: 'toggle-theme',
    keys: 'Ctrl+Shift+L',
    label: 'theme',
    matches: (e, mod) => mod && e.shiftKey && e.key.toLowerCase() === 'l',
  },
  {
    command: 'open-report',
    keys: 'Ctrl+O',
    label: 'openReport',
    matches: (e, mod) => mod && !e.shiftKey && e.key.toLowerCase() === 'o',
  },
  {
    command: 'find',
    keys: 'Ctrl+F',
    label: 'find',
    matches: (e, mod) => mod && !e.shiftKey && e.key.toLowerCase() === 'f',
  },
  { command: 'find-next', keys: 'F3', label: 'nextHit', matches: (e) => e.key === 'F3' && !e.shiftKey },
  {
    command: 'find-previous',
    keys: 'Shift+F3',
    label: 'previousHit',
    matches: (e) => e.key === 'F3' && e.shiftKey,
  },
  {
    command: 'undo',
    keys: 'Ctrl+Z',
    label: 'undo',
    matches: (e, mod) => mod && !e.shiftKey && e.key.toLowerCase() === 'z',
  },
  {
    command: 'redo',
    keys: 'Ctrl+Shift+Z',
    label: 'redo',
    matches: (e, mod) =>
      mod && ((e.shiftKey && e.key.toLowerCase() === 'z') || (!e.shiftKey && e.key.toLowerCase() === 'y')),
  },
  { command: 'show-shortcuts', keys: 'F1', label: 'shortcuts', matches: (e) => e.key === 'F1' },
  {
    command: 'print-export',
    keys: 'Ctrl+P',
    label: 'printExport',
    matches: (e, mod) => mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'p',
  },
];

/** The command for a key press, if any. `isMac` decides whether Cmd or Ctrl is the modifier. */
export function commandForKey(event: KeyLike, isMac: boolean): AppCommand | undefined {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  return SHORTCUTS.find((s) => s.matches(event, mod))?.command;
}
