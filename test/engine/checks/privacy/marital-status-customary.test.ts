import { maritalStatusCustomary } from '../../../../src/engine/checks/privacy/marital-status-customary.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { personalContext } from './markup.js';

describeCheck(maritalStatusCustomary, {
  fires: [
    {
      name: 'Familienstand in a German CV',
      context: () => contextFromFixture('corpus/de-madic.pdf'),
      codes: ['privacy.marital-status-customary'],
    },
    {
      name: '"verheiratet, 2 Kinder" on its own line',
      context: () => personalContext(['verheiratet, 2 Kinder'], { language: 'de' }),
    },
    {
      name: 'French "célibataire"',
      context: () => personalContext(['Célibataire'], { language: 'fr' }),
    },
    {
      name: 'Chinese 婚姻状况',
      context: () => personalContext(['婚姻状况：已婚'], { language: 'zh' }),
    },
    {
      name: 'Russian "женат"',
      context: () => personalContext(['Семейное положение: женат'], { language: 'ru' }),
    },
  ],
  passes: [
    {
      name: 'a German CV without it',
      context: () => contextFromFixture('resumes/de-lebenslauf.pdf'),
    },
    {
      name: '"ledig" inside a longer sentence is not a status line',
      context: () =>
        personalContext(
          ['Verantwortlich für die Planung, lediglich 3 Wochen Vorlauf und mehr Text'],
          { language: 'de' },
        ),
    },
  ],
});
