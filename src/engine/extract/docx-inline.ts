/**
 * Reads the inline content of one `w:p`: runs, tabs, breaks, hyperlinks and fields, with the
 * formatting each run inherits. Text boxes anchored in the paragraph are handed back so the
 * caller can emit them right after it, where a reader meets them.
 */
import type { Relationship } from './docx-parts.js';
import { readRunFormat, type RunFormat, type StyleSheet } from './docx-styles.js';
import { firstChild, type XmlElement } from './xml.js';

export interface InlineContext {
  styles: StyleSheet;
  rels: Map<string, Relationship>;
  /** Count Word's rendered page breaks (true) or only explicit ones (false). */
  useRenderedBreaks: boolean;
}

export interface InlineContent {
  text: string;
  /** Share of visible characters that are bold / italic, for block-level flags. */
  boldChars: number;
  italicChars: number;
  visibleChars: number;
  maxSize?: number;
  links: string[];
  textboxes: XmlElement[];
  /** Page breaks seen before the first visible character and after it. */
  breaksBefore: number;
  breaksAfter: number;
}

interface Field {
  instruction: string;
  inResult: boolean;
}

/** Containers whose children are inline content of the same paragraph. */
const INLINE_CONTAINERS = new Set([
  'w:smartTag',
  'w:customXml',
  'w:ins',
  'w:moveTo',
  'w:dir',
  'w:bdo',
  'w:sdtContent',
]);
/** Private-use symbol-font bullets that Word writes as `w:sym`. */
const SYMBOL_BULLETS: Record<string, string> = {
  F0B7: '•',
  F0A7: '▪',
  F0D8: '➢',
  F0FC: '✓',
  F076: '❖',
};

export function readInline(
  paragraph: XmlElement,
  paragraphRun: RunFormat,
  context: InlineContext,
): InlineContent {
  const out: InlineContent = {
    text: '',
    boldChars: 0,
    italicChars: 0,
    visibleChars: 0,
    links: [],
    textboxes: [],
    breaksBefore: 0,
    breaksAfter: 0,
  };
  const fields: Field[] = [];
  const linkStack: string[] = [];
  const isHidden = () => fields.some((field) => !field.inResult);
  const pageBreak = () => (out.visibleChars === 0 ? out.breaksBefore++ : out.breaksAfter++);
  const addLink = (url: string | undefined) => {
    if (url && !out.links.includes(url)) out.links.push(url);
  };

  const append = (text: string, format: RunFormat) => {
    if (isHidden() || text.length === 0) return;
    out.text += text;
    const visible = text.replace(/\s+/g, '').length;
    if (visible === 0) return;
    out.visibleChars += visible;
    if (format.bold) out.boldChars += visible;
    if (format.italic) out.italicChars += visible;
    if (format.size !== undefined && (out.maxSize === undefined || format.size > out.maxSize))
      out.maxSize = format.size;
    const link = linkStack[linkStack.length - 1];
    if (link) addLink(link);
  };

  const readRun = (run: XmlElement) => {
    const rPr = firstChild(run, 'w:rPr');
    const styleId = firstChild(rPr, 'w:rStyle')?.attrs['w:val'];
    const format = { ...paragraphRun, ...context.styles.character(styleId), ...readRunFormat(rPr) };
    for (const child of run.children) {
      if (typeof child === 'string') continue;
      switch (child.name) {
        case 'w:t':
        case 'm:t':
          append(textOf(child), format);
          break;
        case 'w:instrText': {
          const field = fields[fields.length - 1];
          if (field && !field.inResult) field.instruction += textOf(child);
          break;
        }
        case 'w:fldChar':
          handleFieldChar(child.attrs['w:fldCharType']);
          break;
        case 'w:tab':
        case 'w:ptab':
          append('\t', format);
          break;
        case 'w:br':
          if (child.attrs['w:type'] === 'page') {
            if (!context.useRenderedBreaks) pageBreak();
          } else append('\n', format);
          break;
        case 'w:cr':
          append('\n', format);
          break;
        case 'w:lastRenderedPageBreak':
          if (context.useRenderedBreaks) pageBreak();
          break;
        case 'w:noBreakHyphen':
          append('-', format);
          break;
        case 'w:sym':
          append(SYMBOL_BULLETS[(child.attrs['w:char'] ?? '').toUpperCase()] ?? '', format);
          break;
        default:
          collectTextboxes(child, out.textboxes);
      }
    }
  };

  const handleFieldChar = (type: string | undefined) => {
    if (type === 'begin') fields.push({ instruction: '', inResult: false });
    else if (type === 'separate') {
      const field = fields[fields.length - 1];
      if (field) {
        field.inResult = true;
        linkStack.push(
          hyperlinkFromField(field.instruction) ?? linkStack[linkStack.length - 1] ?? '',
        );
      }
    } else if (type === 'end') {
      const field = fields.pop();
      if (field?.inResult) linkStack.pop();
      else if (field) addLink(hyperlinkFromField(field.instruction));
    }
  };

  const walk = (element: XmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      const name = child.name;
      if (name === 'w:r' || name === 'm:r') readRun(child);
      else if (name === 'w:hyperlink') {
        const rel = child.attrs['r:id'] ? context.rels.get(child.attrs['r:id']) : undefined;
        linkStack.push(rel?.isExternal ? rel.target : (linkStack[linkStack.length - 1] ?? ''));
        walk(child);
        linkStack.pop();
      } else if (name === 'w:fldSimple') {
        linkStack.push(
          hyperlinkFromField(child.attrs['w:instr'] ?? '') ?? linkStack[linkStack.length - 1] ?? '',
        );
        walk(child);
        linkStack.pop();
      } else if (name === 'w:sdt') walk(firstChild(child, 'w:sdtContent') ?? child);
      else if (INLINE_CONTAINERS.has(name) || name.startsWith('m:')) walk(child);
      else if (name === 'mc:AlternateContent') walk(chooseAlternative(child));
    }
  };

  walk(paragraph);
  return out;
}

/** `HYPERLINK "https://x" \o "tip"`; `HYPERLINK \l "bookmark"` is an internal jump and ignored. */
export function hyperlinkFromField(instruction: string): string | undefined {
  const match = /^\s*HYPERLINK\s+(?:"([^"]+)"|([^\s"\\]+))/i.exec(instruction);
  return match ? (match[1] ?? match[2]) : undefined;
}

/**
 * `mc:AlternateContent` holds the same content twice (modern choice, legacy fallback); reading
 * both would duplicate every text box. Take the first choice, else the fallback.
 */
export function chooseAlternative(element: XmlElement): XmlElement {
  return (
    firstChild(element, 'mc:Choice') ??
    firstChild(element, 'mc:Fallback') ?? { name: '', attrs: {}, children: [] }
  );
}

/** Finds `w:txbxContent` under drawings and VML shapes, honouring alternate content. */
function collectTextboxes(element: XmlElement, out: XmlElement[]): void {
  if (element.name === 'w:txbxContent') {
    out.push(element);
    return;
  }
  const source = element.name === 'mc:AlternateContent' ? chooseAlternative(element) : element;
  for (const child of source.children) if (typeof child !== 'string') collectTextboxes(child, out);
}

function textOf(element: XmlElement): string {
  let text = '';
  for (const child of element.children) if (typeof child === 'string') text += child;
  return text;
}
