/** Set-aside text in runs of the same reason, so 56 page numbers read as one line, not 56. */
import type { SetAsideText } from './model';

export interface SetAsideGroup {
  reason: string;
  items: SetAsideText[];
}

/** Groups consecutive set-aside items that share their reason, keeping their order. */
export function groupSetAside(items: readonly SetAsideText[]): SetAsideGroup[] {
  const groups: SetAsideGroup[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.reason === item.reason) last.items.push(item);
    else groups.push({ reason: item.reason, items: [item] });
  }
  return groups;
}
