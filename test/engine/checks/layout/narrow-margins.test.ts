import { narrowMargins } from '../../../../src/engine/checks/layout/narrow-margins.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildPdf } from '../../../helpers/pdf-fixtures.js';
import { textPage } from '../parseability/sample-pdfs.js';

describeCheck(narrowMargins, {
  fires: [
    {
      name: 'text 12 pt from the left edge',
      context: async () => contextFromBytes(await buildPdf({ pages: [textPage(undefined, 12)] })),
    },
  ],
  passes: [
    { name: 'half-inch margins', context: () => contextFromFixture('corpus/sb2nov-sourabh.pdf') },
    { name: 'a Word export', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
  ],
});
