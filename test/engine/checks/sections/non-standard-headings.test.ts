import { nonStandardHeadings } from '../../../../src/engine/checks/sections/non-standard-headings.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

const resume = (experience: string, skills = 'Skills'): string => `
  Ada Lovelace
  # ${experience}
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015
  # ${skills}
  Python, SQL, statistics and data analysis
`;

describeCheck(nonStandardHeadings, {
  fires: [
    {
      name: 'a misspelled heading',
      context: () => contextFromText(resume('Experiance')),
      codes: ['sections.misspelled-heading'],
    },
    {
      name: 'a creative heading',
      context: () => contextFromText(resume('Experience', 'My Toolbox')),
      codes: ['sections.creative-heading'],
    },
    {
      name: 'cue-word headings in a LaTeX template',
      context: () => contextFromFixture('corpus/altacv-mmayer.pdf'),
    },
  ],
  passes: [
    { name: 'standard headings', context: () => contextFromText(resume('Work Experience')) },
    { name: 'German headings', context: () => contextFromFixture('resumes/de-lebenslauf.docx') },
    { name: 'Spanish headings', context: () => contextFromFixture('resumes/es-cv.pdf') },
    {
      name: 'Japanese headings',
      context: () => contextFromFixture('resumes/ja-shokumukeirekisho.pdf'),
    },
    { name: 'Chinese headings', context: () => contextFromFixture('resumes/zh-jianli.docx') },
    { name: 'Russian headings', context: () => contextFromFixture('resumes/ru-rezume.pdf') },
  ],
});
