/** Whitespace normalisation shared by layout, parsing and the checks. */

/** Whitespace other than a lone space, or a space followed by more whitespace. */
const COLLAPSIBLE_RE = /[^\S ]| \s/;

/**
 * `text.replace(/\s+/g, ' ')`. Most lines are already single-spaced, and testing for the rare
 * exception is several times cheaper than replacing every space with itself.
 */
export function collapseWhitespace(text: string): string {
  return COLLAPSIBLE_RE.test(text) ? text.replace(/\s+/g, ' ') : text;
}
