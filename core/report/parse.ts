/** Report text → ReportDocument (DESIGN §3): title page, body blocks, glossary, footer. Never throws. */
import type { Result } from '../result';
import { err, ok } from '../result';
import { buildDraftBlocks } from './blocks';
import { readFooter } from './footer';
import { findGlossaryAppendix } from './glossary-appendix';
import { glossaryAliases, linkGlossary } from './glossary-link';
import { readHeader } from './header';
import { assignBlockIds } from './ids';
import { checkInput } from './input-check';
import { findUnexplainedTerms } from './jargon';
import { countHan, normaliseNewlines, splitLines } from './lines';
import { resolveMarkup } from './markup';
import type { Block, GlossaryEntry, ReportDocument, ReportMeta } from './model';
import { groupUnits } from './paragraphs';
import { reportId } from './report-id';

/** A body needs at least one paragraph with this many Chinese characters to count as a report. */
const MIN_PARAGRAPH_HAN = 8;

const NO_BODY = '未能识别为政府工作报告：没有找到正文段落';

const META_ORDER: readonly (keyof ReportMeta)[] = [
  'title',
  'classification',
  'documentNumber',
  'dateLine',
  'speaker',
  'issuer',
  'issueDate',
  'printRun',
  'source',
];

/** Meta in a fixed key order, so the JSON reads the same for every report. */
function orderMeta(meta: ReportMeta): ReportMeta {
  const ordered: ReportMeta = {};
  for (const key of META_ORDER) if (meta[key] !== undefined) ordered[key] = meta[key];
  return ordered;
}

function parse(input: string): Result<ReportDocument> {
  const text = normaliseNewlines(input);
  const refused = checkInput(text);
  if (refused) return err(refused.code, refused.message);

  const lines = splitLines(text);
  const header = readHeader(lines);
  const footer = readFooter(lines, header.bodyStart);
  const appendix = findGlossaryAppendix(lines, header.bodyStart, footer.start);
  const bodyEnd = appendix?.start ?? footer.start;

  const drafts = buildDraftBlocks(groupUnits(lines.slice(header.bodyStart, bodyEnd)));
  if (!drafts.some((block) => block.type === 'paragraph' && countHan(block.text) >= MIN_PARAGRAPH_HAN)) {
    return err('not-a-report', NO_BODY);
  }
  const ids = assignBlockIds(drafts);
  const blocks: Block[] = drafts.map((draft, i): Block => {
    const id = ids[i] ?? `b${i + 1}`;
    const marks = draft.marks.length > 0 ? { marks: draft.marks } : {};
    if (draft.type === 'heading') {
      return { id, type: 'heading', level: draft.heading?.level ?? 1, text: draft.text, ...marks };
    }
    return {
      id,
      type: 'paragraph',
      text: draft.text,
      ...(draft.lead !== undefined && { lead: draft.lead }),
      ...marks,
    };
  });

  const entries = (appendix?.entries ?? []).map((entry) => ({
    ...entry,
    aliases: glossaryAliases(entry.term),
  }));
  const occurrences = linkGlossary(entries, blocks);
  const glossary: GlossaryEntry[] = entries.map((entry, i) => ({
    id: `g${i + 1}`,
    term: entry.term,
    aliases: entry.aliases,
    definition: entry.definition,
    occurrences: occurrences[i] ?? [],
  }));

  return ok({
    id: reportId(text),
    meta: orderMeta({ ...footer.meta, ...header.meta }),
    blocks,
    glossary,
    unexplainedTerms: findUnexplainedTerms(
      blocks,
      entries.flatMap((entry) => entry.aliases),
    ),
    frontMatter: header.lines,
    backMatter: lines
      .slice(bodyEnd)
      .filter((line) => line.text !== '')
      .map((line) => resolveMarkup(line.text).text.trim()),
  });
}

/**
 * Parses a report text. Non-report input (empty, binary, no Chinese body paragraphs) comes back as
 * `not-a-report` with a one-line Chinese message; the parser never throws, whatever the input.
 */
export function parseReport(text: string): Result<ReportDocument> {
  try {
    return parse(text);
  } catch {
    // A bug must not take the app or the CLI down with a stack trace; the property tests hunt for these.
    return err('parse-failed', '解析报告时出错：无法识别文本结构');
  }
}
