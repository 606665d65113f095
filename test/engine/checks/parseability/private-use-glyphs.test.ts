import { privateUseGlyphs } from '../../../../src/engine/checks/parseability/private-use-glyphs.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(privateUseGlyphs, {
  fires: [
    {
      name: 'letters inside words mapped to private-use code points',
      context: () =>
        contextFromText(`
          Ada Lovelace
          # Exp\ue010ri\ue010nce
          Software Engin\ue010\ue010r at Acme
          - Built the billing s\ue011st\ue010m
        `),
    },
    {
      name: 'a whole word in private-use glyphs',
      context: () => contextFromText('Ada Lovelace\n# Skills\n\ue041\ue042\ue043\ue044 and Python'),
    },
  ],
  passes: [
    {
      name: 'icon glyphs before contact details (rendercv)',
      context: () => contextFromFixture('corpus/rendercv-classic.pdf'),
    },
    {
      name: 'icon-font bullets (billryan)',
      context: () => contextFromFixture('corpus/en-billryan.pdf'),
    },
    {
      name: 'LibreOffice bullets',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
