import { unembeddedFonts } from '../../../../src/engine/checks/parseability/unembedded-fonts.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { resumePdf } from './sample-pdfs.js';

describeCheck(unembeddedFonts, {
  fires: [
    {
      name: 'Calibri referenced but not embedded',
      context: () =>
        contextFromFixture('resumes/en-word-classic.pdf', {
          extracted: { fonts: [{ name: 'Calibri', embedded: false }] },
        }),
    },
  ],
  passes: [
    { name: 'embedded subsets', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
    {
      name: 'unembedded standard Helvetica (every reader has it)',
      context: async () => contextFromBytes(await resumePdf()),
    },
  ],
});
