import { noBulletsInExperience } from '../../../../src/engine/checks/sections/no-bullets-in-experience.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(noBulletsInExperience, {
  fires: [
    {
      name: 'positions described in paragraphs',
      context: () =>
        contextFromText(`
          Ada Lovelace
          # Experience
          **Software Engineer, Acme Corp**  Jan 2020 – Present
          I built the billing service used by 40 teams and led the move to Kubernetes, which cut costs.
          **Developer, Globex Inc**  Mar 2017 – Dec 2019
          I wrote the reporting pipeline and maintained the data warehouse for the finance team.
        `),
      codes: ['sections.no-bullets-in-experience'],
    },
    {
      name: 'a LinkedIn export',
      context: () => contextFromFixture('resumes/en-linkedin-export.pdf'),
    },
  ],
  passes: [
    {
      name: 'bulleted achievements',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
    { name: 'a Markdown resume', context: () => contextFromFixture('resumes/en-markdown.md') },
    { name: 'a German resume', context: () => contextFromFixture('resumes/de-lebenslauf.pdf') },
    {
      name: 'a Japanese resume',
      context: () => contextFromFixture('resumes/ja-shokumukeirekisho.docx'),
    },
    {
      name: 'a legacy .doc whose list markers are lost',
      context: () => contextFromFixture('resumes/en-word-classic.doc'),
    },
  ],
});
