/**
 * Schemas for annotations and packs (DESIGN §4), with messages in Chinese that name the problem,
 * so a bad file or a bad call is refused with a reason a delegate can act on.
 */
import { z } from 'zod';
import { err, ok } from '../result';
import type { Result } from '../result';
import { AMENDMENT_ACTIONS, ANNOTATION_KINDS, PALETTE_KEYS } from './model';
import { isInTimeRange } from './time-range';
import type { Annotation, AnnotationPack } from './model';

/** Longest id (annotation, report, block, author) accepted; real ids are far shorter. */
export const ANNOTATION_ID_MAX_LENGTH = 200;
/** Longest note accepted, in UTF-16 code units (2 MiB): any real note, never an accident. */
export const NOTE_MAX_LENGTH = 2 * 1024 * 1024;
/** Longest quoted passage; a whole paragraph fits many times over. */
export const EXACT_MAX_LENGTH = 100_000;
/** Longest prefix or suffix context; the app stores about 32 characters. */
export const CONTEXT_MAX_LENGTH = 1_000;
export const TAGS_MAX_COUNT = 50;
export const TAG_MAX_LENGTH = 100;
export const AUTHOR_NAME_MAX_LENGTH = 100;
/** Longest new wording of an amendment: a paragraph rewritten many times over, as for a quoted passage. */
export const AMENDMENT_TEXT_MAX_LENGTH = 100_000;
/** Most annotations a pack may carry. */
export const PACK_MAX_ANNOTATIONS = 1_000_000;
/** The newest pack version this build reads and writes; it reads every version down to 1 (docs/decisions.md 44). */
export const PACK_VERSION = 2;

const id = z.string().min(1).max(ANNOTATION_ID_MAX_LENGTH);
const OUT_OF_TIME_RANGE = '超出可接受的范围（1970 年至 9999 年）';
const HIGHLIGHT_WITHOUT_COLOR = '高亮缺少颜色';
const AMENDMENT_IN_V1 = '格式版本 1 的批注文件不能包含修改意见';
/** Every time field, wherever it comes from, is an ISO date-time naming an instant within TIME_RANGE. */
const isoDate = z.iso
  .datetime({ offset: true })
  // A string Date.parse cannot read is left to the format check, so it is reported once.
  .refine((iso) => Number.isNaN(Date.parse(iso)) || isInTimeRange(Date.parse(iso)), {
    error: OUT_OF_TIME_RANGE,
  });
const offset = z.int().min(0);
const author = z.strictObject({ id, name: z.string().max(AUTHOR_NAME_MAX_LENGTH) });

const target = z
  .strictObject({
    blockId: id,
    start: offset,
    end: offset,
    exact: z.string().max(EXACT_MAX_LENGTH),
    prefix: z.string().max(CONTEXT_MAX_LENGTH),
    suffix: z.string().max(CONTEXT_MAX_LENGTH),
  })
  .refine((t) => t.start <= t.end, { error: '起始位置不能大于结束位置', path: ['end'] });

const amendment = z.strictObject({
  action: z.enum(AMENDMENT_ACTIONS),
  text: z.string().max(AMENDMENT_TEXT_MAX_LENGTH),
});

type AnnotationShape = Omit<Annotation, 'amendment'> & { amendment?: { action: string; text: string } };
type Context = z.core.$RefinementCtx<AnnotationShape>;

/**
 * An amendment names the words it changes and, unless it deletes them, the new ones; only an amendment has one.
 * A tombstone may carry emptied words: sharing a deletion hands on nothing the author wrote (share.ts).
 */
