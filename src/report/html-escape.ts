/**
 * Escaping by construction: `html` is a tagged template that escapes every interpolated string
 * unless it is already `SafeHtml`. Document text can therefore only reach the page escaped; the
 * renderers never concatenate raw strings into markup.
 */

export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

export type HtmlValue =
  string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// Controls and bidi overrides: invisible in print, and bidi overrides can visually reorder what a
// reader sees (CVE-2021-42574, "Trojan Source"). Tabs and newlines are kept as spaces by HTML.
const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function escapeHtml(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

function renderValue(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(renderValue).join('');
  if (typeof value === 'number') return String(value);
  return escapeHtml(value as string);
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += renderValue(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** For trusted, static markup only (the stylesheet); never for document text. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
