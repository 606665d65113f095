import { textBoxes } from '../../../../src/engine/checks/layout/text-boxes.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildDocx, heading, paragraph, textbox } from '../../../helpers/docx-fixtures.js';

describeCheck(textBoxes, {
  fires: [
    {
      name: 'contact details and skills in a text box',
      context: () =>
        contextFromBytes(
          buildDocx({
            body: [
              paragraph('Ada Lovelace'),
              textbox(['ada@example.org', 'Skills: Python, TypeScript']),
              heading('Experience'),
              paragraph('Engineer at Acme, 2019 – present'),
            ].join(''),
          }),
        ),
    },
  ],
  passes: [
    {
      name: 'a plain Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.docx'),
    },
  ],
});
