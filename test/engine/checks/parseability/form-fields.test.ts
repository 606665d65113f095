import { formFields } from '../../../../src/engine/checks/parseability/form-fields.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildPdf } from '../../../helpers/pdf-fixtures.js';
import { textPage } from './sample-pdfs.js';

describeCheck(formFields, {
  fires: [
    {
      name: 'fillable fields on the page',
      context: async () => {
        const page = textPage();
        page.fields = [{ name: 'phone', x: 60, y: 400, width: 200, height: 20 }];
        return contextFromBytes(await buildPdf({ pages: [page] }));
      },
      codes: ['parseability.form-fields'],
    },
    {
      name: 'an XFA form',
      context: () =>
        contextFromFixture('malicious/valid.pdf', {
          extracted: { diagnostics: [{ code: 'pdf.xfa-form' }] },
        }),
      codes: ['parseability.xfa-form'],
    },
  ],
  passes: [
    { name: 'a Word export', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
  ],
});
