import { dateOfBirthCustomary } from '../../../../src/engine/checks/privacy/date-of-birth-customary.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { personalContext } from './markup.js';

describeCheck(dateOfBirthCustomary, {
  fires: [
    {
      name: 'a German Lebenslauf with Geburtsdatum',
      context: () => contextFromFixture('resumes/de-lebenslauf.pdf'),
      codes: ['privacy.date-of-birth-customary'],
    },
    {
      name: '"Geburtsdatum/-ort" with the date on the next line',
      context: () => contextFromFixture('corpus/de-madic.pdf'),
    },
    {
      name: 'French "Née le"',
      context: () => personalContext(['Née le 3 mars 1988'], { language: 'fr' }),
    },
    {
      name: 'Spanish "Fecha de nacimiento"',
      context: () => personalContext(['Fecha de nacimiento: 12/05/1991'], { language: 'es' }),
    },
    {
      name: 'Portuguese "Data de nascimento"',
      context: () => personalContext(['Data de nascimento: 12/05/1991'], { language: 'pt' }),
    },
    {
      name: 'Chinese 出生日期',
      context: () => personalContext(['出生日期：1990年5月'], { language: 'zh' }),
    },
    {
      name: 'Japanese 生年月日 in an era year',
      context: () => personalContext(['生年月日 平成2年5月14日'], { language: 'ja' }),
    },
    {
      name: 'Russian "Дата рождения"',
      context: () => personalContext(['Дата рождения: 14.05.1990'], { language: 'ru' }),
    },
  ],
  passes: [
    { name: 'a Spanish CV without one', context: () => contextFromFixture('resumes/es-cv.pdf') },
    {
      name: 'a Japanese CV without one',
      context: () => contextFromFixture('resumes/ja-shokumukeirekisho.pdf'),
    },
    {
      name: 'French years of experience are not an age',
      context: () => personalContext(['Dix ans d’expérience, 10 ans en CRM'], { language: 'fr' }),
    },
  ],
});
