import { passiveVoice } from '../../../../src/engine/checks/content/passive-voice.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { GOOD_BULLETS, resumeContext } from './markup.js';

describeCheck(passiveVoice, {
  fires: [
    {
      name: '"were implemented by" and "was responsible"',
      context: () =>
        resumeContext([
          {
            bullets: [
              'New integration tests were implemented by the team, cutting bugs by 30%.',
              'Was responsible for 3 vendor contracts.',
              ...GOOD_BULLETS,
            ],
          },
        ]),
      codes: ['content.passive-voice'],
    },
  ],
  passes: [
    { name: 'active bullets', context: () => resumeContext([{ bullets: GOOD_BULLETS }]) },
    {
      name: 'adjectives after "is"',
      context: () =>
        resumeContext([
          { bullets: ['Built a team that is based in 3 countries and 2 time zones.'] },
        ]),
    },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
