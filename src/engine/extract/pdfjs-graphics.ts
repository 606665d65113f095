/**
 * One pass over a pdf.js operator list: counts images and vector paint operations, measures image
 * coverage, records areas painted in a non-white colour, and the fill colour of every text show.
 * Measured on the corpus, this pass adds about a fifth to text extraction; it is also what makes
 * pdf.js export real font names (bold/italic), so it is affordable and always run.
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Box } from '../model/document.js';
import { multiply } from './pdf-lite/graphics-state.js';

type Matrix = [number, number, number, number, number, number];

export interface TextColorRun {
  /** Characters shown by one text operator, whitespace removed. */
  chars: string;
  color: string;
  /** Drawn with text rendering mode 3 or 7 (no fill, no stroke): an OCR layer or hidden text. */
  invisible?: boolean;
}

export interface PageGraphics {
  imageCount: number;
  imageCoverage: number;
  vectorOpCount: number;
  paintedBoxes: Box[];
  textRuns: TextColorRun[];
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** Text rendering modes that paint nothing (PDF 32000-1:2008, 9.3.6): 3 invisible, 7 clip only. */
const INVISIBLE_MODES = new Set([3, 7]);
/** Enough to tell a banner behind white text; more boxes only cost time. */
const MAX_PAINTED_BOXES = 400;
const WHITE = '#ffffff';

const IMAGE_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObjectRepeat,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageMaskXObjectGroup,
]);

/** Axis-aligned box of the rectangle (x0,y0)-(x1,y1) under `m`, in top-left page space. */
function transformRect(m: Matrix, x0: number, y0: number, x1: number, y1: number): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ] as const) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}

/** pdf.js gives plain arrays for `cm` and a Float32Array for a form XObject's matrix. */
function isMatrix(value: unknown): value is Matrix {
  const numbers = value instanceof Float32Array ? Array.from(value) : value;
  return (
    Array.isArray(numbers) && numbers.length === 6 && numbers.every((n) => typeof n === 'number')
  );
}

function glyphText(glyphs: unknown): string {
  if (!Array.isArray(glyphs)) return '';
  let text = '';
  for (const glyph of glyphs) {
    const unicode = (glyph as { unicode?: unknown } | null)?.unicode;
    if (typeof unicode === 'string') text += unicode;
  }
  return text.replace(/\s+/g, '');
}

/**
 * @param viewTransform maps PDF user space to top-left page space (pdf.js viewport transform).
 */
export function scanOperatorList(
  list: OperatorList,
  viewTransform: Matrix,
  pageArea: number,
): PageGraphics {
  const result: PageGraphics = {
    imageCount: 0,
    imageCoverage: 0,
    vectorOpCount: 0,
    paintedBoxes: [],
    textRuns: [],
  };
  let ctm = viewTransform;
  let fill = '#000000';
  let mode = 0;
  const stack: Array<{ ctm: Matrix; fill: string; mode: number }> = [];
  let coveredArea = 0;
  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) {
      stack.push({ ctm, fill, mode });
      const matrix = args?.[0];
      if (fn === OPS.paintFormXObjectBegin && isMatrix(matrix)) ctm = multiply(ctm, matrix);
    } else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) {
      const state = stack.pop();
      if (state) ({ ctm, fill, mode } = state);
    } else if (fn === OPS.transform) {
      if (isMatrix(args)) ctm = multiply(ctm, args);
    } else if (fn === OPS.setFillRGBColor) {
      if (typeof args?.[0] === 'string') fill = args[0].toLowerCase();
    } else if (fn === OPS.setTextRenderingMode) {
      if (typeof args?.[0] === 'number') mode = args[0];
    } else if (fn === OPS.showText) {
      const chars = glyphText(args?.[0]);
      if (chars && INVISIBLE_MODES.has(mode))
        result.textRuns.push({ chars, color: fill, invisible: true });
      else if (chars) result.textRuns.push({ chars, color: fill });
    } else if (fn === OPS.constructPath) {
      result.vectorOpCount++;
      const minMax = args?.[2];
      const paintOp = args?.[0];
      const fills = paintOp === OPS.fill || paintOp === OPS.eoFill || paintOp === OPS.fillStroke;
      if (fills && fill !== WHITE && result.paintedBoxes.length < MAX_PAINTED_BOXES) {
        if (minMax && typeof minMax === 'object' && 'length' in minMax && minMax.length === 4) {
          const [x0, y0, x1, y1] = Array.from(minMax as ArrayLike<number>);
          if ([x0, y0, x1, y1].every(Number.isFinite)) {
            result.paintedBoxes.push(transformRect(ctm, x0!, y0!, x1!, y1!));
          }
        }
      }
    } else if (IMAGE_OPS.has(fn ?? -1)) {
      result.imageCount++;
      // Images are drawn into the unit square of the current transform.
      const box = transformRect(ctm, 0, 0, 1, 1);
      coveredArea += box.width * box.height;
      if (result.paintedBoxes.length < MAX_PAINTED_BOXES) result.paintedBoxes.push(box);
    }
  }
  result.imageCoverage = pageArea > 0 ? Math.min(1, coveredArea / pageArea) : 0;
  return result;
}
