import type { Check } from '../types.js';
import { headingsNotDistinct } from './headings-not-distinct.js';
import { noBulletsInExperience } from './no-bullets-in-experience.js';
import { noEducationSection } from './no-education-section.js';
import { noExperienceSection } from './no-experience-section.js';
import { noSkillsSection } from './no-skills-section.js';
import { nonStandardHeadings } from './non-standard-headings.js';
import { oddOrder } from './odd-order.js';
import { studentWithoutExperience } from './student-without-experience.js';

export const sectionsChecks: readonly Check[] = [
  headingsNotDistinct,
  noBulletsInExperience,
  noEducationSection,
  noExperienceSection,
  noSkillsSection,
  nonStandardHeadings,
  oddOrder,
  studentWithoutExperience,
];
