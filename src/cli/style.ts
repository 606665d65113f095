/** ANSI styling that switches off entirely when colour is not wanted. */

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) =>
  `\u001b[${open}m${text}\u001b[${close}m`;

const COLOURED: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  green: wrap(32, 39),
  cyan: wrap(36, 39),
};

const identity = (text: string) => text;

const PLAIN: Style = {
  bold: identity,
  dim: identity,
  red: identity,
  yellow: identity,
  green: identity,
  cyan: identity,
};

export function createStyle(options: { isColor: boolean }): Style {
  return options.isColor ? COLOURED : PLAIN;
}

/** https://no-color.org: any non-empty NO_COLOR disables colour. */
export function shouldUseColor(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

// C0/C1 controls (incl. ESC) and bidi overrides: document text must not drive the terminal or
// visually reorder what it prints (see CVE-2021-42574 "Trojan Source" for the bidi case).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Makes untrusted document text safe to print: no escape sequences, one line. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}