function checkAmendment(a: AnnotationShape, ctx: Context): void {
  const fail = (message: string, path: string[]) => ctx.addIssue({ code: 'custom', message, path, input: a });
  if (a.kind !== 'amendment') {
    if (a.amendment !== undefined) fail('只有修改意见才有修改内容', ['amendment']);
    return;
  }
  if (a.amendment === undefined) return fail('修改意见缺少修改内容', ['amendment']);
  if (a.target.exact === '') fail('修改意见缺少原文', ['target', 'exact']);
  const words = a.amendment.text.trim() !== '';
  if (a.amendment.action === 'delete' && a.amendment.text !== '')
    fail('删去的修改意见不应有新的文字', ['amendment', 'text']);
  else if (a.deletedAt === undefined && a.amendment.action === 'replace' && !words)
    fail('修改意见缺少修改后的文字', ['amendment', 'text']);
  else if (a.deletedAt === undefined && a.amendment.action === 'insertAfter' && !words)
    fail('修改意见缺少增加的文字', ['amendment', 'text']);
}

/**
 * One annotation, strict: an unknown key is refused rather than silently dropped. A highlight must carry a colour
 * (it is painted in it); a paragraph note or a bookmark may have none (docs/decisions.md 42). An amendment carries
 * what it changes (docs/decisions.md 44).
 */
export const annotationSchema = z
  .strictObject({
    id,
    reportId: id,
    kind: z.enum(ANNOTATION_KINDS),
    target,
    color: z.enum(PALETTE_KEYS).optional(),
    amendment: amendment.optional(),
    note: z.string().max(NOTE_MAX_LENGTH),
    tags: z.array(z.string().max(TAG_MAX_LENGTH)).max(TAGS_MAX_COUNT),
    author,
    createdAt: isoDate,
    updatedAt: isoDate,
    deletedAt: isoDate.optional(),
  })
  .refine((a) => a.kind !== 'highlight' || a.color !== undefined, {
    error: HIGHLIGHT_WITHOUT_COLOR,
    path: ['color'],
  })
  .superRefine(checkAmendment);

/**
 * An exchange or backup pack. `report` may carry more metadata than we keep, so extra keys there are dropped. A
 * version 1 pack holds no amendment: that is what lets an older build read every version 1 pack it is given.
 */
export const packSchema = z
  .strictObject({
    format: z.literal('yandu.annotations'),
    version: z.literal([1, 2]),
    report: z.object({ id, title: z.string().max(1_000) }),
    exportedBy: author,
    exportedAt: isoDate,
    annotations: z.array(annotationSchema).max(PACK_MAX_ANNOTATIONS),
  })
  .superRefine((pack, ctx) => {
    if (pack.version !== 1) return;
    const at = pack.annotations.findIndex((a) => a.kind === 'amendment');
    if (at !== -1)
      ctx.addIssue({ code: 'custom', message: AMENDMENT_IN_V1, path: ['annotations', at, 'kind'] });
  });

/** True for the ISO 8601 date-times annotations carry (with `Z` or an offset), e.g. for a tombstone's time. */
export function isIsoDateTime(x: unknown): x is string {
  return isoDate.safeParse(x).success;
}

// Compile-time guard: the schemas and the model cannot drift apart.
const _annotationMatches: z.ZodType<Annotation> = annotationSchema;
const _packMatches: z.ZodType<AnnotationPack> = packSchema;

/**
 * Checks an untrusted value is an annotation; the value returned is a fresh copy. `subject` names it
 * in the message (e.g. 第3条批注).
 */
