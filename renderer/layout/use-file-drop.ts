/** A file dropped on the window: a report goes to main (which reads it by its content); a pack gets a hint. */
import { useState, type DragEvent } from 'react';
import { REPORT_FILE_MAX_BYTES } from '../../core/contract';
import type { Notify } from '../state/use-notices';

export function useFileDrop(
  importDropped: (fileName: string, bytes: Uint8Array) => void,
  notify: Notify,
  packHint: string,
) {
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    if (/\.json$/i.test(file.name)) {
      notify('info', packHint);
      return;
    }
    // Any other file goes to main, which reads it by its content (Word, PDF, a web page, text) or says why not.
    // One byte over the cap is enough for main to say the file is too large, without reading all of it here.
    void file
      .slice(0, REPORT_FILE_MAX_BYTES + 1)
      .arrayBuffer()
      .then((buffer) => importDropped(file.name, new Uint8Array(buffer)));
  };
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(true);
  };
  return { dragging, handlers: { onDrop, onDragOver, onDragLeave: () => setDragging(false) } };
}
