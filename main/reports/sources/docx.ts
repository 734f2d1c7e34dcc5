/**
 * Word (.docx) reader: the body of word/document.xml as paragraphs with their bold runs and first-line indents, the
 * way Word shows them (bold from run, character and paragraph styles; automatic list numbers put in front of the
 * text). Paragraph boundaries are the file's own, so there are no line-wrap or page-break artefacts. Page-number
 * fields, deleted revisions, empty paragraphs and the second copy of a drawing's text (mc:Fallback) are not text.
 * Headers, footers, footnotes and comments live in other parts and are not read. It never decides structure.
 */
import type { ReportSource, SourceParagraph } from '../../../core/report/source';
import type { SetAsideText } from '../../../core/report/model';
import type { Result } from '../../../core/result';
import { ok } from '../../../core/result';
import { readNumbering } from './docx-numbering';
import { firstLineIndent, isW, onOff, readStyles } from './docx-styles';
import { damagedWord, emptyDocument, zipBomb } from './refusals';
import type { ZipEntry } from './zip';
import { listZip, readZipEntry, ZipError } from './zip';
import { streamXml, xmlText } from './xml-stream';

/** The most any one XML part may inflate to: far above a 60 MB Word file's body, far below memory trouble. */
export const DOCX_PART_MAX_BYTES = 256 * 1024 * 1024;

const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Fields whose result is the page chrome Word computes, not text of the report. */
const PAGE_FIELD = /^\s*(PAGE|NUMPAGES|SECTIONPAGES|SECTION)\b/i;
/** Leading and trailing blanks, including the U+3000 / EM SPACE indents people type. */
const BLANK = /[\s\u00a0\u2000-\u200b\u3000\ufeff]/;

/** The main document part and the parts it relates to, by relationship type. */
function relationships(xml: string | undefined): Map<string, string> {
  const byType = new Map<string, string>();
  if (xml === undefined) return byType;
  streamXml(xml, {
    open(namespace, local, a) {
      if (
        namespace === RELS_NS &&
        local === 'Relationship' &&
        a.Type &&
        a.Target &&
        a.TargetMode !== 'External'
      )
        byType.set(a.Type.slice(a.Type.lastIndexOf('/') + 1), a.Target);
    },
    close() {},
    text() {},
  });
  return byType;
}

/** A relationship target resolved against the folder of the part that names it. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

interface Builder {
  text: string;
  bold: { start: number; end: number }[];
  style?: string;
  numId?: string;
  ilvl?: number;
  indent?: boolean;
  markBold: boolean;
  /** The rest of a paragraph after a line break: no list number, no indent of its own. */
  continued?: boolean;
}

interface Field {
  phase: 'instr' | 'result';
  instr: string;
  drop: boolean;
  dropped: string;
}

/** Strips the paragraph's blanks (indentation is not content) and moves the bold runs with the text. */
function finish(
  builder: Builder,
  label: string,
  labelBold: boolean,
  indent: boolean | undefined,
): SourceParagraph | undefined {
  let start = 0;
  let end = builder.text.length;
  while (start < end && BLANK.test(builder.text[start] ?? '')) start++;
  while (end > start && BLANK.test(builder.text[end - 1] ?? '')) end--;
  if (start === end) return undefined;
  const text = label + builder.text.slice(start, end);
  const shift = label.length - start;
  const bold: { start: number; end: number }[] =
    labelBold && label !== '' ? [{ start: 0, end: label.length }] : [];
  for (const run of builder.bold) {
    const s = Math.max(run.start, start) + shift;
    const e = Math.min(run.end, end) + shift;
    if (e <= s || text.slice(s, e).trim() === '') continue;
    const last = bold[bold.length - 1];
    if (last && last.end >= s) last.end = Math.max(last.end, e);
    else bold.push({ start: s, end: e });
  }
  return {
    text,
    ...(bold.length > 0 ? { bold } : {}),
    ...((indent ?? start > 0) ? { indent: true } : {}),
  };
}

