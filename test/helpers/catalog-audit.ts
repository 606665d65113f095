/**
 * The rules the check catalogue must keep (DESIGN.md principle 4; issue 3): every check has
 * messages, a test file with firing and passing cases, a well-formed id and a sane scoring effect,
 * and no code belongs to two checks. Returns every problem at once, so one run lists all the work.
 * File access is injected so the rules themselves can be tested on a fake registry.
 */
import type { Check } from '../../src/engine/checks/types.js';
import type { MessageCatalog } from '../../src/engine/messages/types.js';

export interface AuditInput {
  checks: readonly Check[];
  messages: MessageCatalog;
  /** The text of a repository file, or null when it does not exist. */
  readFile(path: string): string | null;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `contact.no-email` → test/engine/checks/contact/no-email.test.ts */
export function testFileFor(check: Check): string {
  const name = check.id.slice(check.category.length + 1);
  return `test/engine/checks/${check.category}/${name}.test.ts`;
}

function auditId(check: Check): string[] {
  const [prefix, ...rest] = check.id.split('.');
  const name = rest.join('.');
  if (prefix === check.category && KEBAB.test(name)) return [];
  return [`${check.id}: id must be "${check.category}.<kebab-name>"`];
}

function auditEffect(check: Check): string[] {
  if (check.severity === 'warning' && !(Number.isFinite(check.weight) && check.weight > 0)) {
    return [`${check.id}: a warning needs a positive weight, got ${check.weight}`];
  }
  if (check.severity === 'blocker' && !(check.cap >= 0 && check.cap <= 100)) {
    return [`${check.id}: a blocker needs a cap in 0..100, got ${check.cap}`];
  }
  return [];
}

function auditMessages(check: Check, messages: MessageCatalog): string[] {
  if (check.codes.length === 0) return [`${check.id}: declares no codes`];
  return check.codes.flatMap((code) => {
    const template = messages[code];
    if (!template) return [`${check.id}: no message for ${code} (src/engine/messages/en)`];
    const render = (part: 'message' | 'fix') => {
      try {
        return template[part]({});
      } catch {
        return '';
      }
    };
    const texts = {
      title: template.title,
      why: template.why,
      message: render('message'),
      fix: render('fix'),
    };
    return Object.entries(texts)
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([part]) => `${check.id}: ${code} has an empty ${part} (with empty params)`);
  });
}

/** The harness asserts at run time too; this catches a file that never calls it or is empty. */
function auditTestFile(check: Check, readFile: AuditInput['readFile']): string[] {
  const path = testFileFor(check);
  const text = readFile(path);
  if (text === null) return [`${check.id}: no test file ${path}`];
  const problems: string[] = [];
  if (!/\bdescribeCheck\s*\(/.test(text))
    problems.push(`${check.id}: ${path} does not call describeCheck`);
  for (const key of ['fires', 'passes']) {
    const declared = new RegExp(`\\b${key}\\s*[:,}]`).test(text);
    const empty = new RegExp(`\\b${key}\\s*:\\s*\\[\\s*\\]`).test(text);
    if (!declared || empty) problems.push(`${check.id}: ${path} has no ${key} cases`);
  }
  return problems;
}

function auditUniqueness(checks: readonly Check[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  for (const check of checks) {
    if (ids.has(check.id)) problems.push(`${check.id}: id used by two checks`);
    ids.add(check.id);
    for (const code of new Set(check.codes)) {
      const owner = owners.get(code);
      if (owner !== undefined && owner !== check.id) {
        problems.push(`${code}: emitted by both ${owner} and ${check.id}`);
      }
      owners.set(code, check.id);
    }
  }
  return problems;
}

/** A message no check declares is dead text or a typo in a check's `codes`. */
function auditOrphanMessages(checks: readonly Check[], messages: MessageCatalog): string[] {
  const declared = new Set(checks.flatMap((check) => check.codes));
  return Object.keys(messages)
    .filter((code) => !declared.has(code))
    .map((code) => `${code}: has a message but no check declares it`);
}

export function auditCatalog({ checks, messages, readFile }: AuditInput): string[] {
  return [
    ...auditUniqueness(checks),
    ...checks.flatMap((check) => [
      ...auditId(check),
      ...auditEffect(check),
      ...auditMessages(check, messages),
      ...auditTestFile(check, readFile),
    ]),
    ...auditOrphanMessages(checks, messages),
  ];
}
