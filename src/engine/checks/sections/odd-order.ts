/**
 * Education above experience for someone with five or more years of work. Recruiters read top
 * down and give the first section the most attention; past the first years, work is what they
 * look for. A tip: some fields (academia, medicine) lead with degrees on purpose. Students and
 * early-career people are right to put education first. Sidebars are not compared: their order
 * is a layout choice, not a priority.
 */
import { evidenceAt } from '../line-evidence.js';
import type { Check } from '../types.js';
import { careerStage } from './career-stage.js';

const EXPERIENCED_YEARS = 5;

export const oddOrder: Check = {
  id: 'sections.odd-order',
  category: 'sections',
  severity: 'tip',
  appliesTo: {},
  codes: ['sections.education-before-experience'],
  run({ resume, layout, now }) {
    const main = resume.sections.filter((s) => s.flow === 'main' && s.headingLine >= 0);
    const education = main.find((s) => s.kind === 'education');
    const experience = main.find((s) => s.kind === 'experience');
    if (!education || !experience || education.headingLine > experience.headingLine) return [];
    const stage = careerStage(resume, now);
    if (stage.isStudent || stage.yearsOfExperience < EXPERIENCED_YEARS) return [];
    return [
      {
        code: 'sections.education-before-experience',
        params: { years: Math.floor(stage.yearsOfExperience) },
        evidence: evidenceAt(layout, education.headingLine),
      },
    ];
  },
};
