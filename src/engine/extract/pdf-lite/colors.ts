/**
 * Colour spaces (PDF 32000-1:2008, 8.6) reduced to what text extraction needs: the fill colour as
 * '#rrggbb', computed the way pdf.js's evaluator does (with its ICC support off, as our pdf.js
 * backend runs it), because downstream checks compare against white exactly.
 *
 * - ICCBased reads as its Alternate (when its component count matches) or by N as Gray/RGB/CMYK.
 * - Separation and DeviceN evaluate the tint transform into the alternate space.
 * - CalGray, CalRGB and Lab throw `PdfUnsupported`: none of the test documents use them, and pdf.js
 *   converts them with colorimetric formulas not worth duplicating here.
 */
import { parseFunction, type PdfFunction } from './functions.js';
import {
  isBytes,
  isDict,
  isName,
  PdfStream,
  PdfUnsupported,
  type PdfDict,
  type PdfResolver,
  type PdfValue,
} from './objects.js';

export interface ColorSpace {
  readonly name: string;
  readonly numComps: number;
  /** Components in 0..1 (or the tint domain) -> RGB bytes. */
  rgb(src: ArrayLike<number>, offset: number, out: Uint8ClampedArray): void;
  /** 8-bit components (an Indexed lookup table) -> RGB bytes. */
  rgb8(src: ArrayLike<number>, offset: number, out: Uint8ClampedArray): void;
  /** Pattern spaces only: the underlying space of uncoloured patterns. */
  readonly base?: ColorSpace | null;
}

const HEX = Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, '0'));
const RGB_BUFFER = new Uint8ClampedArray(3);

export function toHex(space: ColorSpace, src: ArrayLike<number>): string {
  space.rgb(src, 0, RGB_BUFFER);
  return `#${HEX[RGB_BUFFER[0]!]}${HEX[RGB_BUFFER[1]!]}${HEX[RGB_BUFFER[2]!]}`;
}

export const DEVICE_GRAY: ColorSpace = {
  name: 'DeviceGray',
  numComps: 1,
  rgb(src, offset, out) {
    const c = src[offset]! * 255;
    out[0] = out[1] = out[2] = c;
  },
  rgb8(src, offset, out) {
    out[0] = out[1] = out[2] = src[offset]!;
  },
};

export const DEVICE_RGB: ColorSpace = {
  name: 'DeviceRGB',
  numComps: 3,
  rgb(src, offset, out) {
    out[0] = src[offset]! * 255;
    out[1] = src[offset + 1]! * 255;
    out[2] = src[offset + 2]! * 255;
  },
  rgb8(src, offset, out) {
    out[0] = src[offset]!;
    out[1] = src[offset + 1]!;
    out[2] = src[offset + 2]!;
  },
};

/**
 * CMYK -> RGB by the polynomial fit pdf.js uses for DeviceCMYK without an ICC profile. The
 * coefficients are data taken from pdf.js (src/core/colorspace.js, Apache-2.0), so near-white
 * CMYK text gets exactly the colour the pdf.js backend reports.
 */
function cmykToRgb(
  src: ArrayLike<number>,
  offset: number,
  scale: number,
  out: Uint8ClampedArray,
): void {
  const c = src[offset]! * scale;
  const m = src[offset + 1]! * scale;
  const y = src[offset + 2]! * scale;
  const k = src[offset + 3]! * scale;
  out[0] =
    255 +
    c *
      (-4.387332384609988 * c +
        54.48615194189176 * m +
        18.82290502165302 * y +
        212.25662451639585 * k +
        -285.2331026137004) +
    m *
      (1.7149763477362134 * m -
        5.6096736904047315 * y +
        -17.873870861415444 * k -
        5.497006427196366) +
    y * (-2.5217340131683033 * y - 21.248923337353073 * k + 17.5119270841813) +
    k * (-21.86122147463605 * k - 189.48180835922747);
  out[1] =
    255 +
    c *
      (8.841041422036149 * c +
        60.118027045597366 * m +
        6.871425592049007 * y +
        31.159100130055922 * k +
        -79.2970844816548) +
    m *
      (-15.310361306967817 * m +
        17.575251261109482 * y +
        131.35250912493976 * k -
        190.9453302588951) +
    y * (4.444339102852739 * y + 9.8632861493405 * k - 24.86741582555878) +
    k * (-20.737325471181034 * k - 187.80453709719578);
  out[2] =
    255 +
    c *
      (0.8842522430003296 * c +
        8.078677503112928 * m +
        30.89978309703729 * y -
        0.23883238689178934 * k +
        -14.183576799673286) +
    m *
      (10.49593273432072 * m +
        63.02378494754052 * y +
        50.606957656360734 * k -
        112.23884253719248) +
    y * (0.03296041114873217 * y + 115.60384449646641 * k + -193.58209356861505) +
    k * (-22.33816807309886 * k - 180.12613974708367);
}

export const DEVICE_CMYK: ColorSpace = {
  name: 'DeviceCMYK',
  numComps: 4,
  rgb(src, offset, out) {
    cmykToRgb(src, offset, 1, out);
  },
  rgb8(src, offset, out) {
    cmykToRgb(src, offset, 1 / 255, out);
  },
};

function pattern(base: ColorSpace | null): ColorSpace {
  return {
    name: 'Pattern',
    numComps: 0,
    base,
    rgb() {
      throw new PdfUnsupported('pattern colour space has no colour');
    },
    rgb8() {
      throw new PdfUnsupported('pattern colour space has no colour');
    },
  };
}

