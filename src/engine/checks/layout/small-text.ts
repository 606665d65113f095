/**
 * Text too small to read comfortably: body text under 9 pt, or key lines (contact details,
 * experience and education entries) under 8 pt. Recruiters read on screens and printouts, and
 * tiny type also suggests content squeezed to fit.
 */
import type { Line } from '../../model/layout.js';
import type { SectionKind } from '../../model/resume.js';
import type { CheckContext, WarningCheck } from '../types.js';
import { lineEvidence } from '../parseability/support/evidence.js';
import { hasContactDetail } from './support/contact-patterns.js';

export const MIN_BODY_SIZE = 9;
const MIN_KEY_SIZE = 8;
/** One small line (a footnote, a date) is design; this many key lines is a pattern. */
const MIN_SMALL_KEY_LINES = 3;
const KEY_SECTIONS: ReadonlySet<SectionKind> = new Set(['experience', 'education']);

/** Exporters write 8.97 pt for 9 pt text. */
function roundSize(size: number): number {
  return Math.round(size * 10) / 10;
}

function keyLines(context: CheckContext): Line[] {
  const { lines } = context.layout;
  const key = new Set<Line>();
  for (const section of context.resume.sections) {
    if (!KEY_SECTIONS.has(section.kind)) continue;
    for (let i = Math.max(0, section.lines[0]); i <= section.lines[1] && i < lines.length; i++)
      key.add(lines[i]!);
  }
  for (const line of lines) if (hasContactDetail(line)) key.add(line);
  return [...key].filter((line) => line.zone === 'body' && !line.repeated);
}

export const smallText: WarningCheck = {
  id: 'layout.small-text',
  category: 'layout',
  severity: 'warning',
  weight: 10,
  appliesTo: {},
  codes: ['layout.small-body-text', 'layout.small-key-text'],
  run(context) {
    const { bodyFontSize, lines } = context.layout;
    if (bodyFontSize !== undefined && roundSize(bodyFontSize) < MIN_BODY_SIZE) {
      const examples = lines.filter(
        (l) =>
          l.zone === 'body' &&
          l.fontSize !== undefined &&
          roundSize(l.fontSize) === roundSize(bodyFontSize),
      );
      return [
        {
          code: 'layout.small-body-text',
          params: { size: roundSize(bodyFontSize), minimum: MIN_BODY_SIZE },
          evidence: examples.slice(0, 3).map((line) => lineEvidence(line)),
        },
      ];
    }
    const small = keyLines(context).filter(
      (line) =>
        line.fontSize !== undefined &&
        roundSize(line.fontSize) < MIN_KEY_SIZE &&
        line.text.replace(/\s/g, '').length >= 5,
    );
    if (small.length < MIN_SMALL_KEY_LINES) return [];
    return [
      {
        code: 'layout.small-key-text',
        params: {
          size: Math.min(...small.map((l) => roundSize(l.fontSize!))),
          minimum: MIN_KEY_SIZE,
          count: small.length,
        },
        evidence: small.slice(0, 3).map((line) => lineEvidence(line)),
      },
    ];
  },
};
