import { docxActiveContent } from '../../../../src/engine/checks/parseability/docx-active-content.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildDocx, heading, paragraph } from '../../../helpers/docx-fixtures.js';

const body = [
  paragraph('Ada Lovelace'),
  heading('Experience'),
  paragraph('Engineer at Acme, 2019 – present'),
].join('');

describeCheck(docxActiveContent, {
  fires: [
    {
      name: 'a remote template and frame',
      context: () => contextFromFixture('malicious/external-relationships.docx'),
      codes: ['parseability.docx-external-relationships'],
    },
    {
      name: 'macros and an embedded spreadsheet',
      context: () =>
        contextFromBytes(
          buildDocx({
            body,
            entries: {
              'word/vbaProject.bin': new Uint8Array([1, 2, 3]),
              'word/embeddings/Microsoft_Excel_Worksheet.xlsx': new Uint8Array([1]),
            },
          }),
        ),
      codes: ['parseability.docx-macros', 'parseability.docx-embedded-objects'],
    },
  ],
  passes: [
    {
      name: 'a plain Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.docx'),
    },
  ],
});
