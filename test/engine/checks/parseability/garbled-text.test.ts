import { garbledText } from '../../../../src/engine/checks/parseability/garbled-text.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildPdf } from '../../../helpers/pdf-fixtures.js';
import { consonantSoup, RESUME_LINES, textPage } from './sample-pdfs.js';

const soup = RESUME_LINES.map(consonantSoup);

describeCheck(garbledText, {
  fires: [
    {
      name: 'every page extracts as consonant soup',
      context: async () =>
        contextFromBytes(await buildPdf({ pages: [textPage(soup), textPage(soup)] })),
    },
  ],
  passes: [
    { name: 'a Word export', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
    {
      name: 'one short garbled page after a long readable one (a warning, not a blocker)',
      context: async () =>
        contextFromBytes(
          await buildPdf({ pages: [textPage([...RESUME_LINES, ...RESUME_LINES]), textPage(soup)] }),
        ),
    },
  ],
});
