/** The whole parsed document as text again, in source order: the check that parsing lost and invented nothing. */
import type { ReportDocument, SetAsideText } from './model';

type Zone = 'front' | 'body' | 'back';

/**
 * Concatenates, one per line and in the order they stood, the title-page lines, the blocks (glossary markers put
 * back where they stood), the lines after the body (glossary, footer) and the text set aside. Apart from whitespace
 * and markup it equals the input text, which the fidelity tests check.
 */
export function documentText(doc: ReportDocument): string {
  const front = doc.frontMatter ?? [];
  const back = doc.backMatter ?? [];
  const blocks = doc.blocks.map((block) => {
    let text = block.text;
    for (const ref of [...(block.refs ?? [])].reverse())
      text = `${text.slice(0, ref.at)}${ref.marker}${text.slice(ref.at)}`;
    return text;
  });
  const placed = new Map<string, SetAsideText[]>();
  const loose: SetAsideText[] = [];
  for (const item of doc.setAside ?? []) {
    if (!item.at) {
      loose.push(item);
      continue;
    }
    const key = `${item.at.zone}:${item.at.index}`;
    placed.set(key, [...(placed.get(key) ?? []), item]);
  }
  const out: string[] = [];
  const emit = (zone: Zone, position: number, text: string): void => {
    out.push(text);
    for (const item of placed.get(`${zone}:${position}`) ?? []) out.push(item.text);
  };
  for (const item of placed.get('front:0') ?? []) out.push(item.text);
  front.forEach((line, k) => emit('front', k + 1, line));
  const backAt = doc.backMatterAt ?? back.map(() => blocks.length);
  let next = 0;
  blocks.forEach((text, k) => {
    while (next < back.length && (backAt[next] ?? blocks.length) <= k)
      emit('back', next + 1, back[next++] ?? '');
    emit('body', k + 1, text);
  });
  while (next < back.length) emit('back', next + 1, back[next++] ?? '');
  out.push(...loose.map((item) => item.text));
  return out.join('\n');
}
