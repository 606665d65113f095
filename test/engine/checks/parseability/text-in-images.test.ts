import { textInImages } from '../../../../src/engine/checks/parseability/text-in-images.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildPdf } from '../../../helpers/pdf-fixtures.js';
import { fullPageImage, RESUME_LINES, textPage } from './sample-pdfs.js';

describeCheck(textInImages, {
  fires: [
    {
      name: 'a second page that is a picture with a caption',
      context: async () =>
        contextFromBytes(
          await buildPdf({
            pages: [
              textPage(),
              {
                images: fullPageImage(),
                texts: [{ text: 'Portfolio highlights 2024', x: 60, y: 40 }],
              },
            ],
          }),
        ),
    },
  ],
  passes: [
    { name: 'a Word export', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
    {
      name: 'a decorative background image under plenty of text',
      context: async () =>
        contextFromBytes(
          await buildPdf({
            pages: [{ ...textPage([...RESUME_LINES, ...RESUME_LINES]), images: fullPageImage() }],
          }),
        ),
    },
  ],
});
