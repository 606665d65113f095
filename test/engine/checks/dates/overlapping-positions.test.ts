import { overlappingPositions } from '../../../../src/engine/checks/dates/overlapping-positions.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

const resume = (...jobs: string[]): string => `
  Ada Lovelace
  # Experience
  ${jobs.map((job) => `**${job}**\n- Built the billing service used by 40 teams`).join('\n')}
`;

describeCheck(overlappingPositions, {
  fires: [
    {
      name: 'a part-time job beside a full-time one',
      context: () =>
        contextFromText(
          resume(
            'Software Engineer, Acme Corp  Jan 2020 – Present',
            'Tutor, Globex Inc  Mar 2021 – Jun 2022',
          ),
        ),
      codes: ['dates.overlapping-positions'],
    },
  ],
  passes: [
    {
      name: 'a handover month',
      context: () =>
        contextFromText(
          resume(
            'Software Engineer, Acme Corp  Mar 2021 – Present',
            'Developer, Globex Inc  Jan 2019 – Mar 2021',
          ),
        ),
    },
    {
      name: 'a promotion at the same employer',
      context: () =>
        contextFromText(
          resume('Senior Engineer, Acme Corp  2020 – Present', 'Engineer, Acme Corp  2018 – 2020'),
        ),
    },
    { name: 'a German resume', context: () => contextFromFixture('resumes/de-lebenslauf.docx') },
    {
      name: 'a Japanese resume',
      context: () => contextFromFixture('resumes/ja-shokumukeirekisho.docx'),
    },
  ],
});
