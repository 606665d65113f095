import { iconsForLabels } from '../../../../src/engine/checks/layout/icons-for-labels.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(iconsForLabels, {
  fires: [
    {
      name: 'FontAwesome icons before contact details',
      context: () => contextFromFixture('corpus/rendercv-classic.pdf'),
    },
    {
      name: 'emoji in place of labels',
      context: () => contextFromText('Ada Lovelace\n📞 +44 20 7946 0958 ✉ ada@example.org'),
    },
  ],
  passes: [
    {
      name: 'plain contact line',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
    {
      name: 'icons with written labels',
      context: () => contextFromText('Ada Lovelace\n📞 Phone: +44 20 7946 0958'),
    },
  ],
});
