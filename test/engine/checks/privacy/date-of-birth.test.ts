import { dateOfBirth } from '../../../../src/engine/checks/privacy/date-of-birth.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { personalContext } from './markup.js';

describeCheck(dateOfBirth, {
  fires: [
    {
      name: '"Date of birth: 14 May 1990"',
      context: () => personalContext(['Date of birth: 14 May 1990']),
      codes: ['privacy.date-of-birth'],
    },
    { name: '"DOB" with a numeric date', context: () => personalContext(['DOB 05/14/1990']) },
    {
      name: 'label and value on separate lines',
      context: () => personalContext(['Born', 'March 3, 1988']),
    },
    { name: 'an age', context: () => personalContext(['Age: 34']) },
  ],
  passes: [
    {
      name: '"born leader" without a date',
      context: () => personalContext(['A born leader and mentor']),
    },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
