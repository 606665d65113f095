import { scannedPages } from '../../../../src/engine/checks/parseability/scanned-pages.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildPdf } from '../../../helpers/pdf-fixtures.js';
import { fullPageImage, textPage } from './sample-pdfs.js';

describeCheck(scannedPages, {
  fires: [
    {
      name: 'a text page followed by a scanned page',
      context: async () =>
        contextFromBytes(await buildPdf({ pages: [textPage(), { images: fullPageImage() }] })),
    },
  ],
  passes: [
    { name: 'a Word export', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
    {
      name: 'a fully scanned file (the blocker speaks instead)',
      context: () => contextFromFixture('resumes/en-word-classic-scan.pdf'),
    },
  ],
});
