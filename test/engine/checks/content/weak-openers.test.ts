import { weakOpeners } from '../../../../src/engine/checks/content/weak-openers.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, resumeContext } from './markup.js';

describeCheck(weakOpeners, {
  fires: [
    {
      name: '"Responsible for" and "Helped with" openers',
      context: () =>
        resumeContext([
          {
            bullets: [
              'Responsible for the monthly sales report for 12 regions.',
              'Helped with the migration of 40 services to Kubernetes.',
              ...GOOD_BULLETS,
            ],
          },
        ]),
      codes: ['content.weak-openers'],
    },
    {
      name: '"Duties included" in a past role',
      context: () =>
        resumeContext([
          { bullets: GOOD_BULLETS },
          { bullets: ['Duties included answering 40 customer calls a day.'] },
        ]),
    },
  ],
  passes: [
    { name: 'action-verb bullets', context: () => resumeContext([{ bullets: GOOD_BULLETS }]) },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
