/** The thin DOM adapter for anchoring (STYLE §5): a DOM selection ⇄ block id + text offsets. */

export interface BlockRange {
  blockId: string;
  start: number;
  end: number;
}

/** Text offset of (node, offset) inside `root`, counting UTF-16 units of text nodes, as block.text does. */
function textOffset(root: Node, node: Node, offset: number): number {
  if (node.nodeType !== Node.TEXT_NODE) {
    // A boundary between children: count the text of the children before it.
    let count = 0;
    const children = node.childNodes;
    for (let i = 0; i < offset && i < children.length; i++) count += children[i]?.textContent?.length ?? 0;
    return node === root ? count : textOffset(root, node, 0) + count;
  }
  let count = offset;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current && current !== node; current = walker.nextNode()) {
    count += current.textContent?.length ?? 0;
  }
  return count;
}

const blockOf = (node: Node | null): HTMLElement | null =>
  (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-block-id]') ?? null;

/**
 * The selected range within one block. A selection that runs into later blocks is cut at the end of the block it
 * starts in, since a highlight belongs to one paragraph. Empty or outside the report → null.
 */
export function selectionToBlockRange(selection: Selection | null): BlockRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const startBlock = blockOf(range.startContainer);
  if (!startBlock?.dataset.blockId) return null;
  const start = textOffset(startBlock, range.startContainer, range.startOffset);
  const endBlock = blockOf(range.endContainer);
  const end =
    endBlock === startBlock
      ? textOffset(startBlock, range.endContainer, range.endOffset)
      : (startBlock.textContent?.length ?? 0);
  // Trim surrounding whitespace so a double-click or a sloppy drag does not mark blanks.
  const text = startBlock.textContent ?? '';
  let from = Math.min(start, end);
  let to = Math.max(start, end);
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return to > from ? { blockId: startBlock.dataset.blockId, start: from, end: to } : null;
}
