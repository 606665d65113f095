import { quantifiedResults } from '../../../../src/engine/checks/content/quantified-results.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, GOOD_PAST_BULLETS, resumeContext } from './markup.js';

describeCheck(quantifiedResults, {
  fires: [
    {
      name: 'one bullet in five has a number',
      context: () =>
        resumeContext([
          {
            bullets: [
              'Maintained the billing service for enterprise customers.',
              'Improved the deployment process for the platform team.',
              'Reduced incidents by 35% with contract testing.',
              'Mentored junior engineers on code review practices.',
              'Migrated the reporting stack to a new data warehouse in 2019.',
            ],
          },
        ]),
      codes: ['content.few-quantified-bullets'],
    },
  ],
  passes: [
    {
      name: 'most bullets are quantified',
      context: () => resumeContext([{ bullets: GOOD_BULLETS }, { bullets: GOOD_PAST_BULLETS }]),
    },
    {
      name: 'too few bullets to judge',
      context: () => resumeContext([{ bullets: ['Maintained the billing service.'] }]),
    },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
