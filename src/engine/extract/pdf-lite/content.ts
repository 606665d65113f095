/**
 * The content-stream interpreter (PDF 32000-1:2008, 8-9): one pass over a page's operators that
 * yields what the pdf.js backend gets from two (getTextContent and getOperatorList +
 * scanOperatorList): text spans, the fonts they use, and the page's image and vector-paint
 * statistics. Operand handling, state saving and the graphics counts follow pdf.js's evaluator
 * so both backends report the same page.
 *
 * Anything this reader cannot reproduce faithfully throws `PdfUnsupported` and the page is read
 * by pdf.js instead.
 */
import type { Box, FontInfo, TextSpan } from '../../model/document.js';
import { ColorSpaces, DEVICE_CMYK, DEVICE_GRAY, DEVICE_RGB, toHex } from './colors.js';
import type { LiteFont } from './fonts/index.js';
import { loadFont } from './fonts/index.js';
import { Graphics } from './graphics.js';
import { GraphicsState, IDENTITY, multiply, setMatrix } from './graphics-state.js';
import { skipInlineImage, type InlineImage } from './inline-image.js';
import { Lexer } from './lexer.js';
import {
  isBytes,
  isDict,
  isName,
  PdfOp,
  PdfRef,
  PdfStream,
  PdfUnsupported,
  type Matrix,
  type PdfDict,
  type PdfResolver,
  type PdfValue,
} from './objects.js';
import { commandLength, Op, OPERATORS } from './operators.js';
import { PageText, TextItemBuilder } from './text-items.js';

export interface PageContentInput {
  resolver: PdfResolver;
  resources: PdfDict;
  contents: Uint8Array;
  viewTransform: Matrix;
  pageNumber: number;
  pageArea: number;
  fontCache: Map<unknown, LiteFont>;
  /**
   * The page's view box (CropBox ∩ MediaBox) in user space. pdf.js drops glyphs drawn outside it;
   * without it every glyph is kept.
   */
  view?: [number, number, number, number];
}

export interface PageContent {
  spans: TextSpan[];
  fonts: FontInfo[];
  imageCount: number;
  imageCoverage: number;
  vectorOpCount: number;
  paintedBoxes: Box[];
}

/** Operators per page (forms included) before the page is handed to pdf.js. */
const MAX_OPERATORS = 2_000_000;
/** Form XObjects inside form XObjects. */
const MAX_FORM_DEPTH = 12;
const MAX_SAVED_STATES = 1000;
/** pdf.js's limits: more operands than this is a syntax error; so are many bad path operators. */
const MAX_OPERANDS = 33;
const MAX_INVALID_PATH_OPS = 10;

/** An operand as a number; anything else is NaN, which pdf.js's arithmetic would also produce. */
function num(value: PdfValue | undefined): number {
  return typeof value === 'number' ? value : Number.NaN;
}

function toMatrix(values: PdfValue[], offset = 0): Matrix {
  return [
    num(values[offset]),
    num(values[offset + 1]),
    num(values[offset + 2]),
    num(values[offset + 3]),
    num(values[offset + 4]),
    num(values[offset + 5]),
  ];
}

function readMatrix(resolver: PdfResolver, value: PdfValue | undefined): Matrix | null {
  const array = resolver.resolve(value);
  if (!Array.isArray(array) || array.length !== 6) return null;
  const m = array.map((v) => resolver.resolve(v));
  return m.every((v) => typeof v === 'number') ? (m as Matrix) : null;
}

function isNumbers(values: PdfValue[]): boolean {
  return values.every((v) => typeof v === 'number');
}

/**
 * Decoded form XObjects, kept while their document's objects live: icons and page furniture are
 * drawn many times (the resolver returns the same stream object for the same reference).
 */
const decodedForms = new WeakMap<PdfStream, Uint8Array>();

/** One content stream being run: the page's, a form's, or a soft mask's (graphics only). */
interface Frame {
  resources: PdfDict;
  /** Null for soft-mask groups, whose text pdf.js never extracts. */
  text: TextItemBuilder | null;
  depth: number;
  /** Saved states below this belong to an enclosing stream: a stray Q cannot pop them. */
  floor: number;
}

class Interpreter {
  state = new GraphicsState();
  private readonly stack: GraphicsState[] = [];
  private readonly colors: ColorSpaces;
  readonly graphics: Graphics;
  readonly page: PageText;
  private operators = 0;
  /** Form streams on the current Do chain (cycle detection). */
  private readonly active = new Set<PdfStream>();

  constructor(private readonly input: PageContentInput) {
    this.colors = new ColorSpaces(input.resolver);
    this.graphics = new Graphics(input.viewTransform);
    this.page = new PageText(input.pageNumber, input.viewTransform, input.view);
  }

