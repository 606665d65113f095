import { repeatedVerbs } from '../../../../src/engine/checks/content/repeated-verbs.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, resumeContext } from './markup.js';

describeCheck(repeatedVerbs, {
  fires: [
    {
      name: '"Developed" opens four bullets',
      context: () =>
        resumeContext([
          {
            bullets: [
              'Developed the billing API used by 40 teams.',
              'Developed a fraud model that cut chargebacks by 20%.',
              'Develops internal tooling for 3 product teams.',
            ],
          },
          { bullets: ['Developed the first mobile app, reaching 10,000 users.'] },
        ]),
      codes: ['content.repeated-verb'],
    },
  ],
  passes: [
    {
      name: 'three repeats are fine',
      context: () =>
        resumeContext([
          {
            bullets: [
              'Led the billing API rewrite for 40 teams.',
              'Led a fraud project that cut chargebacks by 20%.',
              'Led hiring for 3 engineers.',
              ...GOOD_BULLETS.slice(2),
            ],
          },
        ]),
    },
    { name: 'varied verbs', context: () => resumeContext([{ bullets: GOOD_BULLETS }]) },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
