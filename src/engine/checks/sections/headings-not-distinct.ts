/**
 * Headings set exactly like body text: same size, not bold, not capitals, no heading style.
 * ATS and readers find sections by their headings standing out; we found these only because the
 * words are in our dictionary. PDF and DOCX only: plain text and Markdown have no typography to
 * judge (and Markdown headings are marked anyway).
 */
import type { Line } from '../../model/layout.js';
import { isAllCaps } from '../../parse/text.js';
import { evidenceOf, lineAt } from '../line-evidence.js';
import type { Check } from '../types.js';

/** A heading this much larger than body text stands out on size alone. */
const SIZE_RATIO = 1.1;
const MAX_EVIDENCE = 5;

export const headingsNotDistinct: Check = {
  id: 'sections.headings-not-distinct',
  category: 'sections',
  severity: 'warning',
  weight: 5,
  appliesTo: { formats: ['pdf', 'docx'] },
  codes: ['sections.headings-not-distinct'],
  run({ resume, layout }) {
    const headings = resume.sections
      .map((s) => lineAt(layout, s.headingLine))
      .filter((l): l is Line => l !== undefined);
    const plain = headings.filter((line) => !standsOut(line, layout.bodyFontSize));
    // Most headings styled is a design; one plain heading among them is a parser edge case.
    if (plain.length === 0 || plain.length * 2 < headings.length) return [];
    return [
      {
        code: 'sections.headings-not-distinct',
        params: { plain: plain.length, headings: plain.map((l) => l.text.trim()) },
        evidence: plain.slice(0, MAX_EVIDENCE).map((l) => evidenceOf(l)),
      },
    ];
  },
};

function standsOut(line: Line, body: number | undefined): boolean {
  if ((line.headingLevel ?? 0) > 0 || line.bold || isAllCaps(line.text)) return true;
  return Boolean(line.fontSize && body && line.fontSize >= body * SIZE_RATIO);
}
