import { letterSpacedText } from '../../../../src/engine/checks/parseability/letter-spaced-text.js';
import {
  contextFromBytes,
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildPdf, letterSpaced } from '../../../helpers/pdf-fixtures.js';
import { textPage } from './sample-pdfs.js';

describeCheck(letterSpacedText, {
  fires: [
    {
      name: 'spaced sidebar headings (C O N T A C T)',
      context: () => contextFromFixture('resumes/en-sidebar-table.pdf'),
    },
    {
      name: 'a heading placed glyph by glyph',
      context: async () => {
        const page = textPage();
        page.texts!.push(...letterSpaced('EXPERIENCE', { x: 60, y: 300 }));
        return contextFromBytes(await buildPdf({ pages: [page] }));
      },
    },
    {
      name: 'spaces typed between letters in a Word file',
      context: () =>
        contextFromText('Ada Lovelace\nE X P E R I E N C E\nEngineer at Acme', { format: 'docx' }),
    },
  ],
  passes: [
    { name: 'a Word export', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
    {
      name: 'short words that are not spacing',
      context: () => contextFromText('Ada Lovelace\nI a m an engineer\nA B C', { format: 'docx' }),
    },
  ],
});
