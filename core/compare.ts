/** Orderings shared by sorts across core: code-unit order (ids, ISO dates) and people by name. */

/** Code-unit order: deterministic on every platform, and correct for ids and ISO 8601 strings. */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const collator = new Intl.Collator('zh-CN');

/** People by name as Chinese readers sort them (pinyin), then by id so equal names keep a fixed order. */
export const byNameThenId = (a: { id: string; name: string }, b: { id: string; name: string }): number =>
  collator.compare(a.name, b.name) || compareStrings(a.id, b.id);
