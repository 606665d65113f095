import { noTextLayer } from '../../../../src/engine/checks/parseability/no-text-layer.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildPdf } from '../../../helpers/pdf-fixtures.js';
import { fullPageImage, resumePdf } from './sample-pdfs.js';

describeCheck(noTextLayer, {
  fires: [
    {
      name: 'a scanned resume (image only)',
      context: () => contextFromFixture('resumes/en-word-classic-scan.pdf'),
      codes: ['parseability.no-text-layer'],
    },
    {
      name: 'a page-sized picture with only the name as text',
      context: async () =>
        contextFromBytes(
          await buildPdf({
            pages: [
              {
                images: fullPageImage(),
                texts: [{ text: 'Ada Lovelace', x: 60, y: 60, size: 20 }],
              },
            ],
          }),
        ),
      codes: ['parseability.text-only-in-images'],
    },
  ],
  passes: [
    { name: 'a Word export', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
    {
      name: 'a two-column LaTeX resume',
      context: () => contextFromFixture('corpus/altacv-sample.pdf'),
    },
    { name: 'a generated text PDF', context: async () => contextFromBytes(await resumePdf()) },
  ],
});
