/**
 * Splits entry header lines into pieces (title, organisation, location). Fields are separated
 * by pipes, bullets, spaced dashes and wide gaps ("Title — Org, City"); inside a field, commas
 * separate pieces when a cue word says the field is a list ("Ingeniero, Banco Meridiano,
 * Madrid"), "at"/"bei"/"chez" joins a title to its employer, and CJK fields split at spaces
 * ("北京示例科技有限公司 高级后端工程师").
 */
import { collapseWhitespace } from '../layout/whitespace.js';
import type { EntryLine } from './entry-groups.js';
import { isLocation, isOrgSuffix, isPlaceName, orgScore, TITLE_RE } from './entry-fields.js';
import { hasCjk, splitFields } from './text.js';

export interface EntryPieces {
  pieces: string[];
  location: string | null;
  /** Index into `pieces` of the header's leading bold run, an entry-title signal. */
  boldIndex: number;
}

const AT_RE = /\s(?:at|@|bei|chez|en|na|в)\s(?=[\p{Lu}\p{N}«"“])/u;
/** "Lyon", "TX": the tail of "Org, City" that is a place rather than a second name. */
const STATE_RE = /^[A-Z]{2}$/u;

/** Header texts split into pieces, with a location piece (or trailing location) set aside. */
export function splitPieces(header: readonly EntryLine[]): EntryPieces {
  const pieces: string[] = [];
  let location: string | null = null;
  let locationSource: string | null = null;
  let boldIndex = -1;
  let afterDates = false;
  for (const el of header) {
    const bold = el.line.boldPrefix?.trim();
    const fields = splitFields(el.rest).map(collapseWhitespace);
    // A line under the dates that is only "Seattle, Washington, United States" is a location
    // line, whole (LinkedIn exports); above them "Acme Labs, Berlin, DE" names the employer.
    const only = fields.length === 1 && afterDates ? (fields[0] ?? '') : '';
    afterDates ||= el.date !== null;
    if (!location && isLocation(only)) {
      location = only;
      continue;
    }
    for (const field of fields) {
      const split = splitField(field);
      if (!location && split.location) location = split.location;
      for (const part of split.parts) {
        if (!location && isLocation(part)) {
          location = part;
          locationSource = part;
        } else if (part.length > 0) {
          if (bold && boldIndex < 0 && bold.startsWith(part)) boldIndex = pieces.length;
          pieces.push(part);
        }
      }
    }
  }
  // "Title — Maison Lumière, Lyon": with no other organisation, a two-part place-like piece whose
  // tail is no state code is the employer and its city.
  if (locationSource && pieces.length === 1) {
    const comma = locationSource.lastIndexOf(', ');
    const tail = locationSource.slice(comma + 2);
    if (comma > 0 && !locationSource.slice(0, comma).includes(',') && !STATE_RE.test(tail)) {
      pieces.push(locationSource.slice(0, comma));
      location = tail;
    }
  }
  return { pieces, location, boldIndex };
}

interface FieldSplit {
  parts: string[];
  location: string | null;
}

function splitField(field: string): FieldSplit {
  if (hasCjk(field) && !/[\p{Script=Latin},，、]/u.test(field) && field.includes(' '))
    return { parts: field.split(' '), location: null };
  const parts = splitCommas(field);
  if (parts.length < 2) return { parts: splitAt(field), location: null };
  // "Acme, Austin, TX", "Alpen Logistik GmbH, Rosenheim": a trailing place is the location. After
  // a title ("Ingeniero, Telecomunicaciones Ibéricas, Barcelona") the next part is the employer.
  const first = TITLE_RE.test(parts[0] ?? '') && parts.length >= 3 ? 2 : 1;
  for (let i = first; i < parts.length; i += 1) {
    const tail = parts.slice(i).join(', ');
    const isPlace = isLocation(tail) || (i === parts.length - 1 && isPlaceAfterOrg(parts, tail));
    if (isPlace) return { parts: splitList(parts.slice(0, i)), location: tail };
  }
  return { parts: splitList(parts), location: null };
}

/**
 * "Groupe Rhône Média, Lyon", "Ingeniero, Telecomunicaciones Ibéricas, Barcelona": a place name
 * after an organisation cue, or after a title and its employer.
 */
function isPlaceAfterOrg(parts: string[], tail: string): boolean {
  const head = parts.slice(0, -1);
  const hasEmployer =
    head.some((p) => orgScore(p) > 0) || (head.length >= 2 && TITLE_RE.test(head[0] ?? ''));
  return hasEmployer && isPlaceName(tail);
}

/** Commas separate pieces when cue words show a list ("Ingeniero, Banco Meridiano"). */
function splitList(parts: string[]): string[] {
  const [first = '', ...others] = parts;
  const isList = others.length > 0 && (TITLE_RE.test(first) || others.some((p) => orgScore(p) > 0));
  return isList ? parts.flatMap(splitAt) : splitAt(parts.join(', '));
}

/** "Engineer at Google", "Ingeniero en Banco X": the employer after the word is capitalised. */
function splitAt(field: string): string[] {
  const at = AT_RE.exec(field);
  if (at && TITLE_RE.test(field.slice(0, at.index))) {
    return [field.slice(0, at.index).trim(), field.slice(at.index + at[0].length).trim()];
  }
  return [field];
}

/**
 * Comma-separated parts outside brackets; a part that is only a company suffix ("Co., Ltd.",
 * ", Inc.") stays with the name before it.
 */
function splitCommas(field: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < field.length; i += 1) {
    const ch = field[i];
    if (ch === '(' || ch === '[' || ch === '«') depth += 1;
    else if ((ch === ')' || ch === ']' || ch === '»') && depth > 0) depth -= 1;
    else if (ch === ',' && depth === 0 && field[i + 1] === ' ') {
      parts.push(field.slice(start, i).trim());
      start = i + 2;
    }
  }
  parts.push(field.slice(start).trim());
  const merged: string[] = [];
  for (const part of parts) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && isOrgSuffix(part))
      merged[merged.length - 1] = `${previous}, ${part}`;
    else merged.push(part);
  }
  return merged.filter((p) => p.length > 0);
}
