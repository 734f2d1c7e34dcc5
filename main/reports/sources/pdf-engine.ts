/**
 * pdf.js, loaded only when a PDF is opened (pdf.ts imports this module dynamically, so the app starts without it).
 * Its worker code runs in this thread through the `pdfjsWorker` global that pdf.js looks for first, so no worker
 * file has to be found at run time in the bundle; pdf.ts yields between pages so main stays responsive.
 */
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= pdfjsWorker;

export { getDocument, PasswordResponses, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
