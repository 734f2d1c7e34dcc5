/**
 * Argument schemas for every renderer → main call in the contract (DESIGN §2: main validates
 * everything it receives). Objects are strict, so an unknown key is refused rather than ignored.
 */
import { z } from 'zod';
import type { CallName, Calls } from './contract';
import { NOTES_EXPORT_KINDS, PRINT_KINDS, REPORT_FILE_MAX_BYTES } from './contract';
import { PALETTE_KEYS } from './annotations/model';
import { annotationSchema, TAG_MAX_LENGTH, TAGS_MAX_COUNT } from './annotations/validate';
import { LANGUAGES, THEMES, type Palette } from './settings';

/** Largest report text accepted, in UTF-16 code units (the same cap as a file read from disk, 60 MB). */
export const REPORT_TEXT_MAX_LENGTH = 60 * 1024 * 1024;
/** Longest report or block id accepted; real ids are far shorter. */
export const ID_MAX_LENGTH = 200;
/** Longest file name accepted for display (common file systems stop at 255). */
export const FILE_NAME_MAX_LENGTH = 255;
/** Longest author name kept in settings. */
export const AUTHOR_NAME_MAX_LENGTH = 100;

/** Most study-group layers that can be hidden at once; a group is a handful of people. */
export const HIDDEN_LAYERS_MAX = 500;

/** The single argument a call takes (`undefined` for calls without one). */
export type CallArg<K extends CallName> = Parameters<Calls[K]>[0];

const id = z.string().min(1).max(ID_MAX_LENGTH);

// Wide sanity bounds only; the settings service clamps to the real ranges.
const paneSchema = z.strictObject({
  width: z.number().min(0).max(10_000).optional(),
  collapsed: z.boolean().optional(),
});

const settingsPatchSchema = z.strictObject({
  language: z.enum(LANGUAGES).optional(),
  theme: z.enum(THEMES).optional(),
  fontSize: z.number().min(0).max(1_000).optional(),
  panes: z.strictObject({ outline: paneSchema.optional(), glossary: paneSchema.optional() }).optional(),
  authorName: z.string().max(AUTHOR_NAME_MAX_LENGTH).optional(),
  groupName: z.string().max(AUTHOR_NAME_MAX_LENGTH).optional(),
  welcomeDone: z.boolean().optional(),
  paragraphNumbers: z.boolean().optional(),
  hiddenLayers: z.array(id).max(HIDDEN_LAYERS_MAX).optional(),
  palette: z
    .strictObject(
      Object.fromEntries(
        (['yellow', 'red', 'green', 'blue', 'purple'] as const).map((key) => [
          key,
          z
            .strictObject({ label: z.string().max(200).optional(), color: z.string().max(20).optional() })
            .optional(),
        ]),
      ) as Record<
        keyof Palette,
        z.ZodOptional<z.ZodObject<{ label: z.ZodOptional<z.ZodString>; color: z.ZodOptional<z.ZodString> }>>
      >,
    )
    .optional(),
});

const shareFilterShape = {
  colors: z.array(z.enum(PALETTE_KEYS)).max(PALETTE_KEYS.length).optional(),
  tags: z.array(z.string().max(TAG_MAX_LENGTH)).max(TAGS_MAX_COUNT).optional(),
  sectionIds: z.array(id).max(1_000).optional(),
};
const notesFilterSchema = z.strictObject({
  ...shareFilterShape,
  authorIds: z.array(id).max(HIDDEN_LAYERS_MAX).optional(),
  categories: z
    .array(z.enum(['建议', '疑问']))
    .max(2)
    .optional(),
  bookmarks: z.boolean().optional(),
});

// A speaking outline's 总体评价 is a paragraph or two; the subject of a suggestion is a title's worth.
const documentOptionsSchema = z.strictObject({
  overview: z.string().max(20_000).optional(),
  subject: z.string().max(500).optional(),
  pickedIds: z.array(id).max(10_000).optional(),
  largePrint: z.boolean().optional(),
});

/** One schema per call name; the mapped type makes a missing or mistyped call a compile error. */
export const CALL_ARG_SCHEMAS: { readonly [K in CallName]: z.ZodType<CallArg<K>> } = {
  getSession: z.undefined(),
  openRecentReport: z.strictObject({ reportId: id }),
  chooseReportFile: z.undefined(),
  importReportText: z.union([
    z.strictObject({
      fileName: z.string().min(1).max(FILE_NAME_MAX_LENGTH),
      bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= REPORT_FILE_MAX_BYTES + 1),
    }),
    z.strictObject({
      fileName: z.string().min(1).max(FILE_NAME_MAX_LENGTH),
      text: z.string().max(REPORT_TEXT_MAX_LENGTH),
    }),
  ]),
  forgetRecentReport: z.strictObject({ reportId: id }),
  updateSettings: settingsPatchSchema,
  saveReadingPosition: z.strictObject({ reportId: id, blockId: id }),
  listAnnotations: z.strictObject({ reportId: id }),
  // The same schema the annotation store and pack import use, so one place says what is valid.
  saveAnnotation: z.strictObject({ annotation: annotationSchema }),
  deleteAnnotation: z.strictObject({ reportId: id, id }),
  exportAnnotations: z.strictObject({ reportId: id, format: z.enum(['pack', 'jsonld']) }),
  previewRestore: z.strictObject({ reportId: id }),
  applyRestore: z.strictObject({ reportId: id, token: id }),
  exportSharePack: z.strictObject({ reportId: id, filter: z.strictObject(shareFilterShape) }),
  previewImport: z.strictObject({ reportId: id }),
  applyImport: z.strictObject({ reportId: id, token: id }),
  removeLayer: z.strictObject({ reportId: id, authorId: id }),
  exportNotes: z.strictObject({
    reportId: id,
    format: z.enum(['md', 'docx', 'json']),
    kind: z.enum(NOTES_EXPORT_KINDS),
    filter: notesFilterSchema,
    options: documentOptionsSchema.optional(),
  }),
  printPage: z.undefined(),
  savePagePdf: z.strictObject({ reportId: id, kind: z.enum(PRINT_KINDS) }),
  // A citation with its quote; a whole paragraph fits many times over.
  writeClipboardText: z.strictObject({ text: z.string().max(1_000_000) }),
  showContextMenu: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('field'), hasSelection: z.boolean(), editable: z.boolean() }),
    z.strictObject({ kind: z.literal('text'), hasSelection: z.boolean(), readOnly: z.boolean() }),
    z.strictObject({ kind: z.literal('highlight'), mine: z.boolean(), readOnly: z.boolean() }),
  ]),
};
