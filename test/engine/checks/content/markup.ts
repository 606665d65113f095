/** Builds resume markup for content checks: a contact block, a summary and roles with bullets. */
import { contextFromText } from '../../../helpers/check-harness.js';

export interface RoleMarkup {
  title?: string;
  dates?: string;
  bullets: string[];
}

export function resumeMarkup(roles: RoleMarkup[], summary?: string): string {
  const parts = ['Ada Lovelace', 'ada@example.org | +1 512 555 0134 | Austin, TX'];
  if (summary) parts.push('# Summary', summary);
  parts.push('# Experience');
  roles.forEach((role, i) => {
    parts.push(
      `**${role.title ?? 'Software Engineer'}, Company ${i + 1}**  ${role.dates ?? (i === 0 ? 'Jan 2022 – Present' : `Jan ${2018 - i * 3} – Dec ${2021 - i * 3}`)}`,
    );
    for (const bullet of role.bullets) parts.push(`- ${bullet}`);
  });
  parts.push('# Education', '**BSc Mathematics, University of London**  2011 – 2015');
  parts.push('# Skills', 'TypeScript, PostgreSQL, Kubernetes');
  return parts.join('\n');
}

export const resumeContext = (roles: RoleMarkup[], summary?: string) =>
  contextFromText(resumeMarkup(roles, summary));

/** Strong, quantified bullets that no content check should flag. */
export const GOOD_BULLETS = [
  'Cut checkout latency from 900 ms to 180 ms by redesigning the ledger write path.',
  'Led 5 engineers migrating 40 services to Kubernetes with zero downtime.',
  'Introduced contract testing, reducing production incidents by 35% in a year.',
];

export const GOOD_PAST_BULLETS = [
  'Built the reconciliation service processing 2M transactions per day.',
  'Wrote on-call runbooks adopted by four teams.',
];
