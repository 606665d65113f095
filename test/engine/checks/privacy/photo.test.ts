import { photo } from '../../../../src/engine/checks/privacy/photo.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { personalContext, withImages } from './markup.js';

describeCheck(photo, {
  fires: [
    {
      name: 'a headshot in an English AltaCV resume',
      context: () => contextFromFixture('corpus/altacv-sample.pdf'),
      codes: ['privacy.photo'],
    },
    {
      name: 'one passport-size image on page 1',
      context: () => personalContext([], { extracted: withImages(1, 0.02) }),
    },
  ],
  passes: [
    { name: 'no images', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
    {
      name: 'a row of tiny icons',
      context: () => personalContext([], { extracted: withImages(6, 0.004) }),
    },
    {
      name: 'a full-page scan or background',
      context: () => personalContext([], { extracted: withImages(1, 0.9) }),
    },
    {
      name: 'a German CV (customary there: see privacy.photo-customary)',
      context: () => contextFromFixture('corpus/de-madic.pdf'),
    },
  ],
});
