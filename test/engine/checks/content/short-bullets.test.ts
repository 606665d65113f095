import { shortBullets } from '../../../../src/engine/checks/content/short-bullets.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, resumeContext } from './markup.js';

describeCheck(shortBullets, {
  fires: [
    {
      name: 'two-word bullets',
      context: () =>
        resumeContext([{ bullets: ['Customer service.', 'Cash handling.', ...GOOD_BULLETS] }]),
      codes: ['content.short-bullets'],
    },
    {
      name: 'placeholder bullets in a template',
      context: () => contextFromFixture('corpus/en-billryan.pdf'),
    },
  ],
  passes: [
    { name: 'full bullets', context: () => resumeContext([{ bullets: GOOD_BULLETS }]) },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
