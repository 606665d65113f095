import { smallText } from '../../../../src/engine/checks/layout/small-text.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(smallText, {
  fires: [
    {
      name: 'body text around 6.6 pt',
      context: () => contextFromFixture('corpus/de-madic.pdf'),
      codes: ['layout.small-body-text'],
    },
    {
      name: 'job entries in 7 pt under 10 pt body text',
      context: () =>
        contextFromText(`
          {size=20} Ada Lovelace
          Engineer who likes building payment systems and mentoring people.
          Writes clear documentation and runbooks for every service.
          # Experience
          {size=7} Senior Engineer, Acme Payments, 2019 – present
          {size=7} Engineer, Initech Systems, 2015 – 2019
          {size=7} Intern, Globex Corporation, 2014
        `),
      codes: ['layout.small-key-text'],
    },
  ],
  passes: [
    {
      name: 'AwesomeCV at 8.97 pt (9 pt as exported)',
      context: () => contextFromFixture('corpus/awesomecv-resume.pdf'),
    },
    {
      name: 'a Word export at 10.5 pt',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
