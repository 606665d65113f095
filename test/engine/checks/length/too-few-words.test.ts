import { tooFewWords } from '../../../../src/engine/checks/length/too-few-words.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { lengthContext } from './markup.js';

describeCheck(tooFewWords, {
  fires: [
    {
      name: 'a 60-word resume',
      context: () => lengthContext({ roles: ['Jan 2022 – Present', 'Jan 2020 – Dec 2021'] }),
      codes: ['length.too-few-words'],
    },
    { name: 'a short real resume', context: () => contextFromFixture('resumes/en-plain.txt') },
  ],
  passes: [
    {
      name: 'a 400-word resume',
      context: () =>
        lengthContext({ roles: ['Jan 2022 – Present', 'Jan 2020 – Dec 2021'], wordsPerRole: 200 }),
    },
    { name: 'a full real resume', context: () => contextFromFixture('corpus/deedy-openfont.pdf') },
  ],
});
