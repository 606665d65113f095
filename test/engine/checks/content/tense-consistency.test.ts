import { tenseConsistency } from '../../../../src/engine/checks/content/tense-consistency.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, GOOD_PAST_BULLETS, resumeContext } from './markup.js';

describeCheck(tenseConsistency, {
  fires: [
    {
      name: 'present tense in a past role',
      context: () =>
        resumeContext([
          { bullets: GOOD_BULLETS },
          {
            bullets: ['Manage a team of 4 analysts.', 'Builds the monthly forecast for 3 regions.'],
          },
        ]),
      codes: ['content.past-role-present-tense'],
    },
    {
      name: 'a current role mixing tenses',
      context: () =>
        resumeContext([
          {
            bullets: [
              'Manage a team of 6 engineers.',
              'Own the billing roadmap for 40 teams.',
              'Reduced incidents by 35% with contract testing.',
              'Lead the weekly architecture review.',
            ],
          },
        ]),
      codes: ['content.current-role-mixed-tense'],
    },
  ],
  passes: [
    {
      name: 'past tense throughout',
      context: () => resumeContext([{ bullets: GOOD_BULLETS }, { bullets: GOOD_PAST_BULLETS }]),
    },
    {
      name: 'nouns that look like verbs ("Research assistant…")',
      context: () =>
        resumeContext([
          { bullets: GOOD_BULLETS },
          {
            bullets: [
              'Research integrated into 2 products.',
              'Lead engineer on the 3-person API team.',
            ],
          },
        ]),
    },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
