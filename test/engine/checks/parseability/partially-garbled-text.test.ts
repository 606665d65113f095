import { partiallyGarbledText } from '../../../../src/engine/checks/parseability/partially-garbled-text.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildPdf } from '../../../helpers/pdf-fixtures.js';
import { consonantSoup, RESUME_LINES, textPage } from './sample-pdfs.js';

const soup = RESUME_LINES.map(consonantSoup);

describeCheck(partiallyGarbledText, {
  fires: [
    {
      name: 'one short garbled page after a long readable one',
      context: async () =>
        contextFromBytes(
          await buildPdf({ pages: [textPage([...RESUME_LINES, ...RESUME_LINES]), textPage(soup)] }),
        ),
    },
  ],
  passes: [
    { name: 'a Word export', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
    {
      name: 'a fully garbled file (the blocker speaks instead)',
      context: async () => contextFromBytes(await buildPdf({ pages: [textPage(soup)] })),
    },
  ],
});
