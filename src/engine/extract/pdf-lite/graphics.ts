/**
 * Page graphics as the pdf.js backend's scanOperatorList reports them: every path painting
 * operator counts as one vector operation (pdf.js turns each into one constructPath, clipping
 * `n` included), fills in a non-white colour record the path's bounding box, and images count
 * with the unit square they are drawn into.
 */
import type { Box } from '../../model/document.js';
import { multiply } from './graphics-state.js';
import type { InlineImage } from './inline-image.js';
import type { Matrix, PdfDict, PdfResolver, PdfStream, PdfValue } from './objects.js';

/** Enough to tell a banner behind white text; more boxes only cost time (as scanOperatorList). */
const MAX_PAINTED_BOXES = 400;
const WHITE = '#ffffff';

export interface PathState {
  minMax: Float32Array;
  length: number;
  x: number;
  y: number;
}

interface PaintState {
  ctm: Matrix;
  fill: string;
}

function newPath(): PathState {
  return {
    minMax: new Float32Array([Infinity, Infinity, -Infinity, -Infinity]),
    length: 0,
    x: 0,
    y: 0,
  };
}

/** Axis-aligned box of the rectangle (x0,y0)-(x1,y1) under `m`. */
function transformRect(m: Matrix, x0: number, y0: number, x1: number, y1: number): Box {
  const ax = m[0] * x0 + m[2] * y0 + m[4];
  const ay = m[1] * x0 + m[3] * y0 + m[5];
  const bx = m[0] * x1 + m[2] * y0 + m[4];
  const by = m[1] * x1 + m[3] * y0 + m[5];
  const cx = m[0] * x0 + m[2] * y1 + m[4];
  const cy = m[1] * x0 + m[3] * y1 + m[5];
  const dx = m[0] * x1 + m[2] * y1 + m[4];
  const dy = m[1] * x1 + m[3] * y1 + m[5];
  const left = Math.min(ax, bx, cx, dx);
  const top = Math.min(ay, by, cy, dy);
  return {
    x: left,
    y: top,
    width: Math.max(ax, bx, cx, dx) - left,
    height: Math.max(ay, by, cy, dy) - top,
  };
}

/** Extremes of one coordinate of a cubic Bézier in (0, 1): roots of its derivative. */
function bezierExtremes(p0: number, p1: number, p2: number, p3: number, out: number[]): void {
  const a = -p0 + 3 * p1 - 3 * p2 + p3;
  const b = 2 * (p0 - 2 * p1 + p2);
  const c = p1 - p0;
  const at = (t: number) => {
    const u = 1 - t;
    return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
  };
  if (Math.abs(a) < 1e-12) {
    if (Math.abs(b) > 1e-12) {
      const t = -c / b;
      if (t > 0 && t < 1) out.push(at(t));
    }
    return;
  }
  const disc = b * b - 4 * a * c;
  if (disc < 0) return;
  const root = Math.sqrt(disc);
  for (const t of [(-b + root) / (2 * a), (-b - root) / (2 * a)]) {
    if (t > 0 && t < 1) out.push(at(t));
  }
}

export class Graphics {
  imageCount = 0;
  coveredArea = 0;
  vectorOpCount = 0;
  readonly paintedBoxes: Box[] = [];
  private path = newPath();
  private readonly extremes: number[] = [];

  constructor(private readonly viewTransform: Matrix) {}

  /** The user-space -> page transform scanOperatorList tracks. */
  private pageMatrix(ctm: Matrix): Matrix {
    return multiply(this.viewTransform, ctm);
  }

  /** Form XObjects and soft masks start a path of their own (pdf.js: clone({ newPath: true })). */
  savePath(): PathState {
    const saved = this.path;
    this.path = newPath();
    return saved;
  }

  restorePath(saved: PathState): void {
    this.path = saved;
  }

  private include(x: number, y: number): void {
    const m = this.path.minMax;
    if (x < m[0]!) m[0] = x;
    if (x > m[2]!) m[2] = x;
    if (y < m[1]!) m[1] = y;
    if (y > m[3]!) m[3] = y;
  }

  moveTo(x: number, y: number): void {
    const path = this.path;
    path.x = x;
    path.y = y;
    path.length++;
    this.include(x, y);
  }

