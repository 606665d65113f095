/**
 * Glyphs -> text spans, segmented and spaced exactly like pdf.js's getTextContent (evaluator.js:
 * buildTextContentItem, compareWithLastPosition, addFakeSpaces, flushTextContentItem), then
 * shaped like the pdf.js backend's toSpans + alignWithRuns: the layout code downstream was tuned
 * on those items, so the thresholds, the order of the floating-point operations and the
 * whitespace rules are reproduced rather than improved.
 *
 * Differences by design: items pdf.js would push that toSpans drops (whitespace-only, empty EOL
 * markers) are never built, and the fill colour, invisibility and soft hyphens come straight from
 * the glyph's own state instead of being re-aligned from the operator list afterwards.
 */
import type { FontInfo, TextSpan } from '../../model/document.js';
import { baseFontName, classifyFontStyle } from '../font-style.js';
import type { LiteFont, LiteGlyph } from './fonts/index.js';
import { PdfUnsupported, type Matrix } from './objects.js';

/** The part of the graphics state text needs (pdf.js keeps all of it in TextState). */
export interface TextState {
  ctm: Matrix;
  font: LiteFont | null;
  /** The Tf resource name; null when the font came from an ExtGState. */
  fontRes: string | null;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  leading: number;
  hScale: number;
  rise: number;
  tm: Matrix;
  tlm: Matrix;
  fill: string;
  mode: number;
}

const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;

const WHITESPACE = 1;
const DIACRITIC = 2;
const FORMAT_MARK = 4;
/** pdf.js's getCharUnicodeCategory, evaluated once per distinct glyph string. */
const CATEGORY_PATTERN = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
const categories = new Map<string, number>();

function category(unicode: string): number {
  if (unicode.length === 1) {
    const c = unicode.charCodeAt(0);
    if (c > 32 && c < 127) return 0;
    if (c === 32) return WHITESPACE;
  }
  let found = categories.get(unicode);
  if (found === undefined) {
    const groups = CATEGORY_PATTERN.exec(unicode);
    found = groups?.[1] ? WHITESPACE : groups?.[2] ? DIACRITIC : groups?.[3] ? FORMAT_MARK : 0;
    if (categories.size < 4096) categories.set(unicode, found);
  }
  return found;
}

/**
 * The characters pdf.js's normalizeUnicode rewrites with NFKC (ligatures, presentation forms,
 * special spaces); the ranges are data from pdf.js (src/shared/util.js, Apache-2.0).
 */
const NORMALIZE =
  /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;
/** Right-to-left scripts: pdf.js reorders these (bidi), which this reader does not do. */
const RTL = /[\u0590-\u08ac\ufb50-\ufdff\ufe70-\ufeff]/;

function normalize(text: string): string {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0xa0) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  if (RTL.test(text)) throw new PdfUnsupported('right-to-left text');
  return text.replace(NORMALIZE, (_, run: string | undefined, st: string | undefined) =>
    run ? run.normalize('NFKC') : 'ſt'.repeat(st?.length ?? 0),
  );
}

function hasNonSpace(text: string): boolean {
  return text.trim().length > 0;
}

interface FontStyle {
  fontName: string;
  bold: boolean;
  italic: boolean;
  ascent: number;
  descent: number;
}

/** Page-wide output shared by the page's content stream and its form XObjects. */
export class PageText {
  readonly spans: TextSpan[] = [];
  private readonly fontInfo = new Map<string, FontInfo>();
  private readonly styles = new Map<LiteFont, FontStyle>();
  /** The last span built, for a soft hyphen that ends it after it was flushed. */
  lastSpan: TextSpan | null = null;
  readonly glyphs: LiteGlyph[] = [];

  constructor(
    readonly pageNumber: number,
    readonly viewTransform: Matrix,
    /** The page's view box in user space; glyphs outside it are dropped as pdf.js does. */
    readonly view: readonly [number, number, number, number] | undefined,
  ) {}

  get fonts(): FontInfo[] {
    return [...this.fontInfo.values()];
  }

