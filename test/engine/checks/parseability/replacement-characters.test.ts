import { replacementCharacters } from '../../../../src/engine/checks/parseability/replacement-characters.js';
import {
  contextFromBytes,
  contextFromFixture,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(replacementCharacters, {
  fires: [
    {
      name: 'accented letters lost in decoding',
      context: () =>
        contextFromBytes(
          new TextEncoder().encode(
            `Jos\ufffd Garc\ufffda\njose@example.org\n\nExperience\n${'Software engineer at Acme building payment services.\n'.repeat(5)}`,
          ),
        ),
    },
  ],
  passes: [
    { name: 'a clean text resume', context: () => contextFromFixture('resumes/en-plain.txt') },
  ],
});
