/** Helpers for reading finding params inside message templates. */
import type { FindingParams } from '../model/finding.js';

export function text(params: FindingParams, key: string, fallback = ''): string {
  const value = params[key];
  if (value === undefined) return fallback;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export function count(params: FindingParams, key: string): number {
  const value = params[key];
  return typeof value === 'number' ? value : Number(value ?? 0) || 0;
}

/** "1 page" / "3 pages". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Quoted list of up to `max` items: "a", "b" and 3 more. */
export function quoteList(params: FindingParams, key: string, max = 3): string {
  const value = params[key];
  const items = Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
  const shown = items.slice(0, max).map((item) => `“${item}”`);
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