  style(font: LiteFont): FontStyle {
    let style = this.styles.get(font);
    if (!style) {
      const fontName = baseFontName(font.name);
      const { bold, italic } = classifyFontStyle(fontName, {
        bold: font.bold,
        italic: font.italic,
      });
      // The same clamps as toSpans: implausible metrics fall back to 0.8 / -0.2.
      const ascent = font.ascent > 0.3 && font.ascent < 1.5 ? font.ascent : 0.8;
      const descent = font.descent < 0 && font.descent > -0.8 ? font.descent : -0.2;
      style = { fontName, bold, italic, ascent, descent };
      this.styles.set(font, style);
      // Keyed by name like the pdf.js backend: a later font object of the same name wins.
      this.fontInfo.set(font.name, { name: font.name, embedded: font.embedded });
    }
    return style;
  }
}

/**
 * One getTextContent context: the page's content stream, or one form XObject (pdf.js runs a
 * nested getTextContent for each, with its own pending item and whitespace memory).
 */
export class TextItemBuilder {
  private initialized = false;
  private str = '';
  private width = 0;
  private totalWidth = 0;
  private height = 0;
  private readonly transform = new Float64Array(6);
  private readonly prevTransform = new Float64Array(6);
  private hasPrev = false;
  private prevTextRise = 0;
  private textAdvanceScale = 0;
  private spaceInFlowMin = 0;
  private spaceInFlowMax = 0;
  private trackingSpaceMin = Infinity;
  private negativeSpaceMax = -Infinity;
  private notASpace = -Infinity;
  private font: LiteFont | null = null;
  private hasEOL = false;
  private color: string | undefined;
  private invisible = false;
  private pendingHyphen = false;
  /** pdf.js's twoLastChars ring: [older, newer] after each glyph. */
  private lastOlder = ' ';
  private lastNewer = ' ';
  /** The font state of the current item (pdf.js's currentTextState). */
  private currentFontSize: number;
  private currentFontRes: string | null;
  private currentFont: LiteFont | null;
  private readonly trm = new Float64Array(6);

  constructor(
    private readonly page: PageText,
    initial: TextState,
  ) {
    this.currentFontSize = initial.fontSize;
    this.currentFontRes = initial.fontRes;
    this.currentFont = initial.font;
  }

  /** pdf.js's getCurrentTextTransform into `this.trm`: ctm x (tm x [fs*th 0 0 fs 0 rise]). */
  private currentTransform(state: TextState): Float64Array {
    const { ctm, tm, fontSize, rise } = state;
    const fsh = fontSize * state.hScale;
    const r0 = tm[0] * fsh;
    const r1 = tm[1] * fsh;
    const r2 = tm[2] * fontSize;
    const r3 = tm[3] * fontSize;
    const r4 = tm[2] * rise + tm[4];
    const r5 = tm[3] * rise + tm[5];
    const t = this.trm;
    t[0] = ctm[0] * r0 + ctm[2] * r1;
    t[1] = ctm[1] * r0 + ctm[3] * r1;
    t[2] = ctm[0] * r2 + ctm[2] * r3;
    t[3] = ctm[1] * r2 + ctm[3] * r3;
    t[4] = ctm[0] * r4 + ctm[2] * r5 + ctm[4];
    t[5] = ctm[1] * r4 + ctm[3] * r5 + ctm[5];
    return t;
  }

  private resetLastChars(): void {
    this.lastOlder = ' ';
    this.lastNewer = ' ';
  }

  /** Records a character; true when a whitespace glyph was skipped right after a real one. */
  private saveLastChar(char: string): boolean {
    const result = this.lastOlder !== ' ' && this.lastNewer === ' ';
    this.lastOlder = this.lastNewer;
    this.lastNewer = char;
    return result;
  }

  private shouldAddWhitespace(): boolean {
    return this.lastOlder !== ' ' && this.lastNewer === ' ';
  }

  private ensureItem(state: TextState): void {
    if (this.initialized) return;
    const font = state.font!;
    this.font = font;
    const trm = this.currentTransform(state);
    this.transform.set(trm);
    this.width = this.totalWidth = 0;
    this.height = Math.hypot(trm[2]!, trm[3]!);
    const scaleLineX = Math.hypot(state.tlm[0], state.tlm[1]);
    const scaleCtmX = Math.hypot(state.ctm[0], state.ctm[1]);
    this.textAdvanceScale = scaleCtmX * scaleLineX;
    const { fontSize } = state;
    this.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    this.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    this.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    this.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    this.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    this.hasEOL = false;
    this.color = undefined;
    this.invisible = false;
    this.initialized = true;
  }

