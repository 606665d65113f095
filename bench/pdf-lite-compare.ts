/**
 * pdf-lite against pdf.js, file by file: `npx tsx bench/pdf-lite-compare.ts DIR... [--runs N]
 * [--verbose] [--json]`. For every PDF it reports whether pdf-lite fell back to pdf.js (and why),
 * per-page text similarity (span texts joined and whitespace-normalised: 1 when equal, else one
 * minus the edit distance over the longer length), span counts, the mean box difference of
 * matched spans, whether links, fonts, graphics counts and metadata agree, and each backend's
 * median time over N runs (open, read every page, destroy). A total line closes the table.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { TextSpan } from '../src/engine/model/document.js';
import type {
  PdfBackend,
  PdfBackendDocument,
  PdfBackendPage,
} from '../src/engine/extract/pdf-backend.js';
import { pdfjsBackend } from '../src/engine/extract/pdfjs-backend.js';
import { preflightPdf } from '../src/engine/extract/pdf-preflight.js';
import { liteBackend, type LiteBackendDocument } from '../src/engine/extract/pdf-lite/backend.js';
import { createNodePdfAssetLoader } from '../src/node/pdf-assets.js';

const assets = createNodePdfAssetLoader();

interface Read {
  doc: PdfBackendDocument;
  pages: PdfBackendPage[];
  error?: string;
}

async function readAll(backend: PdfBackend, bytes: Uint8Array): Promise<Read | { error: string }> {
  let doc: PdfBackendDocument;
  try {
    doc = await backend.open(new Uint8Array(bytes), { assets });
  } catch (error) {
    return { error: (error as Error).message };
  }
  try {
    const pages: PdfBackendPage[] = [];
    for (let n = 1; n <= doc.pageCount; n++) pages.push(await doc.readPage(n));
    return { doc, pages };
  } catch (error) {
    return { doc, pages: [], error: (error as Error).message };
  } finally {
    await doc.destroy();
  }
}

async function medianTime(backend: PdfBackend, bytes: Uint8Array, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await readAll(backend, bytes);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function pageText(spans: TextSpan[]): string {
  return spans
    .map((span) => span.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = new Uint32Array(b.length + 1).map((_, i) => i);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  // Edit distance is quadratic: estimate very long pages from their first 4000 characters.
  const cut = 4000;
  return 1 - editDistance(a.slice(0, cut), b.slice(0, cut)) / Math.min(longest, cut);
}

/** Mean absolute difference of x, y, width, height over spans paired in order by equal text. */
function boxDelta(expected: TextSpan[], actual: TextSpan[]): { matched: number; delta: number } {
  let j = 0;
  let matched = 0;
  let sum = 0;
  for (const span of expected) {
    let k = j;
    while (k < actual.length && k < j + 20 && actual[k]!.text !== span.text) k++;
    if (k >= actual.length || actual[k]!.text !== span.text) continue;
    const other = actual[k]!;
    sum +=
      (Math.abs(span.box.x - other.box.x) +
        Math.abs(span.box.y - other.box.y) +
        Math.abs(span.box.width - other.box.width) +
        Math.abs(span.box.height - other.box.height)) /
      4;
    matched++;
    j = k + 1;
  }
  return { matched, delta: matched ? sum / matched : 0 };
}

/** JSON with numbers rounded to 1e-3: float noise below that is not a difference. */
function key(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'number' ? Math.round(v * 1000) / 1000 : v,
  );
}

function same(a: unknown, b: unknown): boolean {
  return key(a) === key(b);
}

function fieldDifferences(a: TextSpan | undefined, b: TextSpan | undefined): string {
  if (!a || !b) return `pdf.js ${key(a)} lite ${key(b)}`;
  const names = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof TextSpan>;
  return [...names]
    .filter((name) => !same(a[name], b[name]))
    .map((name) => `${name} pdf.js ${key(a[name])} lite ${key(b[name])}`)
    .join('; ');
}

/** Spans equal in every field (numbers to 1e-3), position by position, and the first difference. */
function spanEquality(expected: TextSpan[], actual: TextSpan[]) {
  let equal = 0;
  let first: string | undefined;
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    if (same(expected[i], actual[i])) equal++;
    else first ??= `span ${i} "${expected[i]?.text}": ${fieldDifferences(expected[i], actual[i])}`;
  }
  return { equal, first };
}

