import { genericSummary } from '../../../../src/engine/checks/content/generic-summary.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, resumeContext } from './markup.js';

describeCheck(genericSummary, {
  fires: [
    {
      name: 'traits and no specifics',
      context: () =>
        resumeContext(
          [{ bullets: GOOD_BULLETS }],
          'Highly motivated and passionate professional seeking a challenging role where I can grow and contribute.',
        ),
      codes: ['content.generic-summary'],
    },
  ],
  passes: [
    {
      name: 'a named field and a number',
      context: () =>
        resumeContext(
          [{ bullets: GOOD_BULLETS }],
          'Motivated backend engineer with 8 years in payments, Go and PostgreSQL.',
        ),
    },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
