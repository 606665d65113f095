import { contactInHeaderFooter } from '../../../../src/engine/checks/layout/contact-in-header-footer.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildDocx, heading, paragraph } from '../../../helpers/docx-fixtures.js';

const body = [
  paragraph('Ada Lovelace'),
  heading('Experience'),
  paragraph('Senior Engineer, Acme, 2019 – present'),
  heading('Education'),
  paragraph('BSc Mathematics, University of London, 2015'),
].join('');

describeCheck(contactInHeaderFooter, {
  fires: [
    {
      name: 'moderncv with contact details in the footer',
      context: () => contextFromFixture('corpus/moderncv-es.pdf'),
    },
    {
      name: 'a Word header holding email and phone',
      context: () =>
        contextFromBytes(
          buildDocx({ body, headers: [paragraph('ada@example.org · +44 20 7946 0958')] }),
        ),
    },
  ],
  passes: [
    {
      name: 'contact details in the body',
      context: () => contextFromFixture('resumes/en-word-classic.docx'),
    },
    {
      name: 'contact details in both body and header',
      context: () =>
        contextFromBytes(
          buildDocx({
            body: paragraph('ada@example.org') + body,
            headers: [paragraph('ada@example.org')],
          }),
        ),
    },
  ],
});
