/**
 * What a Word file's styles say about bold, first-line indents and list numbering (word/styles.xml), so a run that
 * is bold through its paragraph or character style counts as bold, as Word shows it. Only these three properties
 * are read: they are what the structure rules use.
 */
import { streamXml } from './xml-stream';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** ISO 29500 strict documents use another namespace for the same vocabulary. */
export const W_STRICT_NS = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const isW = (namespace: string): boolean => namespace === W_NS || namespace === W_STRICT_NS;

/** A style's own settings (undefined: inherited). */
export interface StyleProps {
  basedOn?: string;
  bold?: boolean;
  indent?: boolean;
  numId?: string;
  ilvl?: number;
}

export interface DocxStyles {
  /** Whether runs are bold by the paragraph style `paragraphStyle` and the character style `runStyle`. */
  bold(paragraphStyle: string | undefined, runStyle: string | undefined): boolean;
  /** Whether the paragraph style gives a first-line indent (undefined: it says nothing). */
  indent(paragraphStyle: string | undefined): boolean | undefined;
  /** The list numbering the paragraph style carries, if any. */
  numbering(paragraphStyle: string | undefined): { numId: string; ilvl: number } | undefined;
  /** The style of paragraphs that name none. */
  defaultParagraphStyle: string | undefined;
}

/** `w:b`, `w:b w:val="0"` …: an on/off property; absent val means on. */
export function onOff(attributes: Record<string, string>): boolean {
  const value = attributes.val;
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value.toLowerCase());
}

/** `w:ind`: a positive first-line indent (in twips or in characters) means the paragraph is indented. */
export function firstLineIndent(attributes: Record<string, string>): boolean | undefined {
  const values = [attributes.firstLine, attributes.firstLineChars].filter((v) => v !== undefined);
  if (attributes.hanging !== undefined || attributes.hangingChars !== undefined) return false;
  if (values.length === 0) return undefined;
  return values.some((value) => Number(value) > 0);
}

/** Reads styles.xml; a missing or unreadable part gives Word's defaults (nothing bold, no indent). */
export function readStyles(xml: string | undefined): DocxStyles {
  const styles = new Map<string, StyleProps>();
  let defaultBold = false;
  let defaultParagraphStyle: string | undefined;
  if (xml !== undefined) {
    const path: string[] = [];
    let current: StyleProps | undefined;
    streamXml(xml, {
      open(namespace, local, attributes) {
        const parent = path[path.length - 1];
        path.push(isW(namespace) ? local : `?${local}`);
        if (!isW(namespace)) return;
        if (local === 'style') {
          current = {};
          const id = attributes.styleId;
          if (id !== undefined) styles.set(id, current);
          if (attributes.type === 'paragraph' && onOff({ val: attributes.default ?? '0' }))
            defaultParagraphStyle = id;
        } else if (local === 'basedOn' && current && parent === 'style') {
          current.basedOn = attributes.val;
        } else if (local === 'b' && parent === 'rPr') {
          const grand = path[path.length - 3];
          if (grand === 'style' && current) current.bold = onOff(attributes);
          else if (grand === 'rPrDefault') defaultBold = onOff(attributes);
        } else if (local === 'ind' && parent === 'pPr' && current) {
          current.indent = firstLineIndent(attributes) ?? current.indent;
        } else if (local === 'numId' && parent === 'numPr' && current) {
          current.numId = attributes.val;
        } else if (local === 'ilvl' && parent === 'numPr' && current) {
          current.ilvl = Number(attributes.val ?? 0);
        }
      },
      close(namespace, local) {
        path.pop();
        if (isW(namespace) && local === 'style') current = undefined;
      },
      text() {},
    });
  }

  /** The first defined value of `key` along the basedOn chain (cycles stopped). */
  const inherited = <K extends keyof StyleProps>(
    id: string | undefined,
    key: K,
  ): StyleProps[K] | undefined => {
    const seen = new Set<string>();
    for (let at = id; at !== undefined && !seen.has(at); at = styles.get(at)?.basedOn) {
      seen.add(at);
      const value = styles.get(at)?.[key];
      if (value !== undefined) return value;
    }
    return undefined;
  };

  // Asked for every run: remembered per pair of styles.
  const boldCache = new Map<string, boolean>();
  return {
    defaultParagraphStyle,
    bold(paragraphStyle, runStyle) {
      const key = `${paragraphStyle ?? ''}\u0000${runStyle ?? ''}`;
      let bold = boldCache.get(key);
      if (bold === undefined) {
        bold =
          inherited(runStyle, 'bold') ??
          inherited(paragraphStyle ?? defaultParagraphStyle, 'bold') ??
          defaultBold;
        boldCache.set(key, bold);
      }
      return bold;
    },
    indent: (paragraphStyle) => inherited(paragraphStyle ?? defaultParagraphStyle, 'indent'),
    numbering(paragraphStyle) {
      const numId = inherited(paragraphStyle ?? defaultParagraphStyle, 'numId');
      if (numId === undefined || numId === '0') return undefined;
      return { numId, ilvl: inherited(paragraphStyle ?? defaultParagraphStyle, 'ilvl') ?? 0 };
    },
  };
}
