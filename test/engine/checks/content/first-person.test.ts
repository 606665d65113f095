import { firstPerson } from '../../../../src/engine/checks/content/first-person.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, resumeContext } from './markup.js';

describeCheck(firstPerson, {
  fires: [
    {
      name: '"I" and "my" in bullets',
      context: () =>
        resumeContext([
          {
            bullets: [
              'I managed the billing team of 6 engineers.',
              'Cut my team’s cloud bill by 30%.',
              ...GOOD_BULLETS,
            ],
          },
        ]),
      codes: ['content.first-person'],
    },
  ],
  passes: [
    { name: 'subject-less bullets', context: () => resumeContext([{ bullets: GOOD_BULLETS }]) },
    {
      name: 'the roman numeral in "Phase I"',
      context: () =>
        resumeContext([{ bullets: ['Delivered Phase I of the ERP rollout to 3 plants.'] }]),
    },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
