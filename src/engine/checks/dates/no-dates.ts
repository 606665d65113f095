/**
 * No dates anywhere in the experience section. ATS rank and filter by years of experience, which
 * they compute from these dates; without them a resume can drop out of "5+ years" searches.
 */
import { findDates } from '../../parse/dates.js';
import { evidenceAt, lineAt } from '../line-evidence.js';
import type { Check } from '../types.js';
import { DATE_LANGUAGES } from './languages.js';

export const noDates: Check = {
  id: 'dates.no-dates',
  category: 'dates',
  severity: 'warning',
  weight: 15,
  appliesTo: { languages: DATE_LANGUAGES },
  codes: ['dates.no-dates'],
  run({ resume, layout }) {
    const sections = resume.sections.filter((s) => s.kind === 'experience');
    if (sections.length === 0 && resume.experience.length === 0) return [];
    if (resume.experience.some((e) => e.start || e.end || e.current)) return [];
    // The entry grouping may have missed a date the grammar can still read in the section.
    const hasAnyDate = sections.some((s) => {
      for (let i = s.lines[0]; i <= s.lines[1]; i += 1) {
        if (findDates(lineAt(layout, i)?.text ?? '').length > 0) return true;
      }
      return false;
    });
    if (hasAnyDate) return [];
    const heading = sections[0];
    return [
      {
        code: 'dates.no-dates',
        params: { positions: resume.experience.length },
        evidence: heading ? evidenceAt(layout, heading.headingLine) : [],
      },
    ];
  },
};
