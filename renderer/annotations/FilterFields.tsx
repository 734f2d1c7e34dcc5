/** The filter fields of the share and print dialogs: colours, tags, section; and the outline as select options. */
import { useMemo } from 'react';
import type { ColorKey } from '../../core/annotations/model';
import { buildOutline, flattenOutline } from '../../core/report/outline';
import type { ReportDocument } from '../../core/report/model';
import { useT } from '../i18n/i18n';
import { COLORS, useColorLabel } from './palette';
import { shortTitle } from './pane-filter';

/** A copy of `set` with `value` added, or removed if it was there. */
export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export function ColorChecks({
  selected,
  onChange,
}: {
  selected: ReadonlySet<ColorKey>;
  onChange(next: Set<ColorKey>): void;
}) {
  const t = useT();
  const colorLabel = useColorLabel();
  return (
    <fieldset>
      <legend>{t('color')}</legend>
      {COLORS.map((key) => (
        <label key={key} className="check">
          <input
            type="checkbox"
            checked={selected.has(key)}
            onChange={() => onChange(toggled(selected, key))}
          />
          <span className={`chip chip--${key}`}>{colorLabel(key)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Nothing when there are no tags to choose from. */
export function TagChecks({
  tags,
  selected,
  onChange,
}: {
  tags: readonly string[];
  selected: ReadonlySet<string>;
  onChange(next: Set<string>): void;
}) {
  const t = useT();
  if (tags.length === 0) return null;
  return (
    <fieldset>
      <legend>{t('tagsFilter')}</legend>
      {tags.map((tag) => (
        <label key={tag} className="check">
          <input
            type="checkbox"
            checked={selected.has(tag)}
            onChange={() => onChange(toggled(selected, tag))}
          />
          #{tag}
        </label>
      ))}
    </fieldset>
  );
}

/** The full title of a section (for a tooltip), or '' when the report has no such section. */
export function sectionTitle(doc: ReportDocument, sectionId: string, preamble: string): string {
  const section = flattenOutline(buildOutline(doc.blocks)).find((s) => s.id === sectionId);
  if (!section) return '';
  return section.level === 0 ? preamble : section.title;
}

/**
 * 全部章节, then every part and (indented) sub-part of the report. Long titles end with an ellipsis; the full title
 * shows on hover.
 */
export function SectionOptions({ doc }: { doc: ReportDocument }) {
  const t = useT();
  const sections = useMemo(() => flattenOutline(buildOutline(doc.blocks)), [doc]);
  return (
    <>
      <option value="">{t('allSections')}</option>
      {sections.map((s) => {
        const title = s.level === 0 ? t('preamble') : s.title;
        return (
          <option key={s.id} value={s.id} title={title}>
            {s.level === 2 ? '\u3000' : ''}
            {shortTitle(title)}
          </option>
        );
      })}
    </>
  );
}

export function SectionSelect({
  doc,
  value,
  onChange,
}: {
  doc: ReportDocument;
  value: string;
  onChange(sectionId: string): void;
}) {
  const t = useT();
  return (
    <label className="field">
      <span>{t('filterSection')}</span>
      <select
        value={value}
        title={value ? sectionTitle(doc, value, t('preamble')) : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <SectionOptions doc={doc} />
      </select>
    </label>
  );
}
