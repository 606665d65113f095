import { personalAttributes } from '../../../../src/engine/checks/privacy/personal-attributes.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { personalContext } from './markup.js';

describeCheck(personalAttributes, {
  fires: [
    {
      name: 'nationality and religion',
      context: () => personalContext(['Nationality: British', 'Religion: Catholic']),
      codes: ['privacy.personal-attributes'],
    },
    {
      name: 'a two-column German personal-data table',
      context: () => contextFromFixture('corpus/de-madic.pdf'),
    },
    {
      name: 'German Staatsangehörigkeit',
      context: () => personalContext(['Staatsangehörigkeit: deutsch'], { language: 'de' }),
    },
    {
      name: 'Chinese 性别 and 民族',
      context: () => personalContext(['性别：男 民族：汉'], { language: 'zh' }),
    },
  ],
  passes: [
    {
      name: 'a line ending in "gender" is not a label',
      context: () => personalContext(['Studied wage gaps by gender', 'and age in 3 countries']),
    },
    {
      name: 'a research title mentioning gender',
      context: () => personalContext(['Thesis on gender gaps in 3 labour markets']),
    },
    {
      name: 'a clean Word resume',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
  ],
});
