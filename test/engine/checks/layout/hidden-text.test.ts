import { hiddenText } from '../../../../src/engine/checks/layout/hidden-text.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { buildPdf } from '../../../helpers/pdf-fixtures.js';
import { textPage } from '../parseability/sample-pdfs.js';

const WHITE: [number, number, number] = [1, 1, 1];

describeCheck(hiddenText, {
  fires: [
    {
      name: 'white keywords on a white page',
      context: async () => {
        const page = textPage();
        page.texts!.push({ text: 'Kubernetes Terraform Python AWS', x: 60, y: 700, color: WHITE });
        return contextFromBytes(await buildPdf({ pages: [page] }));
      },
    },
    {
      name: '1 pt text',
      context: async () => {
        const page = textPage();
        page.texts!.push({ text: 'machine learning leadership', x: 60, y: 700, size: 1 });
        return contextFromBytes(await buildPdf({ pages: [page] }));
      },
    },
  ],
  passes: [
    { name: 'a Word export', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
    {
      name: 'white text on a dark banner',
      context: async () => {
        const page = textPage();
        page.rects = [{ x: 40, y: 680, width: 500, height: 40, color: [0.1, 0.2, 0.4] }];
        page.texts!.push({ text: 'Open to relocation', x: 60, y: 705, color: WHITE });
        return contextFromBytes(await buildPdf({ pages: [page] }));
      },
    },
  ],
});