  runPage(): void {
    const text = new TextItemBuilder(this.page, this.state);
    this.run(this.input.contents, this.input.resources, text, 0);
    text.flush();
  }

  private run(
    bytes: Uint8Array,
    resources: PdfDict,
    text: TextItemBuilder | null,
    depth: number,
  ): void {
    const lexer = new Lexer(bytes);
    const floor = this.stack.length;
    const frame: Frame = { resources, text, depth, floor };
    const args: PdfValue[] = [];
    const nonProcessed: PdfValue[] = [];
    let wasPath = false;
    let invalidPathOps = 0;
    for (;;) {
      const token = lexer.next();
      if (token === undefined) break;
      if (!(token instanceof PdfOp)) {
        // pdf.js's parser drops null operands.
        if (token === null) continue;
        args.push(token);
        if (args.length > MAX_OPERANDS) throw new PdfUnsupported('too many operands');
        continue;
      }
      if (token.name === 'BI') {
        args.push(skipInlineImage(lexer) as unknown as PdfValue);
        continue;
      }
      if (++this.operators > MAX_OPERATORS) throw new PdfUnsupported('too many operators');
      let spec = OPERATORS.get(token.name);
      if (!spec) {
        const length = commandLength(token.name);
        if (length < token.name.length) {
          lexer.pos -= token.name.length - length;
          spec = OPERATORS.get(token.name.slice(0, length));
        }
      }
      // Unknown operators keep their operands for the next one, as in pdf.js.
      if (!spec) continue;
      if (!wasPath) invalidPathOps = 0;
      wasPath = spec.isPath;
      if (!spec.variableArgs && args.length !== spec.numArgs) {
        // pdf.js's operand recovery: surplus operands are set aside and lent to a later
        // operator that is short of them.
        while (args.length > spec.numArgs) nonProcessed.push(args.shift()!);
        while (args.length < spec.numArgs && nonProcessed.length > 0)
          args.unshift(nonProcessed.pop()!);
        if (args.length < spec.numArgs) {
          if (spec.isPath && ++invalidPathOps > MAX_INVALID_PATH_OPS) {
            throw new PdfUnsupported('invalid path operators');
          }
          if (args.length !== 0) args.length = 0;
          continue;
        }
      }
      this.execute(spec.op, args, frame);
      if (args.length !== 0) args.length = 0;
    }
    while (this.stack.length > floor) this.state = this.stack.pop()!;
  }

