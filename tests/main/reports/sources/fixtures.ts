/** Where the reader tests find their files: the committed fixtures, and the real samples (tests/fixtures/samples). */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';

export const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/sources');
/** The real reports beside the repository (a clone's CI gets a copy of shared/ beside it). */
export const SAMPLES = path.resolve(import.meta.dirname, '../../../fixtures/samples');

export const fixture = (name: string): Uint8Array =>
  new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
export const sample = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(SAMPLES, name)));

/** The four Word samples, each with a PDF LibreOffice made from it. */
export const WORD_SAMPLES = ['guangdong-2025', 'gansu-2025', 'henan-2025', 'liaoning-2025'] as const;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const enc = (text: string) => new TextEncoder().encode(text);

/** A minimal, valid .docx around a document body (`<w:body>` content), with optional styles and numbering. */
export function makeDocx(body: string, parts: { styles?: string; numbering?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': enc(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': enc(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': enc(
      `<?xml version="1.0"?><w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`,
    ),
  };
  if (parts.styles) files['word/styles.xml'] = enc(`<w:styles xmlns:w="${W}">${parts.styles}</w:styles>`);
  if (parts.numbering)
    files['word/numbering.xml'] = enc(`<w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
  return zipSync(files);
}

/** A paragraph of runs: `[text, bold?]`. */
export const para = (runs: [string, boolean?][], pPr = ''): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs
    .map(
      ([text, bold]) =>
        `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`,
    )
    .join('')}</w:p>`;