function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

interface Row {
  file: string;
  fellBack: string;
  pages: number;
  textSimilarity: number;
  exactPages: number;
  spans: [number, number];
  /** Spans identical in every field. */
  spansEqual: number;
  boxDelta: number;
  links: boolean;
  fonts: boolean;
  graphics: boolean;
  metadata: boolean;
  pdfjsMs: number;
  liteMs: number;
  differences: string[];
}

function compare(file: string, expected: Read, actual: Read, lite: LiteBackendDocument): Row {
  const differences: string[] = [];
  let similaritySum = 0;
  let exactPages = 0;
  let spansExpected = 0;
  let spansActual = 0;
  let spansEqual = 0;
  let deltaSum = 0;
  let deltaPages = 0;
  let links = true;
  let fonts = true;
  let graphics = true;
  for (let i = 0; i < Math.max(expected.pages.length, actual.pages.length); i++) {
    const a = expected.pages[i];
    const b = actual.pages[i];
    if (!a || !b) {
      differences.push(`page ${i + 1} missing`);
      continue;
    }
    const textA = pageText(a.spans);
    const textB = pageText(b.spans);
    const sim = similarity(textA, textB);
    similaritySum += sim;
    if (sim === 1) exactPages++;
    else
      differences.push(
        `p${i + 1} text ${round(sim)}: pdf.js "${textA.slice(0, 80)}" lite "${textB.slice(0, 80)}"`,
      );
    spansExpected += a.spans.length;
    spansActual += b.spans.length;
    const spanCheck = spanEquality(a.spans, b.spans);
    spansEqual += spanCheck.equal;
    if (spanCheck.first) differences.push(`p${i + 1} ${spanCheck.first}`);
    const delta = boxDelta(a.spans, b.spans);
    if (delta.matched) {
      deltaSum += delta.delta;
      deltaPages++;
    }
    if (!same(a.links, b.links)) {
      links = false;
      differences.push(`p${i + 1} links ${JSON.stringify(a.links)} vs ${JSON.stringify(b.links)}`);
    }
    const fontKey = (page: PdfBackendPage) =>
      [...page.fonts].sort((x, y) => x.name.localeCompare(y.name));
    if (!same(fontKey(a), fontKey(b))) {
      fonts = false;
      differences.push(
        `p${i + 1} fonts ${JSON.stringify(fontKey(a))} vs ${JSON.stringify(fontKey(b))}`,
      );
    }
    const graphicsKey = (page: PdfBackendPage) => [
      page.width,
      page.height,
      page.imageCount,
      round(page.imageCoverage),
      page.vectorOpCount,
      page.formFieldCount,
      page.paintedBoxes,
    ];
    if (!same(graphicsKey(a), graphicsKey(b))) {
      graphics = false;
      differences.push(
        `p${i + 1} graphics ${JSON.stringify(graphicsKey(a))} vs ${JSON.stringify(graphicsKey(b))}`,
      );
    }
  }
  const docKey = (doc: PdfBackendDocument) => [
    doc.pageCount,
    doc.isEncrypted,
    doc.hasXfa,
    doc.metadata,
  ];
  const metadata = same(docKey(expected.doc), docKey(actual.doc));
  if (!metadata)
    differences.push(
      `metadata ${JSON.stringify(docKey(expected.doc))} vs ${JSON.stringify(docKey(actual.doc))}`,
    );
  const pages = Math.max(expected.pages.length, 1);
  const { served } = lite;
  return {
    file,
    fellBack: served.reason === undefined ? '' : `p${served.fallbackPage}: ${served.reason}`,
    pages: expected.pages.length,
    textSimilarity: round(similaritySum / pages, 4),
    exactPages,
    spans: [spansExpected, spansActual],
    spansEqual,
    boxDelta: round(deltaPages ? deltaSum / deltaPages : 0),
    links,
    fonts,
    graphics,
    metadata,
    pdfjsMs: 0,
    liteMs: 0,
    differences,
  };
}

