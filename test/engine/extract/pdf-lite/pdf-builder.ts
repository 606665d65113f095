/**
 * Builds small PDF files as bytes for the file-layer tests: numbered object bodies laid out one
 * after another, with a classic xref table or an xref stream (optionally holding objects in an
 * object stream), so offsets are always right unless a test breaks them on purpose.
 */
import { zlibSync } from 'fflate';

export const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

export function concat(parts: (string | Uint8Array)[]): Uint8Array {
  const chunks = parts.map((part) => (typeof part === 'string' ? latin1(part) : part));
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** `<< dict >> stream ... endstream` with a correct /Length. */
export function streamObject(dict: string, data: string | Uint8Array): Uint8Array {
  const body = typeof data === 'string' ? latin1(data) : data;
  return concat([`<< ${dict} /Length ${body.length} >>\nstream\n`, body, '\nendstream']);
}

export function flateStream(dict: string, data: string): Uint8Array {
  return streamObject(`${dict} /Filter /FlateDecode`, zlibSync(latin1(data)));
}

export type Bodies = Record<number, string | Uint8Array>;

function layout(bodies: Bodies, start: Uint8Array) {
  const parts: (string | Uint8Array)[] = [start];
  const offsets = new Map<number, number>();
  let at = start.length;
  for (const [num, body] of Object.entries(bodies)) {
    const chunk = concat([`${num} 0 obj\n`, body, '\nendobj\n']);
    offsets.set(Number(num), at);
    parts.push(chunk);
    at += chunk.length;
  }
  return { parts, offsets, end: at };
}

/** A file with a classic xref table; `trailer` is the trailer dictionary's inner text. */
export function classicPdf(bodies: Bodies, trailer: string, header = '%PDF-1.4\n'): Uint8Array {
  const { parts, offsets, end } = layout(bodies, latin1(header));
  const size = Math.max(...offsets.keys()) + 1;
  let table = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let num = 1; num < size; num++) {
    const offset = offsets.get(num);
    table +=
      offset === undefined
        ? '0000000000 65535 f \n'
        : `${String(offset).padStart(10, '0')} 00000 n \n`;
  }
  return concat([
    ...parts,
    table,
    `trailer\n<< /Size ${size} ${trailer} >>\nstartxref\n${end}\n%%EOF\n`,
  ]);
}

/**
 * A file whose xref is a stream; the objects in `compressed` go into one object stream (number
 * `objStmNum`).
 */
export function xrefStreamPdf(
  bodies: Bodies,
  compressed: Record<number, string>,
  trailer: string,
  objStmNum: number,
): Uint8Array {
  const nums = Object.keys(compressed).map(Number);
  let header = '';
  let data = '';
  for (const num of nums) {
    header += `${num} ${data.length} `;
    data += `${compressed[num]}\n`;
  }
  const all: Bodies = {
    ...bodies,
    [objStmNum]: flateStream(
      `/Type /ObjStm /N ${nums.length} /First ${header.length}`,
      header + data,
    ),
  };
  const { parts, offsets, end } = layout(all, latin1('%PDF-1.5\n'));
  const xrefNum = Math.max(objStmNum, ...nums, ...offsets.keys()) + 1;
  const size = xrefNum + 1;
  const rows: number[] = [];
  for (let num = 0; num < size; num++) {
    const index = nums.indexOf(num);
    if (num === xrefNum) rows.push(1, (end >> 8) & 0xff, end & 0xff, 0);
    else if (offsets.has(num))
      rows.push(1, (offsets.get(num)! >> 8) & 0xff, offsets.get(num)! & 0xff, 0);
    else if (index >= 0) rows.push(2, (objStmNum >> 8) & 0xff, objStmNum & 0xff, index);
    else rows.push(0, 0, 0, 0);
  }
  const xref = concat([
    `${xrefNum} 0 obj\n`,
    streamObject(`/Type /XRef /Size ${size} /W [1 2 1] ${trailer}`, Uint8Array.from(rows)),
    '\nendobj\n',
  ]);
  return concat([...parts, xref, `startxref\n${end}\n%%EOF\n`]);
}

/** One page with a text content stream, the usual three-object skeleton plus a font. */
export function simplePageBodies(content = 'BT /F1 12 Tf 72 720 Td (Hello) Tj ET'): Bodies {
  return {
    1: '<< /Type /Catalog /Pages 2 0 R >>',
    2: '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>',
    3: '<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    4: streamObject('', content),
    5: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  };
}