function alternate(numComps: number, base: ColorSpace, tint: PdfFunction): ColorSpace {
  const tinted = new Float32Array(base.numComps);
  const scaled = new Float32Array(numComps);
  const bytes = new Uint8ClampedArray(base.numComps);
  return {
    name: 'Alternate',
    numComps,
    rgb(src, offset, out) {
      tint(src, offset, tinted, 0);
      base.rgb(tinted, 0, out);
    },
    rgb8(src, offset, out) {
      for (let j = 0; j < numComps; j++) scaled[j] = src[offset + j]! * (1 / 255);
      tint(scaled, 0, tinted, 0);
      for (let j = 0; j < base.numComps; j++) bytes[j] = tinted[j]! * 255;
      base.rgb8(bytes, 0, out);
    },
  };
}

function indexed(base: ColorSpace, highVal: number, lookup: Uint8Array): ColorSpace {
  const table = new Uint8Array(base.numComps * (highVal + 1));
  table.set(lookup.subarray(0, table.length));
  return {
    name: 'Indexed',
    numComps: 1,
    rgb(src, offset, out) {
      const index = Math.min(Math.max(Math.round(src[offset]!), 0), highVal);
      base.rgb8(table, index * base.numComps, out);
    },
    rgb8(src, offset, out) {
      this.rgb(src, offset, out);
    },
  };
}

const MAX_DEPTH = 4;

export class ColorSpaces {
  private readonly cache = new Map<unknown, ColorSpace>();

  constructor(private readonly resolver: PdfResolver) {}

  /** The colour space a `cs`/`CS` operand names, looked up in `resources` when not a device name. */
  parse(value: PdfValue, resources: PdfDict): ColorSpace {
    return this.sub(value, resources, 0);
  }

  private named(name: string, resources: PdfDict, depth: number): ColorSpace {
    const device = this.deviceSpace(name);
    if (device) return device;
    const spaces = this.resolver.resolve(resources.get('ColorSpace'));
    const entry = isDict(spaces) ? spaces.get(name) : undefined;
    if (entry === undefined) return DEVICE_GRAY;
    return this.sub(entry, resources, depth);
  }

  private deviceSpace(name: string): ColorSpace | null {
    switch (name) {
      case 'G':
      case 'DeviceGray':
        return DEVICE_GRAY;
      case 'RGB':
      case 'DeviceRGB':
        return DEVICE_RGB;
      case 'CMYK':
      case 'DeviceCMYK':
        return DEVICE_CMYK;
      case 'Pattern':
        return pattern(null);
      default:
        return null;
    }
  }

  private sub(value: PdfValue | undefined, resources: PdfDict, depth: number): ColorSpace {
    if (depth > MAX_DEPTH) throw new PdfUnsupported('colour spaces nested too deeply');
    const resolved = this.resolver.resolve(value);
    if (isName(resolved)) return this.named(resolved, resources, depth + 1);
    if (!Array.isArray(resolved)) return DEVICE_GRAY;
    let space = this.cache.get(resolved);
    if (!space) {
      space = this.build(resolved, resources, depth + 1);
      this.cache.set(resolved, space);
    }
    return space;
  }

  private build(value: PdfValue[], resources: PdfDict, depth: number): ColorSpace {
    const family = this.resolver.resolve(value[0]);
    // [/DeviceRGB] reads as /DeviceRGB; [/Pattern base] carries its base, handled below.
    const device = isName(family) && family !== 'Pattern' ? this.deviceSpace(family) : null;
    if (device) return device;
    switch (family) {
      case 'ICCBased': {
        const stream = this.resolver.resolve(value[1]);
        if (!(stream instanceof PdfStream)) throw new PdfUnsupported('ICCBased without a stream');
        const n = this.resolver.resolve(stream.dict.get('N'));
        const alt = stream.dict.get('Alternate');
        if (alt !== undefined) {
          const space = this.sub(alt, resources, depth);
          if (space.numComps === n) return space;
        }
        if (n === 1) return DEVICE_GRAY;
        if (n === 3) return DEVICE_RGB;
        if (n === 4) return DEVICE_CMYK;
        return DEVICE_GRAY;
      }
      case 'Pattern':
        return pattern(value[1] === undefined ? null : this.sub(value[1], resources, depth));
      case 'I':
      case 'Indexed': {
        const base = this.sub(value[1], resources, depth);
        const high = this.resolver.resolve(value[2]);
        const lookup = this.resolver.resolve(value[3]);
        const bytes = isBytes(lookup)
          ? lookup
          : lookup instanceof PdfStream
            ? this.resolver.decode(lookup)
            : null;
        if (typeof high !== 'number' || !bytes || base.numComps < 1)
          throw new PdfUnsupported('malformed Indexed colour space');
        return indexed(base, Math.min(Math.max(Math.trunc(high), 0), 255), bytes);
      }
      case 'Separation':
      case 'DeviceN': {
        const names = this.resolver.resolve(value[1]);
        const base = this.sub(value[2], resources, depth);
        if (base.name === 'Pattern' || base.name === 'Indexed')
          throw new PdfUnsupported('unsupported alternate colour space');
        const fn = this.resolver.resolve(value[3]);
        // pdf.js cannot parse an array of functions here and falls back to gray.
        if (Array.isArray(fn)) return DEVICE_GRAY;
        const tint = parseFunction(this.resolver, fn);
        return alternate(Array.isArray(names) ? names.length : 1, base, tint);
      }
      case 'CalGray':
      case 'CalRGB':
      case 'Lab':
        throw new PdfUnsupported(`${family} colour space`);
      default:
        return DEVICE_GRAY;
    }
  }
}