async function listPdfs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path.toLowerCase().endsWith('.pdf')) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path))
      .filter((name) => name.toLowerCase().endsWith('.pdf'))
      .sort();
    files.push(...names.map((name) => join(path, name)));
  }
  return files;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '5' },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) {
    console.error(
      'Usage: npx tsx bench/pdf-lite-compare.ts DIR... [--runs N] [--verbose] [--json]',
    );
    process.exit(2);
  }
  const runs = Math.max(1, Number(values.runs) || 5);
  const rows: Row[] = [];
  for (const file of await listPdfs(positionals)) {
    const bytes = new Uint8Array(await readFile(file));
    try {
      // pdf.ts runs the decompression-bomb check before any backend sees the file.
      preflightPdf(bytes);
    } catch (error) {
      console.log(`${file}: skipped, preflight: ${(error as Error).message}`);
      continue;
    }
    const expected = await readAll(pdfjsBackend, bytes);
    const actual = await readAll(liteBackend, bytes);
    const name = file.split('/').slice(-2).join('/');
    if (!('doc' in expected) || !('doc' in actual)) {
      const a = 'doc' in expected ? 'ok' : expected.error;
      const b = 'doc' in actual ? 'ok' : actual.error;
      if (a !== b) console.log(`${name}: open differs: pdf.js ${a}, lite ${b}`);
      continue;
    }
    const row = compare(name, expected, actual, actual.doc as LiteBackendDocument);
    if (expected.error !== actual.error)
      row.differences.push(`errors: pdf.js ${expected.error} lite ${actual.error}`);
    row.pdfjsMs = round(await medianTime(pdfjsBackend, bytes, runs), 2);
    row.liteMs = round(await medianTime(liteBackend, bytes, runs), 2);
    rows.push(row);
    if (!values.json) {
      const flags = [
        row.links ? '' : 'LINKS',
        row.fonts ? '' : 'FONTS',
        row.graphics ? '' : 'GRAPHICS',
        row.metadata ? '' : 'META',
      ]
        .filter(Boolean)
        .join(',');
      console.log(
        `${name.padEnd(48)} ${row.fellBack ? 'FALLBACK ' + row.fellBack.slice(0, 60) : 'lite'.padEnd(9)} ` +
          `text ${row.textSimilarity.toFixed(4)} (${row.exactPages}/${row.pages} exact) spans ${row.spans[0]}/${row.spans[1]} (${row.spansEqual} equal) ` +
          `Δbox ${row.boxDelta} ${flags} pdf.js ${row.pdfjsMs}ms lite ${row.liteMs}ms`,
      );
      if (values.verbose)
        for (const line of row.differences.slice(0, 12)) console.log(`    ${line}`);
    }
  }
  const served = rows.filter((row) => !row.fellBack);
  const total = {
    files: rows.length,
    servedByLite: served.length,
    fellBack: rows.length - served.length,
    textSimilarityServed: round(
      served.reduce((s, r) => s + r.textSimilarity, 0) / Math.max(1, served.length),
      4,
    ),
    exactDocsServed: served.filter((r) => r.exactPages === r.pages).length,
    spansEqualServed: `${served.reduce((sum, r) => sum + r.spansEqual, 0)}/${served.reduce((sum, r) => sum + r.spans[0], 0)}`,
    linksEqual: rows.filter((r) => r.links).length,
    fontsEqual: rows.filter((r) => r.fonts).length,
    graphicsEqual: rows.filter((r) => r.graphics).length,
    metadataEqual: rows.filter((r) => r.metadata).length,
    medianPdfjsMs: round(median(rows.map((r) => r.pdfjsMs)), 2),
    medianLiteMs: round(median(rows.map((r) => r.liteMs)), 2),
    medianLiteMsServed: round(median(served.map((r) => r.liteMs)), 2),
    fallbackReasons: Object.entries(
      rows
        .filter((r) => r.fellBack)
        .reduce<Record<string, number>>((counts, r) => {
          const reason = r.fellBack.replace(/^p\d+: /, '').replace(/\d+/g, 'N');
          counts[reason] = (counts[reason] ?? 0) + 1;
          return counts;
        }, {}),
    ).sort((a, b) => b[1] - a[1]),
  };
  if (values.json) console.log(JSON.stringify({ rows, total }, null, 2));
  else console.log('TOTAL', JSON.stringify(total, null, 1));
}

await main();
