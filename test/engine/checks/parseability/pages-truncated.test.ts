import { pagesTruncated } from '../../../../src/engine/checks/parseability/pages-truncated.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildPdf } from '../../../helpers/pdf-fixtures.js';
import { textPage } from './sample-pdfs.js';

describeCheck(pagesTruncated, {
  fires: [
    {
      name: 'a 52-page file (resume merged with certificates)',
      context: async () =>
        contextFromBytes(await buildPdf({ pages: Array.from({ length: 52 }, () => textPage()) })),
    },
  ],
  passes: [
    { name: 'a five-page CV', context: () => contextFromFixture('corpus/awesomecv-cv.pdf') },
  ],
});
