import { keywordStuffing } from '../../../../src/engine/checks/layout/keyword-stuffing.js';
import {
  contextFromBytes,
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildPdf } from '../../../helpers/pdf-fixtures.js';
import { RESUME_LINES, textPage } from '../parseability/sample-pdfs.js';

const body = `
  Ada Lovelace
  ada@example.org
  # Experience
  Senior Engineer, Acme Payments, 2019 – present
  - Designed the reconciliation service that processes two million records every day
  - Reduced cloud spending by thirty percent through capacity planning and caching
  - Mentored five engineers and introduced contract testing across four product teams
  # Skills
  Python, TypeScript, PostgreSQL, Kubernetes
`;

describeCheck(keywordStuffing, {
  fires: [
    {
      name: 'one skill repeated across a line',
      context: () => contextFromText(`${body}\nPython Python Python Python Python developer`),
      codes: ['layout.keyword-stuffing'],
    },
    {
      name: 'skills hidden in white text',
      context: async () => {
        const page = textPage([...RESUME_LINES, ...RESUME_LINES.slice(3, 7)]);
        page.texts!.push({
          text: 'Kubernetes Terraform PostgreSQL',
          x: 60,
          y: 760,
          color: [1, 1, 1],
        });
        return contextFromBytes(await buildPdf({ pages: [page] }));
      },
      codes: ['layout.hidden-keywords'],
    },
  ],
  passes: [
    { name: 'ordinary skill mentions', context: () => contextFromText(body) },
    {
      name: 'a long technical resume',
      context: () => contextFromFixture('corpus/rendercv-classic.pdf'),
    },
    {
      name: 'template placeholders (xxx)',
      context: () => contextFromFixture('corpus/en-billryan.pdf'),
    },
  ],
});