  private execute(op: Op, args: PdfValue[], frame: Frame): void {
    const state = this.state;
    const text = frame.text;
    switch (op) {
      case Op.Save:
        if (this.stack.length >= MAX_SAVED_STATES)
          throw new PdfUnsupported('too many saved states');
        this.stack.push(state);
        this.state = state.clone();
        return;
      case Op.Restore:
        if (this.stack.length > frame.floor) this.state = this.stack.pop()!;
        return;
      case Op.Transform:
        state.ctm = multiply(state.ctm, toMatrix(args));
        return;
      case Op.MoveTo:
      case Op.LineTo:
        this.graphics.moveTo(num(args[0]), num(args[1]));
        return;
      case Op.CurveTo:
        this.graphics.curveTo(
          num(args[0]),
          num(args[1]),
          num(args[2]),
          num(args[3]),
          num(args[4]),
          num(args[5]),
        );
        return;
      case Op.CurveTo2:
        this.graphics.curveTo2(num(args[0]), num(args[1]), num(args[2]), num(args[3]));
        return;
      case Op.CurveTo3:
        this.graphics.curveTo(
          num(args[0]),
          num(args[1]),
          num(args[2]),
          num(args[3]),
          num(args[2]),
          num(args[3]),
        );
        return;
      case Op.ClosePath:
        this.graphics.closePath();
        return;
      case Op.Rectangle:
        this.graphics.rectangle(num(args[0]), num(args[1]), num(args[2]), num(args[3]));
        return;
      case Op.Stroke:
      case Op.CloseStroke:
      case Op.EoFillStroke:
      case Op.CloseFillStroke:
      case Op.CloseEoFillStroke:
      case Op.EndPath:
        this.graphics.paintPath(false, state);
        return;
      case Op.Fill:
      case Op.EoFill:
      case Op.FillStroke:
        this.graphics.paintPath(true, state);
        return;
      case Op.BeginText:
        setMatrix(state.tm, IDENTITY);
        setMatrix(state.tlm, IDENTITY);
        return;
      case Op.CharSpacing:
        state.charSpacing = num(args[0]);
        return;
      case Op.WordSpacing:
        state.wordSpacing = num(args[0]);
        return;
      case Op.HScale:
        state.hScale = num(args[0]) / 100;
        return;
      case Op.Leading:
        state.leading = num(args[0]);
        return;
      case Op.Rise:
        state.rise = num(args[0]);
        return;
      case Op.RenderingMode:
        state.mode = num(args[0]);
        return;
      case Op.MoveText:
        this.moveText(num(args[0]), num(args[1]));
        return;
      case Op.LeadingMoveText:
        state.leading = -num(args[1]);
        this.moveText(num(args[0]), num(args[1]));
        return;
      case Op.NextLine:
        this.moveText(0, -state.leading);
        return;
      case Op.TextMatrix:
        setMatrix(state.tm, toMatrix(args));
        setMatrix(state.tlm, state.tm);
        text?.updateAdvanceScale(state);
        return;
      case Op.SetFont:
        this.setFont(args, frame);
        return;
      case Op.ShowText:
        if (text && state.font) this.showString(text, args[0]);
        return;
      case Op.ShowSpacedText:
        if (text && state.font) {
          const items = args[0];
          if (!Array.isArray(items)) throw new PdfUnsupported('TJ without an array');
          this.showStrings(text, items);
        }
        return;
      case Op.NextLineShowText:
        if (text && state.font) {
          this.moveText(0, -state.leading);
          this.showString(text, args[0]);
        }
        return;
      case Op.NextLineSpacingShowText:
        if (text && state.font) {
          state.wordSpacing = num(args[0]);
          state.charSpacing = num(args[1]);
          this.moveText(0, -state.leading);
          this.showString(text, args[2]);
        }
        return;
      case Op.FillColorSpace:
        state.fillSpace = state.patternFillSpace = this.colors.parse(
          args[0] ?? null,
          frame.resources,
        );
        return;
      case Op.FillColor:
        state.fill = toHex(state.fillSpace, args as ArrayLike<number>);
        return;
      case Op.FillColorN:
        this.setFillColorN(args, frame);
        return;
      case Op.FillGray:
        state.fillSpace = state.patternFillSpace = DEVICE_GRAY;
        state.fill = toHex(DEVICE_GRAY, args as ArrayLike<number>);
        return;
      case Op.FillRgb:
        state.fillSpace = state.patternFillSpace = DEVICE_RGB;
        state.fill = toHex(DEVICE_RGB, args as ArrayLike<number>);
        return;
      case Op.FillCmyk:
        state.fillSpace = state.patternFillSpace = DEVICE_CMYK;
        state.fill = toHex(DEVICE_CMYK, args as ArrayLike<number>);
        return;
      case Op.PaintXObject:
        text?.flush();
        this.paintXObject(args[0] ?? null, frame);
        return;
      case Op.EndInlineImage:
        this.graphics.paintInlineImage(args[0] as unknown as InlineImage, state);
        return;
      case Op.GState:
        this.setGState(args[0] ?? null, frame);
        return;
      case Op.MarkedContent:
        text?.flush();
        return;
      case Op.Other:
        return;
    }
  }

  private moveText(x: number, y: number): void {
    const { tlm } = this.state;
    tlm[4] = tlm[0] * x + tlm[2] * y + tlm[4];
    tlm[5] = tlm[1] * x + tlm[3] * y + tlm[5];
    setMatrix(this.state.tm, tlm);
  }

  private font(ref: PdfValue | undefined): LiteFont {
    const { resolver, fontCache } = this.input;
    const dict = resolver.resolve(ref);
    if (!isDict(dict)) throw new PdfUnsupported('missing font');
    const key = ref instanceof PdfRef ? `${ref.num} ${ref.gen}` : dict;
    let font = fontCache.get(key);
    if (!font) {
      font = loadFont(resolver, dict);
      fontCache.set(key, font);
    }
    if (font.vertical) throw new PdfUnsupported('vertical text');
    return font;
  }

  private setFont(args: PdfValue[], frame: Frame): void {
    const [name, size] = args;
    const { state } = this;
    if (!isName(name)) throw new PdfUnsupported('Tf without a font name');
    if (state.font && name === state.fontRes && size === state.fontSize) return;
    state.fontRes = name;
    state.fontSize = num(size);
    // Soft-mask groups never show text to the text layer; their fonts need not load.
    if (!frame.text) return;
    const fonts = this.input.resolver.resolve(frame.resources.get('Font'));
    state.font = this.font(isDict(fonts) ? fonts.get(name) : undefined);
  }

  private showString(text: TextItemBuilder, value: PdfValue | undefined): void {
    if (!isBytes(value)) throw new PdfUnsupported('text operator without a string');
    const glyphs = this.page.glyphs;
    glyphs.length = 0;
    this.state.font!.decode(value, glyphs);
    text.show(this.state, glyphs.length, 0, value.length === 0);
  }