export function validateAnnotation(x: unknown, subject = '批注'): Result<Annotation> {
  const parsed = annotationSchema.safeParse(x, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return err('invalid-annotation', describeIssues(subject, parsed.error.issues));
}

const listSchema = z.strictObject({ annotations: z.array(annotationSchema).max(PACK_MAX_ANNOTATIONS) });

/** Checks an untrusted list of annotations (a batch import), naming the first bad one: `第3条批注：…`. */
export function validateAnnotationList(x: unknown): Result<Annotation[]> {
  const parsed = listSchema.safeParse({ annotations: x }, { reportInput: true });
  if (parsed.success) return ok(parsed.data.annotations);
  return err('invalid-annotation', describeIssues('批注列表', parsed.error.issues));
}

/** Checks an untrusted value is a pack this version can read, naming the first problem found. */
export function validatePack(x: unknown): Result<AnnotationPack> {
  if (typeof x !== 'object' || x === null || Array.isArray(x))
    return err('invalid-pack', '这不是研读批注文件');
  const { format, version } = x as { format?: unknown; version?: unknown };
  if (format !== 'yandu.annotations') return err('invalid-pack', '这不是研读批注文件（格式标记不符）');
  if (typeof version === 'number' && Number.isInteger(version) && version > PACK_VERSION) {
    return err(
      'future-version',
      `此批注文件来自更新版本的研读（格式版本 ${version}），当前版本无法读取，请升级研读后再打开`,
    );
  }
  const parsed = packSchema.safeParse(x, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return err('invalid-pack', describeIssues('批注文件', parsed.error.issues));
}

type Issue = z.core.$ZodIssue;

/** "第3条批注：颜色“pink”无效", plus how many more problems there are. */
function describeIssues(subject: string, issues: readonly Issue[]): string {
  const first = issues[0];
  if (!first) return `${subject}无效`;
  const more = issues.length > 1 ? `（另有 ${issues.length - 1} 处问题）` : '';
  return `${describeIssue(subject, first)}${more}`;
}

function describeIssue(subject: string, issue: Issue): string {
  const path = [...issue.path];
  let who = subject;
  if (path[0] === 'annotations' && typeof path[1] === 'number') {
    who = `第${path[1] + 1}条批注`;
    path.splice(0, 2);
  }
  if (path.length === 0 && issue.code === 'invalid_type') return `${who}格式无效`;
  return `${who}：${problem(fieldLabel(path), issue)}`;
}

const FIELD_LABELS: Record<string, string> = {
  id: '编号',
  reportId: '报告编号',
  kind: '类型',
  target: '位置',
  'target.blockId': '段落编号',
  'target.start': '起始位置',
  'target.end': '结束位置',
  'target.exact': '引文',
  'target.prefix': '引文前文',
  'target.suffix': '引文后文',
  color: '颜色',
  amendment: '修改内容',
  'amendment.action': '修改方式',
  'amendment.text': '修改后的文字',
  note: '笔记',
  tags: '标签',
  author: '作者',
  'author.id': '作者编号',
  'author.name': '作者姓名',
  createdAt: '创建时间',
  updatedAt: '修改时间',
  deletedAt: '删除时间',
  format: '格式标记',
  version: '格式版本',
  report: '报告信息',
  'report.id': '报告编号',
  'report.title': '报告标题',
  exportedBy: '导出者',
  'exportedBy.id': '导出者编号',
  'exportedBy.name': '导出者姓名',
  exportedAt: '导出时间',
  annotations: '批注列表',
};

function fieldLabel(path: readonly PropertyKey[]): string {
  const [head, index] = path;
  if (head === 'tags' && typeof index === 'number') return `第${index + 1}个标签`;
  return FIELD_LABELS[path.map(String).join('.')] ?? path.map(String).join('.');
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  array: '列表',
  object: '对象',
};

function problem(label: string, issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `缺少${label}`;
      return `${label}应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      // An enum field left out (修改方式, 类型) is missing, not wrong.
      if (issue.input === undefined) return `缺少${label}`;
      return `${label}${quote(issue.input)}无效`;
    case 'invalid_format':
      return `${label}${quote(issue.input)}不是有效的日期时间`;
    case 'too_big':
      if (issue.origin === 'array') return `${label}过多（最多 ${issue.maximum} 个）`;
      if (issue.origin === 'string') return `${label}过长（最多 ${issue.maximum} 个字符）`;
      return `${label}过大`;
    case 'too_small':
      if (issue.origin === 'string') return `${label}不能为空`;
      return `${label}不能为负数`;
    case 'unrecognized_keys':
      return `${label ? `${label}中` : ''}有未知字段${issue.keys.map((k) => quote(k)).join('、')}`;
    case 'custom':
      return issue.message === OUT_OF_TIME_RANGE
        ? `${label}${quote(issue.input)}${OUT_OF_TIME_RANGE}`
        : issue.message;
    default:
      return `${label}无效`;
  }
}

/** A value shown inside a message: quoted, shortened, never the whole 2 MB note. */
function quote(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const text = String(value);
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}
