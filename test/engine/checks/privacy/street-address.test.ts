import { streetAddress } from '../../../../src/engine/checks/privacy/street-address.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { personalContext } from './markup.js';

describeCheck(streetAddress, {
  fires: [
    {
      name: 'a US street address',
      context: () => personalContext(['1600 Pennsylvania Ave, Washington, DC 20500']),
      codes: ['privacy.street-address'],
    },
    { name: 'a German Anschrift', context: () => contextFromFixture('resumes/de-lebenslauf.pdf') },
    { name: 'a French address', context: () => contextFromFixture('resumes/fr-cv.pdf') },
    {
      name: 'a Spanish address',
      context: () => personalContext(['Calle Mayor 5, 28013 Madrid'], { language: 'es' }),
    },
    {
      name: 'a Chinese address',
      context: () => personalContext(['北京市海淀区中关村大街27号'], { language: 'zh' }),
    },
    {
      name: 'a Russian address',
      context: () => personalContext(['г. Москва, ул. Ленина, д. 5'], { language: 'ru' }),
    },
  ],
  passes: [
    { name: 'a city only', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
    {
      name: 'a degree and years near the top',
      context: () => personalContext(['Software Engineering 2019, University of Texas']),
    },
    { name: 'a Chinese district only', context: () => contextFromFixture('resumes/zh-jianli.pdf') },
  ],
});
