import { onePage } from '../../../../src/engine/checks/length/one-page.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { lengthContext } from './markup.js';

describeCheck(onePage, {
  fires: [
    {
      name: 'two pages with about 3 years',
      context: () =>
        lengthContext({ roles: ['Jan 2024 – Present', 'Jan 2023 – Dec 2023'], pages: 2 }),
      codes: ['length.over-one-page'],
    },
    {
      name: 'a real two-page resume with under five years',
      context: () => contextFromFixture('corpus/rendercv-classic.pdf'),
    },
  ],
  passes: [
    {
      name: 'two pages with 8 years',
      context: () =>
        lengthContext({ roles: ['Jan 2022 – Present', 'Jan 2018 – Dec 2021'], pages: 2 }),
    },
    {
      name: 'one page',
      context: () => lengthContext({ roles: ['Jan 2024 – Present'] }),
    },
    {
      name: 'no dated roles: years unknown, so no advice',
      context: () => contextFromText('Ada Lovelace\n# Projects\nA compiler\n---\nMore projects'),
    },
  ],
});
