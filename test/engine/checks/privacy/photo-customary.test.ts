import { photoCustomary } from '../../../../src/engine/checks/privacy/photo-customary.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';

describeCheck(photoCustomary, {
  fires: [
    {
      name: 'a German CV with a photo',
      context: () => contextFromFixture('corpus/de-madic.pdf'),
      codes: ['privacy.photo-customary'],
    },
    {
      name: 'a Spanish moderncv CV with a photo',
      context: () => contextFromFixture('corpus/moderncv-es.pdf'),
    },
  ],
  passes: [
    {
      name: 'a German CV without a photo',
      context: () => contextFromFixture('resumes/de-lebenslauf.pdf'),
    },
    {
      name: 'an English resume with a photo is privacy.photo',
      context: () => contextFromFixture('corpus/altacv-sample.pdf'),
    },
  ],
});
