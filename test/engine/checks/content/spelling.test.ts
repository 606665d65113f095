import { spelling } from '../../../../src/engine/checks/content/spelling.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, resumeContext } from './markup.js';

describeCheck(spelling, {
  fires: [
    {
      name: 'typos one edit from a word',
      context: () =>
        resumeContext([
          {
            bullets: [
              'Recieved the annual award for an easily managable release process.',
              ...GOOD_BULLETS,
            ],
          },
        ]),
      codes: ['content.spelling'],
    },
    {
      name: 'typos in a real template',
      context: () => contextFromFixture('corpus/awesomecv-resume.pdf'),
    },
  ],
  passes: [
    {
      name: 'technical terms, names, URLs and inflections',
      context: () =>
        resumeContext([
          {
            bullets: [
              'Containerized 40 microservices with Docker and deployed them serverless on AWS.',
              'Onboarded 12 stakeholders to the runbooks at github.com/adalovelace/infra.',
              'Refactored the backend, halving latency for iOS users.',
            ],
          },
        ]),
    },
    {
      name: 'hyphenated line breaks',
      context: () => contextFromFixture('corpus/rendercv-classic.pdf'),
    },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
