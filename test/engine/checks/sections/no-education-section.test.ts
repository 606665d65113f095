import { noEducationSection } from '../../../../src/engine/checks/sections/no-education-section.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(noEducationSection, {
  fires: [
    {
      name: 'experience and skills but no education',
      context: () =>
        contextFromText(`
          Ada Lovelace
          # Experience
          **Software Engineer, Acme Corp**  Jan 2020 – Present
          - Built the billing service used by 40 teams.
          # Skills
          Python, SQL, statistics and data analysis
        `),
      codes: ['sections.no-education-section'],
    },
  ],
  passes: [
    { name: 'an English resume', context: () => contextFromFixture('resumes/en-plain.txt') },
    {
      name: 'Portuguese "Formação Acadêmica"',
      context: () => contextFromFixture('resumes/pt-curriculo.pdf'),
    },
    { name: 'Russian "Образование"', context: () => contextFromFixture('resumes/ru-rezume.docx') },
    {
      name: 'Japanese "学歴"',
      context: () => contextFromFixture('resumes/ja-shokumukeirekisho.docx'),
    },
    {
      name: 'education in a sidebar',
      context: () => contextFromFixture('corpus/altacv-mmayer.pdf'),
    },
  ],
});
