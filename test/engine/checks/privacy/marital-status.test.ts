import { maritalStatus } from '../../../../src/engine/checks/privacy/marital-status.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { personalContext } from './markup.js';

describeCheck(maritalStatus, {
  fires: [
    {
      name: '"Marital status: married"',
      context: () => personalContext(['Marital status: married']),
      codes: ['privacy.marital-status'],
    },
    {
      name: 'label and value on separate lines',
      context: () => personalContext(['Marital Status', 'Single']),
    },
  ],
  passes: [
    {
      name: '"single sign-on" is not a status',
      context: () => personalContext(['Built single sign-on for 3 apps']),
    },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
