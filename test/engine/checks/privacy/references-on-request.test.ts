import { referencesOnRequest } from '../../../../src/engine/checks/privacy/references-on-request.js';
import { contextFromFixture, describeCheck } from '../../../helpers/check-harness.js';
import { personalContext } from './markup.js';

const withLine = (line: string, language = 'en') => personalContext([line], { language });

describeCheck(referencesOnRequest, {
  fires: [
    {
      name: 'English',
      context: () => withLine('References available upon request'),
      codes: ['privacy.references-on-request'],
    },
    { name: 'German', context: () => withLine('Referenzen auf Anfrage', 'de') },
    { name: 'French', context: () => withLine('Références disponibles sur demande', 'fr') },
    { name: 'Spanish', context: () => withLine('Referencias disponibles a petición', 'es') },
    {
      name: 'Portuguese',
      context: () => withLine('Referências disponíveis mediante solicitação', 'pt'),
    },
    { name: 'Russian', context: () => withLine('Рекомендации предоставлю по запросу', 'ru') },
  ],
  passes: [
    { name: 'no such line', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
    {
      name: 'listed references',
      context: () => withLine('References: Dr. Jane Smith, Acme Corp, jane@example.org'),
    },
  ],
});
