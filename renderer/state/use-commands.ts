/** Runs app commands from the keyboard (one shortcut table) and from the application menu. */
import { useCallback, useEffect } from 'react';
import type { OutlineSection } from '../../core/report/outline';
import { FONT_SIZE, type Settings, type SettingsPatch } from '../../core/settings';
import { getApi } from '../api';
import { commandForKey, type AppCommand } from './shortcuts';

const isMac = navigator.platform.toLowerCase().includes('mac');

interface CommandDeps {
  settings: Settings;
  patchSettings(patch: SettingsPatch): void;
  /** Shows, hides or brings on screen a side pane, docked or floating (layout/use-panes). */
  togglePane(side: 'left' | 'right'): void;
  revealPane(side: 'left' | 'right'): void;
  openFile(): void;
  /** The outline in reading order and the section being read, for next/previous section. */
  flat: readonly OutlineSection[];
  current: OutlineSection | undefined;
  navigateToSection(section: OutlineSection): void;
  showShortcuts(): void;
  openFind(): void;
  step(direction: 1 | -1): void;
  undo(): void;
  redo(): void;
  /** Study-group and meeting-room commands (the 批注 pane's buttons, also in the File menu). */
  notesCommand(command: 'print-export' | 'share-notes' | 'import-notes'): void;
}

/** Returns `run(command)` and wires it to key presses and menu commands. */
export function useCommands(deps: CommandDeps): (command: AppCommand) => void {
  const {
    settings,
    patchSettings,
    togglePane,
    revealPane,
    openFile,
    flat,
    current,
    navigateToSection,
    showShortcuts,
    openFind,
    step,
    undo,
    redo,
    notesCommand,
  } = deps;
  const run = useCallback(
    (command: AppCommand) => {
      const index = current ? flat.indexOf(current) : -1;
      const focus = (id: string) =>
        document.getElementById(id)?.querySelector<HTMLElement>('button, [tabindex]')?.focus();
      switch (command) {
        case 'next-section':
        case 'previous-section': {
          const target = flat[command === 'next-section' ? index + 1 : Math.max(0, index - 1)];
          if (target) navigateToSection(target);
          return;
        }
        case 'focus-outline':
          revealPane('left');
          requestAnimationFrame(() => focus('outline-pane'));
          return;
        case 'focus-reader':
          document.getElementById('reader-scroll')?.focus();
          return;
        case 'focus-glossary':
          revealPane('right');
          requestAnimationFrame(() => focus('glossary-pane'));
          return;
        case 'toggle-outline':
          togglePane('left');
          return;
        case 'toggle-glossary':
          togglePane('right');
          return;
        case 'font-larger':
          patchSettings({ fontSize: settings.fontSize + 1 });
          return;
        case 'font-smaller':
          patchSettings({ fontSize: settings.fontSize - 1 });
          return;
        case 'font-reset':
          patchSettings({ fontSize: FONT_SIZE.default });
          return;
        case 'toggle-theme': {
          const dark = document.documentElement.dataset.theme === 'dark';
          patchSettings({ theme: dark ? 'light' : 'dark' });
          return;
        }
        case 'undo':
        case 'redo':
          // From the Edit menu: a focused text field takes its own undo (its keys never reach here).
          if (isEditableFocus()) document.execCommand(command);
          else if (command === 'undo') undo();
          else redo();
          return;
        case 'open-report':
          openFile();
          return;
        case 'show-shortcuts':
          showShortcuts();
          return;
        case 'find':
          revealPane('left');
          openFind();
          return;
        case 'find-next':
        case 'find-previous':
          step(command === 'find-next' ? 1 : -1);
          return;
        case 'print-export':
        case 'share-notes':
        case 'import-notes':
          notesCommand(command);
          return;
      }
    },
    [
      patchSettings,
      togglePane,
      revealPane,
      openFile,
      current,
      flat,
      navigateToSection,
      settings,
      showShortcuts,
      openFind,
      step,
      undo,
      redo,
      notesCommand,
    ],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event, isMac);
      if (!command) return;
      // Inside a text field, Ctrl+Z belongs to the field.
      const inField = event.target instanceof HTMLElement && event.target.closest('input, textarea') !== null;
      if (inField && (command === 'undo' || command === 'redo')) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    const off = getApi().on('menuCommandIssued', ({ command }) => run(command));
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [run]);
  return run;
}

/** Whether keyboard focus is in something the user types into. */
function isEditableFocus(): boolean {
  const active = document.activeElement;
  return (
    active instanceof HTMLElement && (active.isContentEditable || active.closest('input, textarea') !== null)
  );
}
