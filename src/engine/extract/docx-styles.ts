/**
 * Style resolution for DOCX: which paragraph styles are headings or lists, and the bold, italic
 * and size a run inherits through `w:basedOn` chains and document defaults (ECMA-376 §17.7).
 */
import { firstChild, childElements, type XmlElement } from './xml.js';

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
}

export interface ParagraphStyle {
  id: string;
  name: string;
  /** 1-based heading level, when the style (or one it is based on) is a heading. */
  headingLevel?: number;
  numbering?: { numId: string; level: number };
  run: RunFormat;
}

export interface StyleSheet {
  paragraph(id: string | undefined): ParagraphStyle;
  /** Character style formatting (`w:rStyle`), resolved through its chain. */
  character(id: string | undefined): RunFormat;
  defaults: RunFormat;
}

/**
 * Word stores built-in names in English ("heading 1") but localized copies and other writers use
 * translated names and ids with non-ASCII letters dropped ("berschrift1" for "Überschrift 1").
 */
const HEADING_NAME =
  /^(?:heading|überschrift|berschrift|titre|t[ií]tulo|ttulo|titolo|kop|nagłówek|nagwek|заголовок|rubrik|otsikko|overskrift|nadpis|címsor|başlık|見出し|标题|標題|제목)\s*([1-9])$/iu;
const MAX_CHAIN = 16;

interface RawStyle {
  id: string;
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numbering?: { numId: string; level: number };
  run: RunFormat;
}

export function readStyleSheet(root: XmlElement | undefined): StyleSheet {
  const raw = new Map<string, RawStyle>();
  let defaults: RunFormat = {};
  let defaultParagraphId: string | undefined;
  if (root) {
    const docDefaults = firstChild(root, 'w:docDefaults');
    defaults = readRunFormat(firstChild(firstChild(docDefaults, 'w:rPrDefault'), 'w:rPr'));
    for (const style of childElements(root, 'w:style')) {
      const id = style.attrs['w:styleId'];
      if (!id) continue;
      if (style.attrs['w:type'] === 'paragraph' && isTrue(style.attrs['w:default']))
        defaultParagraphId = id;
      const pPr = firstChild(style, 'w:pPr');
      const outline = firstChild(pPr, 'w:outlineLvl')?.attrs['w:val'];
      raw.set(id, {
        id,
        name: firstChild(style, 'w:name')?.attrs['w:val'] ?? id,
        basedOn: firstChild(style, 'w:basedOn')?.attrs['w:val'],
        outlineLevel: outline === undefined ? undefined : Number(outline),
        numbering: readNumbering(pPr),
        run: readRunFormat(firstChild(style, 'w:rPr')),
      });
    }
  }
  const paragraphCache = new Map<string, ParagraphStyle>();
  const characterCache = new Map<string, RunFormat>();
  const chain = (id: string | undefined): RawStyle[] => {
    const out: RawStyle[] = [];
    for (let style = id ? raw.get(id) : undefined; style && out.length < MAX_CHAIN;) {
      if (out.includes(style)) break;
      out.push(style);
      style = style.basedOn ? raw.get(style.basedOn) : undefined;
    }
    return out;
  };
  const mergeRun = (styles: RawStyle[]): RunFormat => {
    const run: RunFormat = {};
    for (const style of [...styles].reverse()) Object.assign(run, style.run);
    return run;
  };
  return {
    defaults,
    paragraph(id) {
      const key = id ?? '';
      const cached = paragraphCache.get(key);
      if (cached) return cached;
      const styles = chain(id || defaultParagraphId);
      const resolved: ParagraphStyle = {
        id: styles[0]?.id ?? '',
        name: styles[0]?.name ?? '',
        headingLevel: resolveHeadingLevel(styles),
        numbering: styles.find((s) => s.numbering)?.numbering,
        run: mergeRun(styles),
      };
      paragraphCache.set(key, resolved);
      return resolved;
    },
    character(id) {
      if (!id) return {};
      const cached = characterCache.get(id);
      if (cached) return cached;
      const run = mergeRun(chain(id));
      characterCache.set(id, run);
      return run;
    },
  };
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

/** The nearest style in the chain that says anything about headings decides. */
function resolveHeadingLevel(styles: RawStyle[]): number | undefined {
  for (const style of styles) {
    const byName = HEADING_NAME.exec(style.name.trim()) ?? HEADING_NAME.exec(style.id);
    if (byName) return Math.min(6, Number(byName[1]));
    if (style.outlineLevel !== undefined && Number.isInteger(style.outlineLevel)) {
      // outlineLvl 9 means body text; 0..8 are levels 1..9.
      return style.outlineLevel >= 0 && style.outlineLevel < 9
        ? Math.min(6, style.outlineLevel + 1)
        : undefined;
    }
  }
  return undefined;
}

export function readNumbering(
  pPr: XmlElement | undefined,
): { numId: string; level: number } | undefined {
  const numPr = firstChild(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const numId = firstChild(numPr, 'w:numId')?.attrs['w:val'];
  if (numId === undefined) return undefined;
  const level = Number(firstChild(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0);
  return { numId, level: Number.isInteger(level) && level >= 0 ? level : 0 };
}

export function readRunFormat(rPr: XmlElement | undefined): RunFormat {
  const format: RunFormat = {};
  if (!rPr) return format;
  for (const child of rPr.children) {
    if (typeof child === 'string') continue;
    if (child.name === 'w:b') format.bold = isOn(child);
    else if (child.name === 'w:i') format.italic = isOn(child);
    else if (child.name === 'w:sz') {
      const halfPoints = Number(child.attrs['w:val']);
      if (halfPoints > 0) format.size = halfPoints / 2;
    }
  }
  return format;
}

/** OOXML toggles: present means on unless the value says otherwise. */
function isOn(element: XmlElement): boolean {
  const value = element.attrs['w:val'];
  return value === undefined || !['0', 'false', 'off'].includes(value);
}
