import { actionVerbs } from '../../../../src/engine/checks/content/action-verbs.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, resumeContext } from './markup.js';

describeCheck(actionVerbs, {
  fires: [
    {
      name: 'noun-led bullets',
      context: () =>
        resumeContext([
          {
            bullets: [
              'Team of 5 engineers for the billing API rewrite.',
              'The new onboarding flow, used by 20,000 customers a month.',
              'Migrating 40 services to Kubernetes with zero downtime.',
            ],
          },
        ]),
      codes: ['content.no-action-verb'],
    },
  ],
  passes: [
    { name: 'verb-led bullets', context: () => resumeContext([{ bullets: GOOD_BULLETS }]) },
    {
      name: 'weak openers are left to content.weak-openers',
      context: () =>
        resumeContext([
          {
            bullets: [
              'Responsible for the monthly sales report for 12 regions.',
              'Helped with the migration of 40 services.',
              ...GOOD_BULLETS,
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
