/**
 * "References available on request" is assumed by every employer; the line spends space and reads
 * dated. Phrasings in the eight resume languages we parse.
 */
import type { Check } from '../types.js';
import { findInLines, matchEvidence } from './support/lines.js';

const REFERENCES_RE =
  /references?\s+(?:are\s+)?(?:available\s+)?(?:up)?on\s+request|references?\s+(?:are\s+)?available|available\s+upon\s+request|referenzen\s+(?:auf|nach)\s+(?:anfrage|wunsch)|zeugnisse\s+(?:und\s+referenzen\s+)?(?:auf|nach)\s+anfrage|références\s+(?:disponibles\s+)?sur\s+demande|referencias\s+(?:disponibles\s+)?(?:a|bajo|previa)\s+(?:petición|solicitud)|referências\s+(?:disponíveis\s+)?(?:mediante\s+solicitação|sob\s+consulta|a\s+pedido)|рекомендации\s+(?:предоставл\p{L}*\s+)?по\s+запросу|推荐人.{0,6}(?:提供|要求)|可提供推荐|推薦状.{0,10}(?:提出可能|ご要望)/giu;

export const referencesOnRequest: Check = {
  id: 'privacy.references-on-request',
  category: 'privacy',
  severity: 'tip',
  appliesTo: {},
  codes: ['privacy.references-on-request'],
  run(context) {
    const found = findInLines(context.layout.lines, REFERENCES_RE)[0];
    return found
      ? [
          {
            code: 'privacy.references-on-request',
            evidence: [matchEvidence(found, found.line.text)],
          },
        ]
      : [];
  },
};
