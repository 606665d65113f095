import { tooManyWords } from '../../../../src/engine/checks/length/too-many-words.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { lengthContext } from './markup.js';

describeCheck(tooManyWords, {
  fires: [
    {
      name: '1,200 words with about 5 years',
      context: () =>
        lengthContext({ roles: ['Jan 2022 – Present', 'Jan 2020 – Dec 2021'], wordsPerRole: 600 }),
      codes: ['length.too-many-words'],
    },
  ],
  passes: [
    {
      name: '1,200 words with 20 years',
      context: () =>
        lengthContext({ roles: ['Jan 2016 – Present', 'Jan 2006 – Dec 2015'], wordsPerRole: 600 }),
    },
    {
      name: '600 words with 3 years',
      context: () =>
        lengthContext({ roles: ['Jan 2024 – Present', 'Jan 2023 – Dec 2023'], wordsPerRole: 300 }),
    },
    {
      name: 'a one-page real resume',
      context: () => contextFromFixture('corpus/sb2nov-sourabh.pdf'),
    },
  ],
});
