import { summaryLength } from '../../../../src/engine/checks/content/summary-length.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, resumeContext } from './markup.js';

const sentence = 'Backend engineer with 8 years building payment platforms in Go and PostgreSQL. ';

describeCheck(summaryLength, {
  fires: [
    {
      name: 'a 96-word summary',
      context: () => resumeContext([{ bullets: GOOD_BULLETS }], sentence.repeat(8).trim()),
      codes: ['content.long-summary'],
    },
  ],
  passes: [
    {
      name: 'a two-sentence summary',
      context: () => resumeContext([{ bullets: GOOD_BULLETS }], sentence.repeat(2).trim()),
    },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