  /** TJ: runs of strings are shown together up to each non-zero adjustment, as pdf.js does. */
  private showStrings(text: TextItemBuilder, items: PdfValue[]): void {
    const { state, page } = this;
    const font = state.font!;
    const glyphs = page.glyphs;
    glyphs.length = 0;
    let bytes = 0;
    let buffered = false;
    const spaceFactor = -state.fontSize / 1000;
    for (const item of items) {
      if (isBytes(item)) {
        font.decode(item, glyphs);
        bytes += item.length;
        buffered = true;
      } else if (typeof item === 'number' && item !== 0) {
        text.show(state, glyphs.length, item * spaceFactor, bytes === 0);
        glyphs.length = 0;
        bytes = 0;
        buffered = false;
      }
    }
    if (buffered) text.show(state, glyphs.length, 0, bytes === 0);
  }

  private setFillColorN(args: PdfValue[], frame: Frame): void {
    const { state } = this;
    const space = state.patternFillSpace;
    if (!space) {
      // No colour space chosen yet: pdf.js reads numbers as gray and anything else as no colour.
      if (isNumbers(args)) state.fill = toHex(DEVICE_GRAY, args as ArrayLike<number>);
      return;
    }
    if (space.name === 'Pattern') {
      // Pattern fills leave the last solid colour in place; an unknown pattern stops pdf.js's
      // operator list for the stream, which this reader does not imitate.
      const name = args[args.length - 1];
      const patterns = this.input.resolver.resolve(frame.resources.get('Pattern'));
      const pattern = isName(name) && isDict(patterns) ? patterns.get(name) : undefined;
      if (pattern === undefined || this.input.resolver.resolve(pattern) === null) {
        throw new PdfUnsupported('unknown pattern');
      }
      return;
    }
    state.fill = toHex(space, args as ArrayLike<number>);
  }

  private setGState(name: PdfValue, frame: Frame): void {
    const { resolver } = this.input;
    if (!isName(name)) return;
    const states = resolver.resolve(frame.resources.get('ExtGState'));
    const gs = isDict(states) ? resolver.resolve(states.get(name)) : null;
    if (!isDict(gs)) return;
    const font = resolver.resolve(gs.get('Font'));
    if (Array.isArray(font) && frame.text) {
      frame.text.flush();
      const { state } = this;
      state.fontRes = null;
      state.fontSize = num(resolver.resolve(font[1]));
      state.font = this.font(font[0]);
    }
    const smask = resolver.resolve(gs.get('SMask'));
    if (isDict(smask)) {
      // pdf.js inlines the soft mask's group into the operator list: its paths and images count.
      const group = resolver.resolve(smask.get('G'));
      if (group instanceof PdfStream) this.runForm(group, frame, false);
    }
  }

  private paintXObject(name: PdfValue, frame: Frame): void {
    const { resolver } = this.input;
    if (!isName(name)) return;
    const xobjects = resolver.resolve(frame.resources.get('XObject'));
    const xobject = isDict(xobjects) ? resolver.resolve(xobjects.get(name)) : null;
    if (!(xobject instanceof PdfStream)) return;
    const subtype = resolver.resolve(xobject.dict.get('Subtype'));
    if (subtype === 'Form') this.runForm(xobject, frame, true);
    else if (subtype === 'Image') this.graphics.paintImage(xobject, resolver, this.state);
  }

  private runForm(form: PdfStream, frame: Frame, withText: boolean): void {
    const { resolver } = this.input;
    if (frame.depth >= MAX_FORM_DEPTH) throw new PdfUnsupported('form XObjects nested too deeply');
    if (this.active.has(form)) throw new PdfUnsupported('form XObject cycle');
    const own = resolver.resolve(form.dict.get('Resources'));
    const resources = isDict(own) ? own : frame.resources;
    let bytes = decodedForms.get(form);
    if (!bytes) {
      bytes = resolver.decode(form);
      decodedForms.set(form, bytes);
    }
    const saved = this.state;
    this.stack.push(saved);
    this.state = saved.clone();
    const matrix = readMatrix(resolver, form.dict.get('Matrix'));
    if (matrix) this.state.ctm = multiply(this.state.ctm, matrix);
    const path = this.graphics.savePath();
    this.active.add(form);
    const text = withText && frame.text ? new TextItemBuilder(this.page, this.state) : null;
    try {
      this.run(bytes, resources, text, frame.depth + 1);
      text?.flush();
    } finally {
      this.active.delete(form);
    }
    this.graphics.restorePath(path);
    this.stack.pop();
    this.state = saved;
  }
}

export function readPageContent(input: PageContentInput): PageContent {
  const interpreter = new Interpreter(input);
  interpreter.runPage();
  const { graphics, page } = interpreter;
  return {
    spans: page.spans,
    fonts: page.fonts,
    imageCount: graphics.imageCount,
    imageCoverage: input.pageArea > 0 ? Math.min(1, graphics.coveredArea / input.pageArea) : 0,
    vectorOpCount: graphics.vectorOpCount,
    paintedBoxes: graphics.paintedBoxes,
  };
}
