/** The Electron printer for notes-export: the main window's page, as the renderer shows its print view. */
import type { BrowserWindow } from 'electron';
import type { Printer } from '../export/notes-export';
import { PDF_MARGINS_INCHES, pdfFooterTemplate } from '../export/print-templates';

export function createWindowPrinter(getWindow: () => BrowserWindow | undefined): Printer {
  const contents = () => {
    const window = getWindow();
    if (!window || window.isDestroyed()) throw new Error('no window to print');
    return window.webContents;
  };
  return {
    print: () =>
      new Promise((resolve, reject) => {
        contents().print({ printBackground: true }, (success, failureReason) => {
          // A cancelled dialog is not a failure the user needs to hear about.
          if (success || failureReason === 'Print job canceled' || failureReason === 'cancelled')
            resolve(success);
          else reject(new Error(failureReason));
        });
      }),
    toPdf: ({ footerLabel }) =>
      contents().printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: pdfFooterTemplate(footerLabel),
        margins: { ...PDF_MARGINS_INCHES },
      }),
  };
}
