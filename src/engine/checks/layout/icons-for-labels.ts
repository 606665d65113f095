/**
 * Icons instead of words in front of contact details (a phone glyph rather than "Phone:"). An
 * ATS drops the icon or keeps a meaningless code point, and loses the cue for what the number
 * or link is. Lines that also carry a written label are fine.
 */
import type { TipCheck } from '../types.js';
import { lineEvidence } from '../parseability/support/evidence.js';
import { hasContactDetail } from './support/contact-patterns.js';
import { ICON_GLYPH } from './support/glyphs.js';

/** Written labels in the languages the parser knows; with one, the icon is decoration. */
const LABEL =
  /\b(?:e-?mail|mail|phone|tel(?:efon|éfono|efone|éphone)?|mobile?|cell|fax|web(?:site)?|linkedin|github|address|adresse|dirección|endereço|телефон|почта)\s*[:：]/i;

export const iconsForLabels: TipCheck = {
  id: 'layout.icons-for-labels',
  category: 'layout',
  severity: 'tip',
  appliesTo: {},
  codes: ['layout.icons-for-labels'],
  run(context) {
    const lines = context.layout.lines.filter(
      (line) => ICON_GLYPH.test(line.text) && hasContactDetail(line) && !LABEL.test(line.text),
    );
    if (lines.length === 0) return [];
    const icons = lines.reduce(
      (sum, line) => sum + [...line.text].filter((ch) => ICON_GLYPH.test(ch)).length,
      0,
    );
    return [
      {
        code: 'layout.icons-for-labels',
        params: { count: icons, lines: lines.length },
        evidence: lines.slice(0, 3).map((line) => lineEvidence(line)),
      },
    ];
  },
};