  /** After Tm: pdf.js folds the width so far into the total at the old scale. */
  updateAdvanceScale(state: TextState): void {
    if (!this.initialized) return;
    const scale = Math.hypot(state.ctm[0], state.ctm[1]) * Math.hypot(state.tlm[0], state.tlm[1]);
    if (scale === this.textAdvanceScale) return;
    this.totalWidth += this.width * this.textAdvanceScale;
    this.width = 0;
    this.textAdvanceScale = scale;
  }

  flush(): void {
    if (!this.initialized) return;
    this.totalWidth += this.width * this.textAdvanceScale;
    this.initialized = false;
    let text = this.str;
    this.str = '';
    if (this.pendingHyphen) {
      text += '-';
      this.pendingHyphen = false;
    }
    if (!text) return;
    text = normalize(text);
    if (!hasNonSpace(text)) return;
    this.page.lastSpan = this.toSpan(text);
  }

  private toSpan(text: string): TextSpan {
    const { page, transform: t } = this;
    const v = page.viewTransform;
    const m2 = v[0] * t[2]! + v[2] * t[3]!;
    const m3 = v[1] * t[2]! + v[3] * t[3]!;
    const x = v[0] * t[4]! + v[2] * t[5]! + v[4];
    const baseline = v[1] * t[4]! + v[3] * t[5]! + v[5];
    const fontSize = Math.hypot(m2, m3) || Math.abs(this.height) || 1;
    const style = page.style(this.font!);
    const span: TextSpan = {
      text,
      page: page.pageNumber,
      box: {
        x,
        y: baseline - style.ascent * fontSize,
        width: Math.abs(this.totalWidth),
        height: (style.ascent - style.descent) * fontSize,
      },
      baseline,
      fontSize,
      fontName: style.fontName,
      bold: style.bold,
      italic: style.italic,
      direction: 'ltr',
      hasEol: this.hasEOL,
    };
    if (this.color !== undefined) span.color = this.color;
    if (this.invisible) span.invisible = true;
    page.spans.push(span);
    return span;
  }

  private appendEOL(): void {
    this.resetLastChars();
    if (this.initialized) {
      this.hasEOL = true;
      this.flush();
    }
  }

  /** pdf.js's addFakeSpaces: a gap inside the flow becomes one space, a wider one splits. */
  private addFakeSpaces(width: number, orientation: number): boolean {
    if (orientation * this.spaceInFlowMin <= width && width <= orientation * this.spaceInFlowMax) {
      if (this.initialized) {
        this.resetLastChars();
        this.str += ' ';
      }
      return false;
    }
    this.flush();
    this.resetLastChars();
    return true;
  }

