/**
 * An experience section with no bullet points. ATS split bullets into separate achievements and
 * recruiters skim them; paragraphs get read as one blob or not at all. Legacy .doc files are
 * skipped: their text loses list markers in extraction, so we cannot tell.
 */
import { hasBulletGlyph } from '../../parse/text.js';
import { evidenceAt, lineAt } from '../line-evidence.js';
import type { Check } from '../types.js';

export const noBulletsInExperience: Check = {
  id: 'sections.no-bullets-in-experience',
  category: 'sections',
  severity: 'warning',
  weight: 5,
  appliesTo: { formats: ['pdf', 'docx', 'txt', 'md'] },
  codes: ['sections.no-bullets-in-experience'],
  run({ resume, layout }) {
    const positions = resume.experience;
    if (positions.length === 0 || positions.some((p) => p.bullets.length > 0)) return [];
    const sections = resume.sections.filter((s) => s.kind === 'experience');
    const hasListLine = sections.some((s) => {
      for (let i = s.lines[0]; i <= s.lines[1]; i += 1) {
        const line = lineAt(layout, i);
        if (line && (line.bullet || line.listItem || hasBulletGlyph(line.text))) return true;
      }
      return false;
    });
    if (hasListLine) return [];
    const first = sections[0];
    return [
      {
        code: 'sections.no-bullets-in-experience',
        params: { positions: positions.length },
        evidence: first ? evidenceAt(layout, first.headingLine) : [],
      },
    ];
  },
};
