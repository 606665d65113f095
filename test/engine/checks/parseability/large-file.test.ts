import { largeFile } from '../../../../src/engine/checks/parseability/large-file.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';

describeCheck(largeFile, {
  fires: [
    {
      name: 'a 3 MB file',
      context: () =>
        contextFromFixture('resumes/en-word-classic.pdf', { extracted: { byteLength: 3_000_000 } }),
    },
  ],
  passes: [
    {
      name: 'a 42 KB Word export',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
    {
      name: 'exactly 2.5 MB',
      context: () =>
        contextFromFixture('resumes/en-word-classic.pdf', {
          extracted: { byteLength: 2.5 * 1024 * 1024 },
        }),
    },
  ],
});
