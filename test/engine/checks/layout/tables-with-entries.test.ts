import { tablesWithEntries } from '../../../../src/engine/checks/layout/tables-with-entries.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(tablesWithEntries, {
  fires: [
    {
      name: 'Word entries laid out as title | dates tables',
      context: () => contextFromFixture('resumes/en-word-classic.docx'),
    },
    {
      name: 'a whole resume in a layout table',
      context: () => contextFromFixture('resumes/en-sidebar-table.docx'),
    },
    {
      name: 'experience in table cells',
      context: () =>
        contextFromText(
          `
          Ada Lovelace
          # Experience
          {table=0:0:0} Senior Engineer, Acme
          {table=0:0:1} 2019 – present
          {table=0:1:0} Engineer, Initech
          {table=0:1:1} 2015 – 2019
        `,
          { format: 'docx' },
        ),
    },
  ],
  passes: [
    {
      name: 'the same resume as a PDF (no wrapped cells)',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
    {
      name: 'moderncv skill grids',
      context: () => contextFromFixture('corpus/moderncv-classic-green.pdf'),
    },
    {
      name: 'a skills table outside the entries',
      context: () =>
        contextFromText(
          `
          Ada Lovelace
          # Skills
          {table=0:0:0} Languages
          {table=0:0:1} Python, TypeScript
        `,
          { format: 'docx' },
        ),
    },
  ],
});
