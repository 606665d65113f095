import { encrypted } from '../../../../src/engine/checks/parseability/encrypted.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';

describeCheck(encrypted, {
  fires: [
    {
      name: 'a PDF with an owner password only',
      context: () => contextFromFixture('malicious/encrypted-empty-password.pdf'),
    },
  ],
  passes: [
    { name: 'an unencrypted PDF', context: () => contextFromFixture('malicious/valid.pdf') },
  ],
});
