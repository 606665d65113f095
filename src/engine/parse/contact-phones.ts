/**
 * Phone numbers: candidates by a bounded regex, then libphonenumber-js. The `min` metadata is
 * used (about half the size of `max` in the browser bundle): it validates by country and length,
 * which is what separates a phone from an ID or a year range here; the full per-type patterns of
 * `max` would only reject real but unusual numbers, which we keep as printed anyway.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { countLetters } from './char-scan.js';

export interface PhoneHit {
  /** E.164 when valid, else as printed. */
  phone: string;
  raw: string;
  /** Digits only, for de-duplication. */
  key: string;
}

export interface PhoneScanOptions {
  defaultCountry: CountryCode;
  /** True for the contact block, where an unlabelled unusual number is still the candidate's. */
  isContactRegion: boolean;
  /** Validations already done for this document: the same number recurs (text, link, footer). */
  validated?: PhoneValidations;
}

/** Validated E.164 form (or null) by the text validated and its default country. */
export type PhoneValidations = Map<string, string | null>;

/** Bounded repetition keeps this linear; "x" digits cover anonymised numbers ("87xxx"). */
const CANDIDATE_RE = /(?:\(?\+|\b00)?\(?\d[\d\s().\-/]{5,22}\d(?:[xX]{1,5}\b)?/g;
const LABEL_RE =
  /(?:phone|tel|mobile|mob|cell|fon|telefon|handy|mobil|portable|teléfono|telefono|móvil|movil|celular|telemóvel|whatsapp|fax|电话|手机|電話|携帯|телефон|тел|моб)/iu;
const ID_BEFORE_RE = /(?:isbn|issn|doi|orcid|\bid|iban|bic|swift|plz|zip|ssn|matr\w*|nr)\W{0,3}$/i;
const YEAR_RE = /^(?:19|20)\d{2}$/;

const MAX_CANDIDATES_PER_LINE = 6;

const LANGUAGE_COUNTRY: Record<string, CountryCode> = {
  en: 'US',
  de: 'DE',
  fr: 'FR',
  es: 'ES',
  pt: 'BR',
  zh: 'CN',
  ja: 'JP',
  ru: 'RU',
  it: 'IT',
  nl: 'NL',
};

/** English resumes come from many countries; trunk-prefixed numbers ("07700 …") are not US. */
const EN_FALLBACK: CountryCode[] = ['GB', 'IN', 'AU', 'IE'];

export function countryForLanguage(language: string): CountryCode {
  return LANGUAGE_COUNTRY[language] ?? 'US';
}

export function findPhones(text: string, options: PhoneScanOptions): PhoneHit[] {
  const hits: PhoneHit[] = [];
  let seen = 0;
  let labelled = false;
  let scan = options;
  for (const m of text.matchAll(CANDIDATE_RE)) {
    // Most lines hold no candidate: look for a label and count digits only once one appears.
    if (seen === 0) {
      labelled = LABEL_RE.test(text);
      // A line made almost only of numbers, icons and separators is a contact line wherever it
      // sits (templates repeat contact details at the page foot).
      scan = { ...options, isContactRegion: options.isContactRegion || isPhoneDominated(text) };
    }
    // Validation costs tens of microseconds; a line with dozens of number runs is a table of
    // figures, not contact details, so stop early rather than stall on hostile input.
    if ((seen += 1) > MAX_CANDIDATES_PER_LINE) break;
    const raw = trimUnbalanced(m[0].trim().replace(/[\s(]+$/, ''));
    const hit = toPhone(
      raw,
      text.slice(0, m.index),
      text.slice(m.index + m[0].length),
      scan,
      labelled,
    );
    if (hit) hits.push(hit);
  }
  return hits;
}

/** A tel: link target is a phone by construction; validate it only to normalise. */
export function phoneFromTelLink(
  target: string,
  defaultCountry: CountryCode,
  validated?: PhoneValidations,
): PhoneHit | null {
  const raw = decodeURIComponent(target.replace(/^tel:/i, '')).trim();
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 5) return null;
  const parsed = parse(raw, defaultCountry, validated);
  return { phone: parsed ?? raw, raw, key: keyOf(parsed ?? raw) };
}

function toPhone(
  raw: string,
  before: string,
  after: string,
  options: PhoneScanOptions,
  labelled: boolean,
): PhoneHit | null {
  const digits = raw.replace(/[^\dxX]/g, '');
  if (digits.length < 7 || digits.length > 15 || ID_BEFORE_RE.test(before)) return null;
  const groups = raw.split(/[^\d]+/).filter(Boolean);
  // Date ranges and lists of years ("2018 - 2020", "03/2018 – 06/2020") are not phones.
  if (groups.some((g) => YEAR_RE.test(g)) && groups.every((g) => YEAR_RE.test(g) || g.length <= 2))
    return null;
  if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(raw)) return null;
  const international = /^\(?(?:\+|00)/.test(raw);
  // "52 - 11111 Ort": a street number and a postcode before the city name.
  if (!international && /\d{4,5}$/.test(raw) && /^\s+\p{Lu}\p{Ll}/u.test(after) && !labelled)
    return null;
  // An unlabelled local number outside the contact region is never kept: skip validating it.
  if (!options.isContactRegion && !labelled && !international) return null;
  const parsed = parse(raw, options.defaultCountry, options.validated);
  if (parsed) return { phone: parsed, raw, key: keyOf(parsed) };
  const plausible = international || labelled || (digits.length >= 9 && /[\s().-]/.test(raw));
  if (options.isContactRegion && plausible) return { phone: raw, raw, key: keyOf(raw) };
  return null;
}

/** Validation costs tens of microseconds: each distinct number is validated once per document. */
function parse(
  raw: string,
  defaultCountry: CountryCode,
  validated: PhoneValidations = new Map(),
): string | null {
  const key = `${defaultCountry} ${raw}`;
  let result = validated.get(key);
  if (result === undefined) {
    result = validate(raw, defaultCountry);
    validated.set(key, result);
  }
  return result;
}

function validate(raw: string, defaultCountry: CountryCode): string | null {
  const text = raw
    .replace(/^\(\+(\d{1,3})\)/, '+$1')
    .replace(/^00(?=[1-9])/, '+')
    .replace(/\(0\)/, '');
  const countries = defaultCountry === 'US' && /^\(?0/.test(text) ? EN_FALLBACK : [defaultCountry];
  for (const country of countries) {
    const phone = parsePhoneNumberFromString(text, country);
    if (phone?.isValid()) return phone.number;
  }
  return null;
}

function isPhoneDominated(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits += 1;
  }
  return digits >= 7 && countLetters(text) <= 4;
}

function trimUnbalanced(raw: string): string {
  return raw.startsWith('(') && !raw.includes(')') ? raw.slice(1) : raw;
}

function keyOf(phone: string): string {
  return phone.replace(/[^\dxX]/g, '').replace(/^0+/, '');
}
