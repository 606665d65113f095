import { buzzwords } from '../../../../src/engine/checks/content/buzzwords.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, resumeContext } from './markup.js';

describeCheck(buzzwords, {
  fires: [
    {
      name: 'clichés in the summary',
      context: () =>
        resumeContext(
          [{ bullets: GOOD_BULLETS }],
          'Results-driven team player and self-starter with 8 years in payments.',
        ),
      codes: ['content.buzzwords'],
    },
    {
      name: 'a cliché in the skills of a real template',
      context: () => contextFromFixture('corpus/altacv-sample.pdf'),
    },
  ],
  passes: [
    {
      name: 'a specific summary',
      context: () =>
        resumeContext(
          [{ bullets: GOOD_BULLETS }],
          'Backend engineer with 8 years in payments, Go and PostgreSQL.',
        ),
    },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
