import { unusualPageSize } from '../../../../src/engine/checks/parseability/unusual-page-size.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildPdf } from '../../../helpers/pdf-fixtures.js';
import { textPage } from './sample-pdfs.js';

describeCheck(unusualPageSize, {
  fires: [
    {
      name: 'a 16:9 slide-sized page',
      context: async () =>
        contextFromBytes(await buildPdf({ pages: [{ ...textPage(), width: 960, height: 540 }] })),
    },
  ],
  passes: [
    { name: 'A4', context: () => contextFromFixture('corpus/altacv-sample.pdf') },
    { name: 'US Letter', context: () => contextFromFixture('corpus/sb2nov-sourabh.pdf') },
  ],
});
