/** What the application menu does, without Electron: open reports as sessions and tell the renderer. */
import type { EventName, Events, MenuCommand, Session } from '../../core/contract';
import type { Result } from '../../core/result';
import type { SessionService } from '../reports/sessions';

/** Sends an event to the renderer (ipc.ts in the app, a recorder in tests). */
export type Emit = <E extends EventName>(event: E, payload: Events[E]) => void;

export interface MenuActions {
  /** File → Open…: the system dialog, then the report in the window. */
  openFile(): Promise<void>;
  /** File → Recent → a report. */
  openRecent(reportId: string): Promise<void>;
  /** A report file the OS asked the running app to open (a second launch, macOS open-file). */
  openPath(filePath: string): Promise<void>;
  /** A view command the renderer carries out (it also handles the same keys itself). */
  sendCommand(command: MenuCommand): void;
}

/** Creates the menu's actions; failures reach the user as `errorReported`, never as exceptions. */
export function createMenuActions(deps: {
  sessions: SessionService;
  emit: Emit;
  log?: (message: string, error: unknown) => void;
}): MenuActions {
  const { sessions, emit, log = console.error } = deps;

  async function show(open: () => Promise<Result<Session | null>>): Promise<void> {
    try {
      const result = await open();
      if (!result.ok) emit('errorReported', { message: result.error.message });
      else if (result.value) emit('reportOpened', result.value);
    } catch (error) {
      log('menu action failed', error);
      emit('errorReported', { message: '打开报告时发生了意外错误，请重试。' });
    }
  }

  return {
    openFile: () => show(() => sessions.chooseFile()),
    openRecent: (reportId) => show(() => sessions.openRecent(reportId)),
    openPath: (filePath) => show(() => sessions.openFile(filePath)),
    sendCommand: (command) => emit('menuCommandIssued', { command }),
  };
}
