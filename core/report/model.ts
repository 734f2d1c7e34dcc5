/**
 * The document model of a parsed report (DESIGN §3). Plain JSON: it crosses IPC and is printed by the CLI.
 *
 * Offsets (`start`, `end`) count UTF-16 code units in the block's `text`, half-open [start, end).
 * See docs/decisions.md for why, and where they are converted to code points (JSON-LD export).
 */

/** Inline formatting resolved from the source markup: `**…**` → bold, `PM_{2.5}` → sub. */
export interface TextMark {
  type: 'bold' | 'sub' | 'sup';
  start: number;
  end: number;
}

interface BlockBase {
  /** Stable id that follows the report's own numbering, e.g. `p2-s3-2`; see ids.ts. */
  id: string;
  /** Plain text; markup resolved, page-break artefacts repaired, nothing else changed. */
  text: string;
  marks?: TextMark[];
  /**
   * Glossary markers that stood in the text (`[4]`, `〔11〕`, `^[1]`): taken out of `text` so they are not read,
   * searched or quoted as words, kept here with the offset they stood at and the entry they point to.
   */
  refs?: GlossaryRef[];
}

/**
 * What a heading opens when it is not a part (一、, or an unnumbered part title) or a sub-part （一）: an appendix
 * (附件1 …) or one of its numbered items, a point the report numbers 一是/二是 standing as a heading of its own, an
 * unnumbered topic line inside a part (关于教育改革问题), or a closing part (结束语).
 */
export type HeadingKind = 'appendix' | 'item' | 'point' | 'topic' | 'closing';

export interface HeadingBlock extends BlockBase {
  type: 'heading';
  /** 1 for parts (一、…, 结束语) and appendices, 2 for what lies inside them (（一）…, 一是…, items). */
  level: 1 | 2;
  /** Absent for parts and （一） sub-parts. */
  kind?: HeadingKind;
}

export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
  /** A run-in lead sentence (完善城市功能。); always a prefix of `text`, rendered bold. */
  lead?: string;
}

/** A marker in the text pointing to a glossary entry. */
export interface GlossaryRef {
  /** Offset in the block's text where the marker stood. */
  at: number;
  /** The marker as written: `[4]`. */
  marker: string;
  /** The glossary entry's id (`g4`). */
  entryId: string;
}

export type Block = HeadingBlock | ParagraphBlock;

/** Whatever the report's title page and footer say; every field optional because reports differ. */
export interface ReportMeta {
  title?: string;
  /** 内部资料, 秘密 … */
  classification?: string;
  /** 会议文件编号, e.g. 泽州县七届人大三次会议文件(19). */
  documentNumber?: string;
  /** The subtitle/date line: ——2022年4月26日在…会议上 */
  dateLine?: string;
  /** 县长 张军 */
  speaker?: string;
  /** 大会秘书处 */
  issuer?: string;
  /** 2022年4月25日印发 */
  issueDate?: string;
  /** 共印 950 份 */
  printRun?: string;
  /** (来源：…) */
  source?: string;
}

export interface TextRange {
  blockId: string;
  start: number;
  end: number;
}

export interface GlossaryEntry {
  /** `g1`, `g2` … in appendix order. */
  id: string;
  term: string;
  /** Other forms the term takes in the text (quotes stripped, quoted cores, paired terms). */
  aliases: string[];
  definition: string;
  occurrences: TextRange[];
  /** Where the text points to the entry with a marker (`[4]`); each range ends where the marker stood. */
  markers?: TextRange[];
}

/** Quoted jargon (“放管服”) that the glossary does not explain. */
export interface UnexplainedTerm {
  term: string;
  occurrences: TextRange[];
}

export interface ReportDocument {
  /** Stable identifier of this text: the same text always gets the same id (the annotations' reportId). */
  id: string;
  meta: ReportMeta;
  blocks: Block[];
  glossary: GlossaryEntry[];
  unexplainedTerms: UnexplainedTerm[];
  /**
   * The title-page lines as written (markup resolved), in order; `meta` is read from them. With
   * `blocks` and `backMatter` they hold every visible character of the source text, so nothing is lost.
   */
  frontMatter?: string[];
  /** The lines after the body as written (glossary appendix, imprint); `glossary` and footer `meta` come from them. */
  backMatter?: string[];
  /**
   * For each `backMatter` line, how many blocks come before it, when some line stands before an appendix block
   * (a glossary given as 附件1 before 附件2); absent when every line follows the blocks.
   */
  backMatterAt?: number[];
  /** What the source reader or the structure rules kept out of the body, and why; never dropped, can be shown. */
  setAside?: SetAsideText[];
  /** Where the structure looks doubtful (a numbering gap, a glossary heading without entries), in Chinese. */
  warnings?: StructureWarning[];
  /** Where the text came from: the file and its format, and for a PDF the original page each block starts on. */
  source?: { fileName: string; format: SourceFormat; pages?: Record<string, number>; pageCount?: number };
}

/** Text kept out of the body (page chrome, page numbers, a website's navigation, a scraper's repeat), and why. */
export interface SetAsideText {
  text: string;
  /** In Chinese, for the reader: 页眉, 页码, 网页导航 … */
  reason: string;
  page?: number;
  /**
   * Where it stood: right after the first `index` title-page lines (`front`), blocks (`body`) or back-matter lines
   * (`back`) — `{ zone: 'front', index: 0 }` is the very start. Absent (a source reader's own): after everything.
   */
  at?: { zone: 'front' | 'body' | 'back'; index: number };
}

/** A doubt about the structure found while parsing, for the structure check and the notice when a report opens. */
export interface StructureWarning {
  /** Stable, for tests and tools: `part-gap`, `glossary-empty` … */
  code: string;
  /** One sentence in Chinese naming the problem and where it is. */
  message: string;
  /** The block it concerns, when there is one. */
  blockId?: string;
}

export type SourceFormat = 'txt' | 'docx' | 'pdf' | 'html';
