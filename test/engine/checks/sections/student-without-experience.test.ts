import { studentWithoutExperience } from '../../../../src/engine/checks/sections/student-without-experience.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

const student = (degree: string): string => `
  Ada Lovelace
  # Education
  **BSc Mathematics, University of London**  ${degree}
  # Skills
  Python, SQL, statistics and data analysis
`;

describeCheck(studentWithoutExperience, {
  fires: [
    {
      name: 'a student with no experience section',
      context: () => contextFromText(student('2024 – Present')),
      codes: ['sections.student-without-experience'],
    },
    { name: 'a graduate of this year', context: () => contextFromText(student('2022 – 2026')) },
  ],
  passes: [
    {
      name: 'a graduate of 2015 (the warning check covers it)',
      context: () => contextFromText(student('2011 – 2015')),
    },
    { name: 'a French CV with experience', context: () => contextFromFixture('resumes/fr-cv.pdf') },
    { name: 'a Russian resume', context: () => contextFromFixture('resumes/ru-rezume.pdf') },
  ],
});
