/** Which of the app's own dialogs is open: shortcuts, print and export, the signature, removing a layer. */
import { useState } from 'react';
import type { Layer } from '../../core/annotations/layers';

export function useDialogs() {
  const [shortcuts, setShortcuts] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [editingSignature, setEditingSignature] = useState(false);
  const [removing, setRemoving] = useState<Layer | null>(null);
  return {
    shortcuts,
    setShortcuts,
    printing,
    setPrinting,
    editingSignature,
    setEditingSignature,
    removing,
    setRemoving,
  };
}

export type Dialogs = ReturnType<typeof useDialogs>;
