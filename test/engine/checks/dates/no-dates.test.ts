import { noDates } from '../../../../src/engine/checks/dates/no-dates.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(noDates, {
  fires: [
    {
      name: 'positions without any dates',
      context: () =>
        contextFromText(`
          Ada Lovelace
          # Experience
          **Software Engineer, Acme Corp**
          - Built the billing service used by 40 teams
          **Developer, Globex Inc**
          - Wrote the reporting pipeline
          # Education
          BSc Mathematics, University of London, 2015
        `),
      codes: ['dates.no-dates'],
    },
    {
      name: 'a moderncv template with "year–year" placeholders',
      context: () => contextFromFixture('corpus/moderncv-classic-green.pdf'),
    },
  ],
  passes: [
    {
      name: 'an English Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.docx'),
    },
    {
      name: 'Japanese 年月 dates',
      context: () => contextFromFixture('resumes/ja-shokumukeirekisho.docx'),
    },
    { name: 'a Russian resume', context: () => contextFromFixture('resumes/ru-rezume.pdf') },
    { name: 'a Chinese resume', context: () => contextFromFixture('resumes/zh-jianli.pdf') },
    {
      name: 'no experience section at all (a sections finding, not a dates one)',
      context: () => contextFromText('Ada Lovelace\n# Education\nBSc, University of London, 2015'),
    },
  ],
});
