/**
 * Private-use code points inside words: the font maps letters to code points that mean nothing
 * outside it, so an ATS reads holes or junk in place of letters. Icon glyphs (a phone or mail
 * icon before the text) and bullet glyphs at the start of a line are not counted here: they
 * replace no letters (layout.icons-for-labels and layout.nonstandard-bullets cover them).
 */
import type { Evidence } from '../../model/finding.js';
import type { WarningCheck } from '../types.js';
import { lineEvidence } from './support/evidence.js';

const PRIVATE_USE = /\p{Co}/u;
const PRIVATE_USE_ALL = /\p{Co}/gu;
/** A whole word in private-use glyphs, not one icon. */
const MIN_GLYPHS_FOR_WORD = 3;
/** One stray glyph may be a decoration; this many damage real text. */
const MIN_BROKEN = 3;

/** Private-use glyphs that stand where letters should be in one line of text. */
export function countBrokenGlyphs(text: string): number {
  let broken = 0;
  for (const token of text.split(/\s+/)) {
    if (!PRIVATE_USE.test(token)) continue;
    const glyphs = token.match(PRIVATE_USE_ALL)?.length ?? 0;
    if (glyphs >= MIN_GLYPHS_FOR_WORD) {
      broken += glyphs;
      continue;
    }
    // An icon precedes its text ("\uf0e0mail@x.org"); a glyph after a letter replaced a letter.
    const chars = Array.from(token);
    for (let i = 1; i < chars.length; i++) {
      if (PRIVATE_USE.test(chars[i]!) && /\p{L}/u.test(chars[i - 1]!)) broken++;
    }
  }
  return broken;
}

export const privateUseGlyphs: WarningCheck = {
  id: 'parseability.private-use-glyphs',
  category: 'parseability',
  severity: 'warning',
  weight: 10,
  appliesTo: {},
  codes: ['parseability.private-use-glyphs'],
  run(context) {
    let broken = 0;
    const pages = new Set<number>();
    const evidence: Evidence[] = [];
    for (const line of context.layout.lines) {
      if (!PRIVATE_USE.test(line.text)) continue;
      const count = countBrokenGlyphs(line.text);
      if (count === 0) continue;
      broken += count;
      pages.add(line.page);
      if (evidence.length < 5) evidence.push(lineEvidence(line));
    }
    if (broken < MIN_BROKEN) return [];
    return [
      {
        code: 'parseability.private-use-glyphs',
        params: { count: broken, pages: [...pages].sort((a, b) => a - b).join(', ') },
        evidence,
      },
    ];
  },
};
