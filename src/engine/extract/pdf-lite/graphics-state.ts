/**
 * The graphics state the interpreter saves with q and restores with Q: what pdf.js's text-content
 * TextState and operator-list EvalState track between them.
 */
import type { ColorSpace } from './colors.js';
import { DEVICE_GRAY } from './colors.js';
import type { LiteFont } from './fonts/index.js';
import type { Matrix } from './objects.js';
import type { TextState } from './text-items.js';

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** Copies in place: text matrices are per state and change with every line. */
export function setMatrix(target: Matrix, source: Matrix): void {
  for (let i = 0; i < 6; i++) target[i] = source[i]!;
}

/** The graphics state pdf.js's evaluators track between them (text state, fill, rendering mode). */
export class GraphicsState implements TextState {
  ctm: Matrix = IDENTITY;
  font: LiteFont | null = null;
  fontRes: string | null = null;
  fontSize = 0;
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  hScale = 1;
  rise = 0;
  tm: Matrix = [1, 0, 0, 1, 0, 0];
  tlm: Matrix = [1, 0, 0, 1, 0, 0];
  fill = '#000000';
  mode = 0;
  fillSpace: ColorSpace = DEVICE_GRAY;
  /** The space `scn` uses: null until a colour operator sets one (pdf.js's patternFillColorSpace). */
  patternFillSpace: ColorSpace | null = null;

  /** q: everything is copied, the text matrices too (pdf.js saves its whole TextState). */
  clone(): GraphicsState {
    const copy = new GraphicsState();
    copy.ctm = this.ctm;
    copy.font = this.font;
    copy.fontRes = this.fontRes;
    copy.fontSize = this.fontSize;
    copy.charSpacing = this.charSpacing;
    copy.wordSpacing = this.wordSpacing;
    copy.leading = this.leading;
    copy.hScale = this.hScale;
    copy.rise = this.rise;
    setMatrix(copy.tm, this.tm);
    setMatrix(copy.tlm, this.tlm);
    copy.fill = this.fill;
    copy.mode = this.mode;
    copy.fillSpace = this.fillSpace;
    copy.patternFillSpace = this.patternFillSpace;
    return copy;
  }
}

export function multiply(m: Matrix, n: ArrayLike<number>): Matrix {
  return [
    m[0] * n[0]! + m[2] * n[1]!,
    m[1] * n[0]! + m[3] * n[1]!,
    m[0] * n[2]! + m[2] * n[3]!,
    m[1] * n[2]! + m[3] * n[3]!,
    m[0] * n[4]! + m[2] * n[5]! + m[4],
    m[1] * n[4]! + m[3] * n[5]! + m[5],
  ];
}
