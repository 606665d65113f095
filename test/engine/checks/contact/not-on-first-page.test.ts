import { notOnFirstPage } from '../../../../src/engine/checks/contact/not-on-first-page.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(notOnFirstPage, {
  fires: [
    {
      name: 'contact details at the end of page two',
      context: () =>
        contextFromText(`Ada Lovelace
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015\n---\nada@example.org | +44 7700 900123`),
      codes: ['contact.not-on-first-page'],
    },
    {
      name: 'a German template with contact in the last lines',
      context: () => contextFromFixture('corpus/de-madic.pdf'),
    },
  ],
  passes: [
    {
      name: 'contact under the name',
      context: () =>
        contextFromText(`Ada Lovelace\nada@example.org
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015\n---\nMore text`),
    },
    {
      name: 'a two-page template',
      context: () => contextFromFixture('corpus/awesomecv-resume.pdf'),
    },
    { name: 'a Russian resume', context: () => contextFromFixture('resumes/ru-rezume.docx') },
  ],
});
