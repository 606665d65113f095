import { headingsNotDistinct } from '../../../../src/engine/checks/sections/headings-not-distinct.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

const resume = (style: string): string => `
  Ada Lovelace
  ${style}Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  ${style}Education
  **BSc Mathematics, University of London**  2011 – 2015
  ${style}Skills
  Python, SQL, statistics and data analysis
`;

describeCheck(headingsNotDistinct, {
  fires: [
    {
      name: 'headings in body size and weight',
      context: () => contextFromText(resume('')),
      codes: ['sections.headings-not-distinct'],
    },
  ],
  passes: [
    { name: 'larger headings', context: () => contextFromText(resume('{size=13} ')) },
    { name: 'bold headings', context: () => contextFromText(resume('{b} ')) },
    {
      name: 'plain text has no typography to judge',
      context: () => contextFromText(resume(''), { format: 'txt', sizes: false }),
    },
    {
      name: 'a DOCX with heading styles',
      context: () => contextFromFixture('resumes/en-word-classic.docx'),
    },
    { name: 'a Chinese PDF', context: () => contextFromFixture('resumes/zh-jianli.pdf') },
    { name: 'a LaTeX template', context: () => contextFromFixture('corpus/sb2nov-sourabh.pdf') },
  ],
});
