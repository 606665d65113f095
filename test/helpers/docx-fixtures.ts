/**
 * Builds small DOCX files in memory for tests: a body from XML snippets, with styles, numbering,
 * headers, footers, hyperlinks and any extra parts. Shared with the malicious-input suite.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface Relationship {
  id: string;
  /** Last segment of the type URI: hyperlink, header, footer, attachedTemplate, ... */
  type: string;
  target: string;
  external?: boolean;
}

export interface DocxFixture {
  /** Inner XML of `w:body`. */
  body: string;
  /** Full styles.xml; a default with Heading1-3, Title and ListParagraph otherwise. */
  styles?: string;
  /** Full numbering.xml; numId 1 (bullets) and 2 (decimal) by default. */
  numbering?: string;
  /** Inner XML of each `w:hdr` / `w:ftr`. */
  headers?: string[];
  footers?: string[];
  /** Extra relationships of word/document.xml (hyperlinks, external templates...). */
  relationships?: Relationship[];
  /** Relationships of word/settings.xml (where attached templates live). */
  settingsRelationships?: Relationship[];
  core?: { title?: string; creator?: string };
  pages?: number;
  /** Extra or replacement entries by path. */
  entries?: Record<string, string | Uint8Array>;
  /** Override the whole document.xml (e.g. to inject a DOCTYPE). */
  documentXml?: string;
  level?: number;
}

export const DEFAULT_STYLES = `${XML_HEAD}<w:styles ${W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="berschrift3"><w:name w:val="Überschrift 3"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="SectionTitle"><w:name w:val="Section Title"/><w:basedOn w:val="Heading1"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`;

export const DEFAULT_NUMBERING = `${XML_HEAD}<w:numbering ${W_NS}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export interface RunOptions {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
}

export function run(text: string, options: RunOptions = {}): string {
  const props = [
    options.bold ? '<w:b/>' : '',
    options.italic ? '<w:i/>' : '',
    options.size ? `<w:sz w:val="${options.size * 2}"/>` : '',
  ].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export interface ParagraphOptions extends RunOptions {
  style?: string;
  numId?: number;
  level?: number;
  /** Raw inline XML used instead of a single run of `text`. */
  inline?: string;
}

export function paragraph(text: string, options: ParagraphOptions = {}): string {
  const numPr =
    options.numId !== undefined
      ? `<w:numPr><w:ilvl w:val="${options.level ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>`
      : '';
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : '';
  const pPr = style || numPr ? `<w:pPr>${style}${numPr}</w:pPr>` : '';
  return `<w:p>${pPr}${options.inline ?? run(text, options)}</w:p>`;
}

export const heading = (text: string, level = 1) => paragraph(text, { style: `Heading${level}` });
export const bullet = (text: string, level = 0) => paragraph(text, { numId: 1, level });

/** A table of plain-text cells; a cell given as an array holds several paragraphs. */
export function table(rows: Array<Array<string | string[]>>): string {
  const cell = (content: string | string[]) =>
    `<w:tc>${(Array.isArray(content) ? content : [content]).map((c) => (c.startsWith('<') ? c : paragraph(c))).join('')}</w:tc>`;
  return `<w:tbl><w:tblPr/>${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

/** A DrawingML text box wrapped in mc:AlternateContent with a VML fallback holding the same text. */
export function textbox(paragraphs: string[]): string {
  const content = `<w:txbxContent>${paragraphs.map((p) => paragraph(p)).join('')}</w:txbxContent>`;
  return (
    `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>${content}` +
    `</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${content}` +
    `</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
  );
}

export function hyperlink(text: string, relationshipId: string): string {
  return `<w:hyperlink r:id="${relationshipId}">${run(text)}</w:hyperlink>`;
}

/** A complex HYPERLINK field: instruction hidden, result shown. */
export function hyperlinkField(text: string, url: string): string {
  return (
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "${escapeXml(url)}" </w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(text)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
  );
}

function relationshipsXml(relationships: Relationship[]): string {
  const items = relationships
    .map(
      (rel) =>
        `<Relationship Id="${rel.id}" Type="${REL}/${rel.type}" Target="${escapeXml(rel.target)}"${rel.external ? ' TargetMode="External"' : ''}/>`,
    )
    .join('');
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

export function buildDocxEntries(fixture: DocxFixture): Record<string, Uint8Array> {
  const headers = fixture.headers ?? [];
  const footers = fixture.footers ?? [];
  const documentRels: Relationship[] = [
    { id: 'rIdStyles', type: 'styles', target: 'styles.xml' },
    { id: 'rIdNumbering', type: 'numbering', target: 'numbering.xml' },
    ...headers.map((_, i) => ({
      id: `rIdHeader${i}`,
      type: 'header',
      target: `header${i + 1}.xml`,
    })),
    ...footers.map((_, i) => ({
      id: `rIdFooter${i}`,
      type: 'footer',
      target: `footer${i + 1}.xml`,
    })),
    ...(fixture.relationships ?? []),
  ];
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': relationshipsXml([
      { id: 'rId1', type: 'officeDocument', target: 'word/document.xml' },
      { id: 'rId2', type: 'metadata/core-properties', target: 'docProps/core.xml' },
      { id: 'rId3', type: 'extended-properties', target: 'docProps/app.xml' },
    ]),
    'word/document.xml':
      fixture.documentXml ??
      `${XML_HEAD}<w:document ${W_NS}><w:body>${fixture.body}<w:sectPr/></w:body></w:document>`,
    'word/_rels/document.xml.rels': relationshipsXml(documentRels),
    'word/styles.xml': fixture.styles ?? DEFAULT_STYLES,
    'word/numbering.xml': fixture.numbering ?? DEFAULT_NUMBERING,
    'docProps/core.xml': `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>${escapeXml(fixture.core?.title ?? '')}</dc:title><dc:creator>${escapeXml(fixture.core?.creator ?? '')}</dc:creator></cp:coreProperties>`,
    'docProps/app.xml': `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Fixture Builder</Application>${fixture.pages ? `<Pages>${fixture.pages}</Pages>` : ''}</Properties>`,
  };
  headers.forEach(
    (xml, i) => (files[`word/header${i + 1}.xml`] = `${XML_HEAD}<w:hdr ${W_NS}>${xml}</w:hdr>`),
  );
  footers.forEach(
    (xml, i) => (files[`word/footer${i + 1}.xml`] = `${XML_HEAD}<w:ftr ${W_NS}>${xml}</w:ftr>`),
  );
  if (fixture.settingsRelationships) {
    files['word/settings.xml'] = `${XML_HEAD}<w:settings ${W_NS}/>`;
    files['word/_rels/settings.xml.rels'] = relationshipsXml(fixture.settingsRelationships);
  }
  Object.assign(files, fixture.entries ?? {});
  const out: Record<string, Uint8Array> = {};
  for (const [path, content] of Object.entries(files))
    out[path] = typeof content === 'string' ? strToU8(content) : content;
  return out;
}

export function buildDocx(fixture: DocxFixture): Uint8Array {
  const entries = buildDocxEntries(fixture);
  const zippable: Zippable = {};
  for (const [path, data] of Object.entries(entries))
    zippable[path] = [data, { level: (fixture.level ?? 6) as 6 }];
  return zipSync(zippable);
}
