/**
 * The catalogue meta-test: fails when a check has no message, test or documentation, when ids or
 * scoring effects are malformed, or when docs/checks.md no longer matches the registry. The
 * registry grows one check at a time; this test guards each one as it lands.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS_DOC_PATH, renderChecksDoc } from '../../../scripts/checks-doc.js';
import { CHECKS } from '../../../src/engine/checks/index.js';
import type { Check } from '../../../src/engine/checks/types.js';
import { MESSAGES } from '../../../src/engine/messages/catalog.js';
import type { MessageTemplate } from '../../../src/engine/messages/types.js';
import { auditCatalog } from '../../helpers/catalog-audit.js';

const root = join(import.meta.dirname, '..', '..', '..');

function readRepoFile(path: string): string | null {
  const full = join(root, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : null;
}

describe('check catalogue', () => {
  it('has a message, a test with firing and passing cases, and a sane effect for every check', () => {
    expect(auditCatalog({ checks: CHECKS, messages: MESSAGES, readFile: readRepoFile })).toEqual(
      [],
    );
  });

  it('keeps the registry sorted by id', () => {
    const ids = CHECKS.map((check) => check.id);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it(`keeps ${CHECKS_DOC_PATH} in step with the registry (run npm run docs:checks)`, () => {
    expect(readRepoFile(CHECKS_DOC_PATH)).toBe(renderChecksDoc(CHECKS, MESSAGES));
  });
});

describe('catalogue audit rules', () => {
  const message: MessageTemplate = {
    title: 'No email',
    why: 'Recruiters reply by email.',
    message: () => 'No email address found.',
    fix: () => 'Add an email address.',
  };
  const base = { appliesTo: {}, run: () => [] };
  const good: Check = {
    ...base,
    id: 'contact.email',
    category: 'contact',
    severity: 'warning',
    weight: 10,
    codes: ['contact.no-email'],
  };
  const goodTest = `describeCheck(emailCheck, { fires: [{ name: 'a' }], passes: [{ name: 'b' }] });`;
  const audit = (checks: Check[], files: Record<string, string> = {}, messages = {}) =>
    auditCatalog({
      checks,
      messages: { 'contact.no-email': message, ...messages },
      readFile: (path) =>
        files[path] ?? (path === 'test/engine/checks/contact/email.test.ts' ? goodTest : null),
    });

  it('accepts a complete check', () => {
    expect(audit([good])).toEqual([]);
  });

  it.each([
    [
      'a missing message',
      { codes: ['contact.no-email', 'contact.bad-email'] },
      /no message for contact\.bad-email/,
    ],
    ['an id outside its category', { id: 'layout.email' }, /id must be "contact\.<kebab-name>"/],
    ['an id not in kebab case', { id: 'contact.emailCheck' }, /id must be/],
    ['a warning without weight', { weight: 0 }, /positive weight/],
    ['a blocker without a cap in range', { severity: 'blocker', cap: 120 }, /cap in 0\.\.100/],
    ['no codes', { codes: [] }, /declares no codes/],
  ] as const)('reports %s', (_name, change, problem) => {
    const check = { ...good, ...change } as Check;
    expect(audit([check]).join('\n')).toMatch(problem);
  });

  it('reports an empty message part and a fix that throws on empty params', () => {
    const broken = {
      ...message,
      why: ' ',
      fix: () => {
        throw new Error('needs params');
      },
    };
    const problems = audit([good], {}, { 'contact.no-email': broken });
    expect(problems).toEqual([
      'contact.email: contact.no-email has an empty why (with empty params)',
      'contact.email: contact.no-email has an empty fix (with empty params)',
    ]);
  });

  it('reports a missing test file, a file without describeCheck and empty cases', () => {
    const path = 'test/engine/checks/contact/email.test.ts';
    expect(audit([good], { [path]: '' }).join('\n')).toMatch(/does not call describeCheck/);
    const empty = `describeCheck(emailCheck, { fires: [], passes: [{ name: 'b' }] });`;
    expect(audit([good], { [path]: empty })).toEqual([`contact.email: ${path} has no fires cases`]);
    const other = { ...good, id: 'contact.phone', codes: ['contact.no-phone'] };
    expect(audit([other], {}, { 'contact.no-phone': message })).toContain(
      'contact.phone: no test file test/engine/checks/contact/phone.test.ts',
    );
  });

  it('reports duplicate ids, a code shared by two checks and messages no check declares', () => {
    const twin = { ...good };
    const sharer = { ...good, id: 'contact.email-format' };
    const problems = audit([good, twin, sharer], {}, { 'contact.orphan': message });
    expect(problems).toContain('contact.email: id used by two checks');
    expect(problems).toContain(
      'contact.no-email: emitted by both contact.email and contact.email-format',
    );
    expect(problems).toContain('contact.orphan: has a message but no check declares it');
  });
});
