/** The minimal parts of a WordprocessingML package, as text, for building malformed DOCX files. */
import type { ZipEntryInput } from './zip-writer.js';

const encode = (text: string) => new TextEncoder().encode(text);

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>`;

export const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${R_NS}/officeDocument" Target="word/document.xml"/></Relationships>`;

export function paragraphs(lines: readonly string[]): string {
  return lines
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`)
    .join('');
}

export const RESUME_LINES = [
  'Jane Smith',
  'jane.smith@example.com | +1 415 555 0100',
  'EXPERIENCE',
  'Software Engineer, Acme Corp, Jan 2020 - Present',
  'EDUCATION',
  'Stanford University, BSc Computer Science, 2015 - 2019',
];

export function documentXml(body: string, prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
${prolog}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}</w:body></w:document>`;
}

export function relationships(
  rows: ReadonlyArray<{ id: string; type: string; target: string; isExternal?: boolean }>,
) {
  const items = rows.map(
    (row) =>
      `<Relationship Id="${row.id}" Type="${R_NS}/${row.type}" Target="${row.target}"${row.isExternal ? ' TargetMode="External"' : ''}/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${REL_NS}">${items.join('')}</Relationships>`;
}

/** The entries of a DOCX whose main document is `document` (XML text). */
export function docxEntries(document: string, extra: ZipEntryInput[] = []): ZipEntryInput[] {
  return [
    { name: '[Content_Types].xml', data: encode(CONTENT_TYPES) },
    { name: '_rels/.rels', data: encode(ROOT_RELS) },
    { name: 'word/document.xml', data: encode(document) },
    ...extra,
  ];
}

export { encode };
