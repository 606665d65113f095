import { oddOrder } from '../../../../src/engine/checks/sections/odd-order.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

const resume = (degree: string): string => `
  Ada Lovelace
  # Education
  **BSc Mathematics, University of London**  ${degree}
  # Experience
  **Software Engineer, Acme Corp**  Jan 2018 – Present
  - Built the billing service used by 40 teams.
  **Developer, Globex Inc**  Mar 2012 – Dec 2017
  - Wrote the reporting pipeline.
`;

describeCheck(oddOrder, {
  fires: [
    {
      name: 'education first after 14 years of work',
      context: () => contextFromText(resume('2008 – 2012')),
      codes: ['sections.education-before-experience'],
    },
  ],
  passes: [
    {
      name: 'a part-time student (education first is right)',
      context: () => contextFromText(resume('2024 – Present')),
    },
    { name: 'experience first', context: () => contextFromFixture('resumes/en-word-classic.docx') },
    {
      name: 'education in a sidebar',
      context: () => contextFromFixture('corpus/altacv-mmayer.pdf'),
    },
    {
      name: 'a graduate student template',
      context: () => contextFromFixture('corpus/en-billryan.pdf'),
    },
    { name: 'a Chinese template', context: () => contextFromFixture('corpus/zh-billryan.pdf') },
  ],
});