  private compareWithLastPosition(state: TextState, glyphWidth: number): boolean {
    const current = this.currentTransform(state);
    let posX = current[4]!;
    let posY = current[5]!;
    const view = this.page.view;
    if (
      view &&
      (posX + glyphWidth < view[0] || posX > view[2] || posY < view[1] || posY > view[3])
    ) {
      return false;
    }
    if (!this.hasPrev) return true;
    const prev = this.prevTransform;
    let lastPosX = prev[4]!;
    let lastPosY = prev[5]!;
    if (lastPosX === posX && lastPosY === posY) return true;
    let rotate = -1;
    if (current[0] && current[1] === 0 && current[2] === 0) {
      rotate = current[0] > 0 ? 0 : 180;
    } else if (current[1] && current[0] === 0 && current[3] === 0) {
      rotate = current[1] > 0 ? 90 : 270;
    }
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastPosX, lastPosY] = [lastPosY, lastPosX];
        break;
      case 180:
        [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
        break;
      default: {
        const scale = Math.hypot(current[0]!, current[1]!);
        const x = (current[0]! * posX + current[1]! * posY) / scale;
        const y = (current[2]! * posX + current[3]! * posY) / scale;
        const prevScale = Math.hypot(prev[0]!, prev[1]!);
        const lx = (prev[0]! * lastPosX + prev[1]! * lastPosY) / prevScale;
        const ly = (prev[2]! * lastPosX + prev[3]! * lastPosY) / prevScale;
        posX = x;
        posY = y;
        lastPosX = lx;
        lastPosY = ly;
      }
    }
    const advanceX = (posX - lastPosX) / this.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const orientation = Math.sign(this.width || this.totalWidth);
    if (advanceX < orientation * this.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * this.height) {
        this.appendEOL();
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    const riseDelta = state.rise - this.prevTextRise;
    const advanceYCorrected =
      riseDelta === 0 ? advanceY : advanceY - (current[3]! / state.fontSize) * riseDelta;
    if (Math.abs(advanceYCorrected) > this.height) {
      this.appendEOL();
      return true;
    }
    if (advanceX <= orientation * this.notASpace) this.resetLastChars();
    if (advanceX <= orientation * this.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
      } else {
        this.width += advanceX;
      }
    } else if (!this.addFakeSpaces(advanceX, orientation)) {
      // pdf.js tests its item's string array, which is empty exactly when no item is open.
      if (!this.initialized) {
        this.resetLastChars();
      } else {
        this.width += advanceX;
      }
    }
    if (Math.abs(advanceY) > this.height * VERTICAL_SHIFT_RATIO) this.flush();
    return true;
  }

  private translate(state: TextState, x: number): void {
    const m = state.tm;
    m[4] = m[0] * x + m[4];
    m[5] = m[1] * x + m[5];
  }

  /**
   * pdf.js's buildTextContentItem for the glyphs in `page.glyphs` (one shown string, or the
   * strings of a TJ between two non-zero adjustments); `extraSpacing` is that adjustment.
   * `isEmpty`: the strings had no bytes (pdf.js then only applies the character spacing).
   */
  show(state: TextState, glyphCount: number, extraSpacing: number, isEmpty: boolean): void {
    const font = state.font!;
    if (
      this.currentFontSize !== state.fontSize ||
      (this.currentFontRes !== state.fontRes && this.currentFont?.name !== font.name)
    ) {
      this.flush();
      this.currentFontSize = state.fontSize;
      this.currentFontRes = state.fontRes;
      this.currentFont = font;
    }
    const baseCharSpacing = state.charSpacing;
    if (isEmpty) {
      const charSpacing = baseCharSpacing + extraSpacing;
      if (charSpacing) this.translate(state, charSpacing * state.hScale);
      return;
    }
    const scale = 0.001 * state.fontSize;
    const glyphs = this.page.glyphs;
    for (let i = 0; i < glyphCount; i++) {
      const glyph = glyphs[i]!;
      const unicode = glyph.unicode;
      const kind = category(unicode);
      if (kind === FORMAT_MARK) {
        if (unicode === '\u00ad') this.softHyphen();
        continue;
      }
      let charSpacing = baseCharSpacing + (i + 1 === glyphCount ? extraSpacing : 0);
      let scaledDim = glyph.width * scale;
      if (glyph.isWordSpace) charSpacing += state.wordSpacing;
      if (kind === WHITESPACE) {
        charSpacing += scaledDim;
        this.translate(state, charSpacing * state.hScale);
        this.saveLastChar(' ');
        continue;
      }
      if (kind !== DIACRITIC && !this.compareWithLastPosition(state, scaledDim)) {
        this.translate(state, scaledDim * state.hScale);
        continue;
      }
      this.ensureItem(state);
      if (kind === DIACRITIC) scaledDim = 0;
      scaledDim *= state.hScale;
      this.translate(state, scaledDim);
      this.width += scaledDim;
      if (scaledDim) {
        const t = this.currentTransform(state);
        const prev = this.prevTransform;
        prev[0] = t[0]!;
        prev[1] = t[1]!;
        prev[2] = t[2]!;
        prev[3] = t[3]!;
        prev[4] = t[4]!;
        prev[5] = t[5]!;
        this.hasPrev = true;
        this.prevTextRise = state.rise;
      }
      if (this.saveLastChar(unicode)) this.str += ' ';
      if (this.pendingHyphen && unicode) {
        this.str += '-';
        this.pendingHyphen = false;
      }
      if (this.color === undefined && unicode && hasNonSpace(unicode)) {
        this.color = state.fill;
        this.invisible = state.mode === 3 || state.mode === 7;
      }
      this.str += unicode;
      if (charSpacing) this.translate(state, charSpacing * state.hScale);
    }
  }

  /**
   * A U+00AD glyph: text content drops it, but a drawn soft hyphen is a visible hyphen (LuaTeX
   * maps the hyphen glyph to it). It becomes '-' before the next character of the same item, or
   * ends the item (or the previous span) when no character follows, as alignWithRuns does.
   */
  private softHyphen(): void {
    if (this.initialized && hasNonSpace(this.str)) {
      this.pendingHyphen = true;
    } else if (!this.initialized && this.page.lastSpan) {
      this.page.lastSpan.text += '-';
    }
  }
}
