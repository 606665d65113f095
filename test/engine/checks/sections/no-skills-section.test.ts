import { noSkillsSection } from '../../../../src/engine/checks/sections/no-skills-section.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(noSkillsSection, {
  fires: [
    {
      name: 'experience and education but no skills',
      context: () =>
        contextFromText(`
          Ada Lovelace
          # Experience
          **Software Engineer, Acme Corp**  Jan 2020 – Present
          - Built the billing service used by 40 teams.
          # Education
          **BSc Mathematics, University of London**  2011 – 2015
        `),
      codes: ['sections.no-skills-section'],
    },
    {
      name: 'a LaTeX resume without skills',
      context: () => contextFromFixture('corpus/awesomecv-resume.pdf'),
    },
  ],
  passes: [
    {
      name: 'an English resume',
      context: () => contextFromFixture('resumes/en-word-classic.docx'),
    },
    { name: 'German "Kenntnisse"', context: () => contextFromFixture('resumes/de-lebenslauf.pdf') },
    { name: 'French "Compétences"', context: () => contextFromFixture('resumes/fr-cv.docx') },
    { name: 'Chinese "IT 技能"', context: () => contextFromFixture('corpus/zh-billryan.pdf') },
  ],
});
