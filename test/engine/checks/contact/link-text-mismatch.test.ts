import { linkTextMismatch } from '../../../../src/engine/checks/contact/link-text-mismatch.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

const withLine = (line: string): string => `Ada Lovelace\n${line}
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`;

describeCheck(linkTextMismatch, {
  fires: [
    {
      name: 'a GitHub address linked to another site',
      context: () =>
        contextFromText(withLine('{link=https://old-portfolio.example.net} github.com/ada')),
      codes: ['contact.link-text-mismatch'],
    },
    {
      name: 'an email linked to another address',
      context: () => contextFromText(withLine('{link=mailto:old@example.org} ada@example.org')),
    },
  ],
  passes: [
    {
      name: 'a matching link',
      context: () => contextFromText(withLine('{link=https://www.github.com/ada/} github.com/ada')),
    },
    {
      name: 'a label without an address',
      context: () => contextFromText(withLine('{link=https://linkedin.com/in/ada} LinkedIn')),
    },
    {
      name: 'icons and handles with links',
      context: () => contextFromFixture('corpus/altacv-sample.pdf'),
    },
    { name: 'a RenderCV header', context: () => contextFromFixture('corpus/rendercv-classic.pdf') },
    {
      name: 'a German template with links',
      context: () => contextFromFixture('corpus/de-madic.pdf'),
    },
    { name: 'a French DOCX', context: () => contextFromFixture('resumes/fr-cv.docx') },
  ],
});
