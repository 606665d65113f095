import { pageCount } from '../../../../src/engine/checks/length/page-count.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';
import { lengthContext } from './markup.js';

describeCheck(pageCount, {
  fires: [
    {
      name: 'three pages with about 5 years of experience',
      context: () =>
        lengthContext({
          roles: ['Jan 2022 – Present', 'Jan 2020 – Dec 2021', 'Jan 2019 – Dec 2019'],
          pages: 3,
        }),
      codes: ['length.too-many-pages'],
    },
    {
      name: 'overlapping roles count once (three concurrent 5-year roles are 5 years, not 15)',
      context: () =>
        lengthContext({
          roles: ['Jan 2021 – Dec 2025', 'Jan 2021 – Dec 2025', 'Jan 2021 – Dec 2025'],
          pages: 3,
        }),
    },
    {
      name: 'a real three-page resume with under ten years',
      context: () => contextFromFixture('corpus/rendercv-engineeringresumes.pdf'),
    },
  ],
  passes: [
    {
      name: 'three pages with 20 years of experience',
      context: () =>
        lengthContext({
          roles: ['Jan 2016 – Present', 'Jan 2006 – Dec 2015', 'Jan 2000 – Dec 2005'],
          pages: 3,
        }),
    },
    {
      name: 'two pages',
      context: () =>
        lengthContext({ roles: ['Jan 2024 – Present', 'Jan 2023 – Dec 2023'], pages: 2 }),
    },
    {
      name: 'plain text has no pages',
      context: () => contextFromText('Ada\n---\nB\n---\nC', { sizes: false }),
    },
  ],
});