  closePath(): void {
    this.path.length++;
  }

  rectangle(x: number, y: number, width: number, height: number): void {
    const path = this.path;
    path.x = x;
    path.y = y;
    path.length++;
    this.include(x, y);
    this.include(x + width, y + height);
  }

  curveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    const path = this.path;
    const x0 = path.x;
    const y0 = path.y;
    path.x = x;
    path.y = y;
    path.length++;
    this.include(x0, y0);
    this.include(x, y);
    const extremes = this.extremes;
    extremes.length = 0;
    bezierExtremes(x0, x1, x2, x, extremes);
    for (const ex of extremes) this.include(ex, y);
    extremes.length = 0;
    bezierExtremes(y0, y1, y2, y, extremes);
    for (const ey of extremes) this.include(x, ey);
  }

  /** `v`: the first control point is the current point. */
  curveTo2(x2: number, y2: number, x: number, y: number): void {
    this.curveTo(this.path.x, this.path.y, x2, y2, x, y);
  }

  /** Any path painting operator; `fills` for f, F, f* and B (the ones scanOperatorList boxes). */
  paintPath(fills: boolean, state: PaintState): void {
    this.vectorOpCount++;
    const path = this.path;
    if (path.length === 0) return;
    const [x0, y0, x1, y1] = path.minMax as unknown as [number, number, number, number];
    if (
      fills &&
      state.fill !== WHITE &&
      this.paintedBoxes.length < MAX_PAINTED_BOXES &&
      Number.isFinite(x0) &&
      Number.isFinite(y0) &&
      Number.isFinite(x1) &&
      Number.isFinite(y1)
    ) {
      this.paintedBoxes.push(transformRect(this.pageMatrix(state.ctm), x0, y0, x1, y1));
    }
    path.minMax.set([Infinity, Infinity, -Infinity, -Infinity]);
    path.length = 0;
  }

  private countImage(state: PaintState): void {
    this.imageCount++;
    // Images are drawn into the unit square of the current transform.
    const box = transformRect(this.pageMatrix(state.ctm), 0, 0, 1, 1);
    this.coveredArea += box.width * box.height;
    if (this.paintedBoxes.length < MAX_PAINTED_BOXES) this.paintedBoxes.push(box);
  }

  /**
   * An image XObject or inline image, counted when pdf.js would paint it: it needs a width and a
   * height, and a 1x1 opaque stencil mask becomes a solid fill that scanOperatorList ignores.
   */
  private paintIfImage(
    dict: PdfDict,
    resolver: PdfResolver,
    /** The first data byte (undefined: no data), or null when it cannot be known cheaply. */
    firstByte: () => number | undefined | null,
    state: PaintState,
  ): void {
    const get = (short: string, long: string): PdfValue =>
      resolver.resolve(dict.get(short) ?? dict.get(long));
    const width = get('W', 'Width');
    const height = get('H', 'Height');
    if (typeof width !== 'number' || !width || typeof height !== 'number' || !height) return;
    if (get('IM', 'ImageMask') === true && width === 1 && height === 1) {
      const decode = get('D', 'Decode');
      const first = Array.isArray(decode) ? resolver.resolve(decode[0]) : undefined;
      const inverse = typeof first === 'number' && first > 0;
      const byte = firstByte();
      if (byte !== null && inverse === (byte === undefined || (byte & 128) !== 0)) return;
    }
    this.countImage(state);
  }

  paintImage(image: PdfStream, resolver: PdfResolver, state: PaintState): void {
    this.paintIfImage(image.dict, resolver, () => resolver.decode(image)[0], state);
  }

  paintInlineImage(image: InlineImage | undefined, state: PaintState): void {
    if (!image || !(image.dict instanceof Map)) return;
    const resolver: PdfResolver = {
      resolve: (value) => value ?? null,
      decode: (stream) => stream.raw,
    };
    const filtered = image.dict.has('F') || image.dict.has('Filter');
    // A filtered 1x1 mask is not worth decoding here: it is counted as an image.
    this.paintIfImage(image.dict, resolver, () => (filtered ? null : image.data[0]), state);
  }
}
