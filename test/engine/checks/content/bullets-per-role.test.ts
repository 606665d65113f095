import { bulletsPerRole } from '../../../../src/engine/checks/content/bullets-per-role.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, GOOD_PAST_BULLETS, resumeContext } from './markup.js';

const many = Array.from({ length: 9 }, (_, i) => `Shipped feature ${i + 1} to 10,000 users.`);

describeCheck(bulletsPerRole, {
  fires: [
    {
      name: 'a current role with one bullet',
      context: () => resumeContext([{ bullets: ['Led 5 engineers on the billing API.'] }]),
      codes: ['content.too-few-bullets'],
    },
    {
      name: 'a role with nine bullets',
      context: () => resumeContext([{ bullets: many }]),
      codes: ['content.too-many-bullets'],
    },
  ],
  passes: [
    {
      name: 'three bullets now, two before',
      context: () => resumeContext([{ bullets: GOOD_BULLETS }, { bullets: GOOD_PAST_BULLETS }]),
    },
    {
      name: 'an old role may be brief',
      context: () =>
        resumeContext([
          { bullets: GOOD_BULLETS },
          { dates: 'Jan 2008 – Dec 2012', bullets: ['Wrote reports for 3 clients.'] },
        ]),
    },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
