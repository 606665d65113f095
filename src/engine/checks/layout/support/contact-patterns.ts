/** Cheap patterns for "this line carries a contact detail", shared by the layout checks. */
import type { Line } from '../../../model/layout.js';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** Seven or more digits with the usual separators: a phone number, not a year or a date range. */
const PHONE = /(?:\+|\()?\d(?:[\d\s().\-/]{5,}\d)/;
const URL = /\b(?:https?:\/\/|www\.)\S+|\b(?:linkedin\.com|github\.com)\/\S+/i;

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

export function hasEmail(text: string): boolean {
  // The pattern would otherwise try every word of every line as an address's local part.
  return text.includes('@') && EMAIL.test(text);
}

export function hasPhone(text: string): boolean {
  const match = PHONE.exec(text);
  return match !== null && digitCount(match[0]) >= 7;
}

export function hasContactDetail(line: Line): boolean {
  return (
    hasEmail(line.text) ||
    hasPhone(line.text) ||
    URL.test(line.text) ||
    line.links.some((link) => /^(?:mailto|tel):/i.test(link))
  );
}
