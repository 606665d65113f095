/**
 * What a font reports about itself, as pdf.js's translateFont and Font constructor decide it: the
 * name (the descriptor's FontName unless the dictionary's BaseFont is the better one), whether a
 * program is loaded (embedded, or one of pdf.js's bundled standard fonts), the style pdf.js guesses
 * for substituted fonts, and the ascent/descent its text content reports.
 */
import { latin1 } from '../lexer.js';
import {
  PdfStream,
  PdfUnsupported,
  isBytes,
  isDict,
  type PdfDict,
  type PdfResolver,
  type PdfValue,
} from '../objects.js';
import { STANDARD_FONT_VMETRICS } from './font-names.js';
import { readSfntMetrics, sniffFontFile, type FontFileKind } from './font-file.js';
import { FontProgram } from './font-program.js';
import {
  isKnownFontName,
  normalizeFontName,
  standardFontName,
  substituteFontName,
} from './standard-fonts.js';

/** hhea ascent/descent over unitsPerEm of pdfjs-dist's LiberationSans-*.ttf (all four styles). */
const LIBERATION_SANS_ASCENT = 1854 / 2048;
const LIBERATION_SANS_DESCENT = -434 / 2048;

export const FLAG_FIXED_PITCH = 1;
export const FLAG_SERIF = 2;
export const FLAG_SYMBOLIC = 4;
export const FLAG_NONSYMBOLIC = 32;

export interface FontFace {
  /** The name pdf.js's Font reports. */
  name: string;
  descriptor: PdfDict | undefined;
  /** Descriptor /Flags (0 without a descriptor: the caller simulates them). */
  flags: number;
  /** The embedded program's stream, if any. */
  file: PdfStream | undefined;
  /** Not embedded, but one of the standard 14 fonts pdf.js loads from its own data. */
  isInternal: boolean;
  /** Neither: pdf.js substitutes a system font and guesses the style from the name. */
  missingFile: boolean;
  bold: boolean;
  italic: boolean;
  ascent: number;
  descent: number;
  /** The embedded program, decoded as far as it is read. */
  program(): FontProgram;
  /** The program's kind as pdf.js detects it from its bytes. */
  kind(): FontFileKind;
}

function nameOf(value: PdfValue): string | undefined {
  if (typeof value === 'string') return value;
  if (isBytes(value)) return latin1(value, 0, value.length);
  return undefined;
}

function numberOr(value: PdfValue, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

/** pdf.js keeps the descriptor's FontName unless the BaseFont is evidently the better name. */
function chooseName(fontName: string | undefined, baseFont: string | undefined): string {
  let name = fontName;
  if (fontName !== baseFont) {
    if (
      fontName &&
      baseFont &&
      (baseFont.startsWith(fontName) || (!isKnownFontName(fontName) && isKnownFontName(baseFont)))
    ) {
      name = undefined;
    }
    name ||= baseFont;
  }
  if (!name) throw new PdfUnsupported('font without a name');
  return name;
}

interface FontFileEntry {
  stream: PdfStream;
  /** The kind its key and subtype declare, when they make sniffing unnecessary. */
  declared: FontFileKind | undefined;
}

/**
 * The embedded program. FontFile (Type1) and FontFile3 Type1C/CIDFontType0C are taken at their
 * word, which spares decoding them; TrueType and OpenType programs are read for their metrics
 * anyway, so they are sniffed like pdf.js does.
 */
function fontFileOf(resolver: PdfResolver, descriptor: PdfDict): FontFileEntry | undefined {
  const key = descriptor.has('FontFile')
    ? 'FontFile'
    : descriptor.has('FontFile2')
      ? 'FontFile2'
      : 'FontFile3';
  const stream = resolver.resolve(descriptor.get(key));
  if (!(stream instanceof PdfStream) || stream.raw.length === 0) return undefined;
  let declared: FontFileKind | undefined;
  if (key === 'FontFile') declared = 'type1';
  else if (key === 'FontFile3') {
    const subtype = resolver.resolve(stream.dict.get('Subtype'));
    if (subtype === 'Type1C' || subtype === 'CIDFontType0C') declared = 'cff';
  }
  return { stream, declared };
}

/**
 * @param dict the font dictionary (the descendant CIDFont for Type0 fonts)
 */
export function readFontFace(resolver: PdfResolver, dict: PdfDict, composite: boolean): FontFace {
  const rawDescriptor = resolver.resolve(dict.get('FontDescriptor'));
  const descriptor = isDict(rawDescriptor) ? rawDescriptor : undefined;
  if (rawDescriptor !== null && !descriptor) throw new PdfUnsupported('bad FontDescriptor');
  const rawBaseFont = resolver.resolve(dict.get('BaseFont'));
  const baseFont = nameOf(rawBaseFont);
  let name: string;
  let entry: FontFileEntry | undefined;
  let flags = 0;
  let ascent = NaN;
  let descent = NaN;
  if (!descriptor) {
    if (typeof rawBaseFont !== 'string') throw new PdfUnsupported('font without BaseFont');
    name = normalizeFontName(rawBaseFont);
  } else {
    name = chooseName(nameOf(resolver.resolve(descriptor.get('FontName'))), baseFont);
    entry = fontFileOf(resolver, descriptor);
    const rawFlags = resolver.resolve(descriptor.get('Flags'));
    flags = typeof rawFlags === 'number' && Number.isInteger(rawFlags) ? rawFlags : 0;
    ascent = numberOr(resolver.resolve(descriptor.get('Ascent')), NaN) / 1000;
    descent = numberOr(resolver.resolve(descriptor.get('Descent')), NaN) / 1000;
  }
  const file = entry?.stream;
  const standard = file ? undefined : standardFontName(name);
  const isInternal = standard !== undefined;
  const missingFile = !file && !isInternal;
  if (standard?.startsWith('Helvetica')) {
    // pdf.js's Helvetica is Liberation Sans (TrueType): its hhea metrics replace the descriptor's.
    ascent = LIBERATION_SANS_ASCENT;
    descent = LIBERATION_SANS_DESCENT;
  }
  let bold = false;
  let italic = false;
  if (missingFile) {
    const substitute = substituteFontName(name);
    const metrics = Object.hasOwn(STANDARD_FONT_VMETRICS, substitute)
      ? STANDARD_FONT_VMETRICS[substitute]
      : undefined;
    if (metrics) {
      if (Number.isNaN(ascent)) ascent = metrics[0] / 1000;
      if (Number.isNaN(descent)) descent = metrics[1] / 1000;
    }
    bold = /bold/i.test(substitute) || /Black/.test(name);
    italic = /oblique|italic/i.test(substitute);
  }
  let program: FontProgram | undefined;
  let kind: FontFileKind | undefined;
  const face: FontFace = {
    name,
    descriptor,
    flags,
    file,
    isInternal,
    missingFile,
    bold,
    italic,
    ascent,
    descent,
    program() {
      if (!file) throw new PdfUnsupported('font has no program');
      program ??= new FontProgram(resolver, file);
      return program;
    },
    kind() {
      if (!file) return 'unknown';
      kind ??= entry?.declared ?? sniffFontFile(face.program().prefix(4));
      return kind;
    },
  };
  if (file && !entry!.declared) {
    const sniffed = face.kind();
    if (sniffed === 'unknown') throw new PdfUnsupported('unrecognised font program');
    if (sniffed !== 'type1' && sniffed !== 'cff') {
      const metrics = readSfntMetrics(face.program(), sniffed, composite);
      if (metrics) {
        face.ascent = metrics.ascent;
        face.descent = metrics.descent;
      }
    }
  }
  return face;
}
