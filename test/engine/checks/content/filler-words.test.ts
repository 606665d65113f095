import { fillerWords } from '../../../../src/engine/checks/content/filler-words.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, resumeContext } from './markup.js';

describeCheck(fillerWords, {
  fires: [
    {
      name: '"successfully" and "various" in bullets',
      context: () =>
        resumeContext([
          {
            bullets: ['Successfully managed various client projects worth M.', ...GOOD_BULLETS],
          },
        ]),
      codes: ['content.filler-words'],
    },
    {
      name: '"very" in the summary',
      context: () =>
        resumeContext([{ bullets: GOOD_BULLETS }], 'Very experienced engineer with 8 years in Go.'),
    },
  ],
  passes: [
    { name: 'plain bullets', context: () => resumeContext([{ bullets: GOOD_BULLETS }]) },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
