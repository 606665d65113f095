import { readingOrderRepaired } from '../../../../src/engine/checks/layout/reading-order-repaired.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';

describeCheck(readingOrderRepaired, {
  fires: [
    {
      name: 'Deedy: the sidebar was read on its own',
      context: () => contextFromFixture('corpus/deedy-openfont.pdf'),
    },
    {
      name: 'a LinkedIn-style export',
      context: () => contextFromFixture('resumes/en-linkedin-export.pdf'),
    },
  ],
  passes: [
    {
      name: 'a single-column resume',
      context: () => contextFromFixture('corpus/sb2nov-sourabh.pdf'),
    },
  ],
});
