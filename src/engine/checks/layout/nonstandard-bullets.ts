/**
 * Bullets drawn with decorative glyphs (➢ ✓ ★ ◆, icon-font symbols). ATS turn them into "?",
 * boxes or stray letters ("Ø", "ü" from Wingdings), which end up in the bullet text. Icon glyphs
 * in front of contact details are icons-for-labels' business, not bullets.
 */
import type { TipCheck } from '../types.js';
import { lineEvidence } from '../parseability/support/evidence.js';
import { hasContactDetail } from './support/contact-patterns.js';
import { STANDARD_BULLET } from './support/glyphs.js';

/** A single odd bullet may be a typo; this many are a style choice. */
const MIN_LINES = 2;

export const nonstandardBullets: TipCheck = {
  id: 'layout.nonstandard-bullets',
  category: 'layout',
  severity: 'tip',
  appliesTo: {},
  codes: ['layout.nonstandard-bullets'],
  run(context) {
    const lines = context.layout.lines.filter((line) => {
      if (!line.bullet || hasContactDetail(line)) return false;
      const glyph = Array.from(line.text.trimStart())[0] ?? '';
      return !STANDARD_BULLET.test(glyph) && !/[\p{L}\p{N}]/u.test(glyph);
    });
    if (lines.length < MIN_LINES) return [];
    const glyphs = [...new Set(lines.map((line) => Array.from(line.text.trimStart())[0]!))];
    const shown = glyphs.map((g) =>
      /\p{Co}/u.test(g) ? `U+${g.codePointAt(0)!.toString(16).toUpperCase()}` : g,
    );
    return [
      {
        code: 'layout.nonstandard-bullets',
        params: { glyphs: shown, count: lines.length },
        evidence: lines.slice(0, 3).map((line) => lineEvidence(line)),
      },
    ];
  },
};
