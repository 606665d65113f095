import { type3Fonts } from '../../../../src/engine/checks/parseability/type3-fonts.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';

describeCheck(type3Fonts, {
  fires: [
    {
      name: 'a PDF set in a Type 3 font that extracts fine',
      context: () =>
        contextFromFixture('corpus/sb2nov-sourabh.pdf', {
          extracted: {
            diagnostics: [
              { code: 'pdf.type3-fonts', pages: [1], count: 1, params: { fonts: 'T3Font_0' } },
            ],
          },
        }),
    },
  ],
  passes: [
    { name: 'outline fonts', context: () => contextFromFixture('corpus/sb2nov-sourabh.pdf') },
  ],
});
