import { ligatures } from '../../../../src/engine/checks/parseability/ligatures.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';

describeCheck(ligatures, {
  fires: [
    {
      name: 'the extractor found ﬁ/ﬂ ligature glyphs',
      context: () =>
        contextFromFixture('resumes/en-word-classic.pdf', {
          extracted: {
            diagnostics: [
              { code: 'pdf.ligatures', pages: [1], count: 4, sample: 'ﬁnance workﬂow' },
            ],
          },
        }),
    },
  ],
  passes: [
    { name: 'a Word export', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
    { name: 'pdfTeX output', context: () => contextFromFixture('corpus/sb2nov-sourabh.pdf') },
  ],
});
