import { noExperienceSection } from '../../../../src/engine/checks/sections/no-experience-section.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(noExperienceSection, {
  fires: [
    {
      name: 'a graduate of 2015 with no experience section',
      context: () =>
        contextFromText(`
          Ada Lovelace
          ada@example.org
          # Education
          **BSc Mathematics, University of London**  2011 – 2015
          # Skills
          Python, SQL, statistics and data analysis
        `),
      codes: ['sections.no-experience-section'],
    },
  ],
  passes: [
    {
      name: 'a student (that is a tip, not this warning)',
      context: () =>
        contextFromText(`
          Ada Lovelace
          # Education
          **BSc Mathematics, University of London**  2024 – Present
          # Skills
          Python, SQL, statistics and data analysis
        `),
    },
    { name: 'an English resume', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
    {
      name: 'a German Lebenslauf',
      context: () => contextFromFixture('resumes/de-lebenslauf.docx'),
    },
    {
      name: 'a Japanese 職務経歴書',
      context: () => contextFromFixture('resumes/ja-shokumukeirekisho.pdf'),
    },
    { name: 'a Chinese 简历', context: () => contextFromFixture('resumes/zh-jianli.pdf') },
    { name: 'a Spanish moderncv', context: () => contextFromFixture('corpus/moderncv-es.pdf') },
  ],
});
