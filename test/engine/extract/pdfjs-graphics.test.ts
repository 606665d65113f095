import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { scanOperatorList } from '../../../src/engine/extract/pdfjs-graphics.js';

const IDENTITY: [number, number, number, number, number, number] = [1, 0, 0, 1, 0, 0];

describe('scanOperatorList', () => {
  it("applies a form XObject's matrix, which pdf.js gives as a Float32Array", () => {
    const list = {
      fnArray: [OPS.paintFormXObjectBegin, OPS.paintImageXObject, OPS.paintFormXObjectEnd],
      argsArray: [[new Float32Array([50, 0, 0, 20, 10, 10]), null], ['img1', 1, 1], null],
    };
    const graphics = scanOperatorList(list, IDENTITY, 100 * 100);
    expect(graphics.imageCount).toBe(1);
    expect(graphics.paintedBoxes).toEqual([{ x: 10, y: 10, width: 50, height: 20 }]);
    expect(graphics.imageCoverage).toBeCloseTo(0.1);
  });
});