/** The paragraphs of a document part. */
function readBody(
  xml: string,
  styles: ReturnType<typeof readStyles>,
  numbering: ReturnType<typeof readNumbering>,
): { paragraphs: SourceParagraph[]; setAside: SetAsideText[] } {
  const paragraphs: SourceParagraph[] = [];
  const setAside: SetAsideText[] = [];
  const open: Builder[] = [];
  const path: string[] = [];
  const fields: Field[] = [];
  // The depth of an element whose content is not text (deleted revisions, mc:Fallback, a page-number fldSimple).
  let skipDepth: number | undefined;
  let run: { bold?: boolean; style?: string } | undefined;
  let capture: 'text' | 'instr' | undefined;

  const current = () => open[open.length - 1];
  const hidden = () => fields.some((f) => f.phase === 'instr' || f.drop);

  const append = (text: string) => {
    const builder = current();
    if (!builder || text === '') return;
    const dropping = fields.find((f) => f.drop);
    if (dropping) {
      dropping.dropped += text;
      return;
    }
    if (hidden()) return;
    const start = builder.text.length;
    builder.text += text;
    const bold = run?.bold ?? styles.bold(builder.style, run?.style);
    if (!bold) return;
    const last = builder.bold[builder.bold.length - 1];
    if (last && last.end === start) last.end = builder.text.length;
    else builder.bold.push({ start, end: builder.text.length });
  };

  const close = (builder: Builder) => {
    const continued = builder.continued === true;
    const style = styles.numbering(builder.style);
    const numId = builder.numId ?? style?.numId;
    const ilvl = builder.ilvl ?? (builder.numId !== undefined ? 0 : (style?.ilvl ?? 0));
    // A continued piece (after a line break) carries no number; Word numbers the paragraph once.
    const label = !continued && numId !== undefined && numId !== '0' ? numbering.label(numId, ilvl) : '';
    const indent = continued ? false : (builder.indent ?? styles.indent(builder.style));
    const paragraph = finish(builder, label, builder.markBold, indent);
    if (paragraph) paragraphs.push(paragraph);
  };

  streamXml(xml, {
    open(namespace, local, a) {
      const parent = path[path.length - 1];
      path.push(isW(namespace) ? local : `?${local}`);
      if (skipDepth !== undefined) return;
      const notText =
        (namespace === MC_NS && local === 'Fallback') ||
        (isW(namespace) && (local === 'del' || local === 'moveFrom')) ||
        (isW(namespace) && local === 'fldSimple' && PAGE_FIELD.test(a.instr ?? ''));
      if (notText) {
        skipDepth = path.length;
        return;
      }
      if (!isW(namespace)) return;
      const builder = current();
      switch (local) {
        case 'p':
          open.push({ text: '', bold: [], markBold: false });
          break;
        case 'pStyle':
          if (builder && parent === 'pPr') builder.style = a.val;
          break;
        case 'numId':
          if (builder && path[path.length - 3] === 'pPr') builder.numId = a.val;
          break;
        case 'ilvl':
          if (builder && path[path.length - 3] === 'pPr') builder.ilvl = Number(a.val ?? 0);
          break;
        case 'ind':
          if (builder && parent === 'pPr') builder.indent = firstLineIndent(a) ?? builder.indent;
          break;
        case 'r':
          run = {};
          break;
        case 'rStyle':
          if (run && parent === 'rPr') run.style = a.val;
          break;
        case 'b':
          if (parent === 'rPr' && path[path.length - 3] === 'r' && run) run.bold = onOff(a);
          else if (parent === 'rPr' && path[path.length - 3] === 'pPr' && builder)
            builder.markBold = onOff(a);
          break;
        case 't':
          capture = 'text';
          break;
        case 'instrText':
          capture = 'instr';
          break;
        case 'tab':
          if (parent === 'r') append(' ');
          break;
        case 'noBreakHyphen':
          append('-');
          break;
        case 'br':
        case 'cr':
          // A line break inside a paragraph ends a line people see as a paragraph; a page break is layout.
          if (builder && a.type !== 'page' && a.type !== 'column' && !hidden()) {
            close(builder);
            open[open.length - 1] = {
              text: '',
              bold: [],
              style: builder.style,
              markBold: false,
              continued: true,
            };
          }
          break;
        case 'fldChar':
          if (a.fldCharType === 'begin') fields.push({ phase: 'instr', instr: '', drop: false, dropped: '' });
          else if (a.fldCharType === 'separate') {
            const field = fields[fields.length - 1];
            if (field) {
              field.phase = 'result';
              field.drop = PAGE_FIELD.test(field.instr);
            }
          } else if (a.fldCharType === 'end') {
            const field = fields.pop();
            if (field?.drop && field.dropped.trim() !== '')
              setAside.push({ text: field.dropped, reason: '页码' });
          }
          break;
      }
    },
    close(namespace, local) {
      const depth = path.length;
      path.pop();
      if (skipDepth !== undefined) {
        if (depth === skipDepth) skipDepth = undefined;
        return;
      }
      if (!isW(namespace)) return;
      if (local === 't' || local === 'instrText') capture = undefined;
      else if (local === 'r') run = undefined;
      else if (local === 'p') {
        const builder = open.pop();
        if (builder) close(builder);
      }
    },
    text(text) {
      if (capture === 'text') append(text);
      else if (capture === 'instr') {
        const field = fields[fields.length - 1];
        if (field && field.phase === 'instr') field.instr += text;
      }
    },
  });
  return { paragraphs, setAside };
}

/** Reads a .docx file's body. The caller has already checked it is a zip holding a Word document. */
export async function readDocx(fileName: string, bytes: Uint8Array): Promise<Result<ReportSource>> {
  let entries: Map<string, ZipEntry>;
  try {
    entries = listZip(bytes);
  } catch {
    return damagedWord(fileName, '压缩包结构无效');
  }
  const part = async (name: string | undefined): Promise<string | undefined> => {
    const entry = name === undefined ? undefined : entries.get(name);
    return entry ? xmlText(await readZipEntry(bytes, entry, DOCX_PART_MAX_BYTES)) : undefined;
  };
  try {
    const rootRels = relationships(await part('_rels/.rels'));
    const mainName = resolvePart('', rootRels.get('officeDocument') ?? 'word/document.xml');
    const documentXml = await part(mainName);
    if (documentXml === undefined) return damagedWord(fileName, '缺少正文部分');
    const folder = mainName.includes('/') ? mainName.slice(0, mainName.lastIndexOf('/') + 1) : '';
    const docRels = relationships(await part(`${folder}_rels/${mainName.slice(folder.length)}.rels`));
    const related = (type: string, fallback: string) => resolvePart(mainName, docRels.get(type) ?? fallback);
    const styles = readStyles(await part(related('styles', 'styles.xml')));
    const numbering = readNumbering(await part(related('numbering', 'numbering.xml')));
    const body = readBody(documentXml, styles, numbering);
    if (body.paragraphs.length === 0) return emptyDocument(fileName);
    return ok({ fileName, format: 'docx', paragraphs: body.paragraphs, setAside: body.setAside });
  } catch (error) {
    if (error instanceof ZipError) {
      if (error.problem === 'bomb' || error.problem === 'too-large') return zipBomb(fileName);
      if (error.problem === 'encrypted') return damagedWord(fileName, '其中的部分经过加密');
      if (error.problem === 'unsupported') return damagedWord(fileName, '使用了不支持的压缩方式');
      return damagedWord(fileName, '压缩数据校验失败');
    }
    throw error;
  }
}
