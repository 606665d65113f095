import { multipleColumns } from '../../../../src/engine/checks/layout/multiple-columns.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(multipleColumns, {
  fires: [
    {
      name: 'AltaCV with a sidebar',
      context: () => contextFromFixture('corpus/altacv-sample.pdf'),
    },
    { name: 'Deedy two-column', context: () => contextFromFixture('corpus/deedy-openfont.pdf') },
    {
      name: 'a sidebar flow beside the main text',
      context: () =>
        contextFromText(`
          Ada Lovelace
          # Experience
          Engineer at Acme
          {side} # Skills
          {side} Python
          {side} TypeScript
          {side} PostgreSQL
        `),
    },
  ],
  passes: [
    {
      name: 'a single-column Word export',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
    {
      name: 'moderncv with a date column',
      context: () => contextFromFixture('corpus/moderncv-classic-green.pdf'),
    },
    {
      name: 'two stray lines beside the text are not a column',
      context: () =>
        contextFromText('Ada Lovelace\n# Experience\nEngineer\n{side} 2020\n{side} 2021'),
    },
  ],
});
