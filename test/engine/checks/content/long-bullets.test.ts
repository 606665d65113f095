import { longBullets } from '../../../../src/engine/checks/content/long-bullets.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, resumeContext } from './markup.js';

const LONG =
  'Designed and built, together with the platform, data and security teams across three offices, a new event-driven billing pipeline that replaced the nightly batch jobs and now processes 2M events a day with full audit trails.';

describeCheck(longBullets, {
  fires: [
    {
      name: 'a 38-word bullet',
      context: () => resumeContext([{ bullets: [LONG, ...GOOD_BULLETS] }]),
      codes: ['content.long-bullets'],
    },
    {
      name: 'bullets wrapping past two lines in a narrow column',
      context: () => contextFromFixture('corpus/altacv-mmayer.pdf'),
    },
  ],
  passes: [
    { name: 'one-line bullets', context: () => resumeContext([{ bullets: GOOD_BULLETS }]) },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
