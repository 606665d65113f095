import { describe, expect, it } from 'vitest';
import { fontFamily, manyFonts } from '../../../../src/engine/checks/layout/many-fonts.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';

describeCheck(manyFonts, {
  fires: [
    {
      name: 'three CJK typefaces plus Latin Modern',
      context: () => contextFromFixture('corpus/zh-billryan.pdf'),
    },
  ],
  passes: [
    {
      name: 'Roboto and Source Sans',
      context: () => contextFromFixture('corpus/awesomecv-cv.pdf'),
    },
    {
      name: 'Computer Modern in many sizes',
      context: () => contextFromFixture('corpus/sb2nov-sourabh.pdf'),
    },
    {
      name: 'CJK subfonts of one face',
      context: () => contextFromFixture('corpus/moderncv-zh.pdf'),
    },
  ],
});

describe('fontFamily', () => {
  it.each([
    ['ABCDEF+LMRomanSlant17-Regular', 'lm'],
    ['LMRoman10-Bold', 'lm'],
    ['CMBX12', 'cm'],
    ['SFRM1095', 'cm'],
    ['TimesNewRomanPS-BoldMT', 'timesnew'],
    ['gbsnu5c', 'gbsn'],
    ['Lato-Hairline', 'lato'],
  ])('%s belongs to %s', (name, family) => expect(fontFamily(name)).toBe(family));
});
