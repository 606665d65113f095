import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTs(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

async function lintEngineSource(code: string) {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, 'src/engine/probe.ts') });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe('engine purity', () => {
  it.each([
    [
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;",
      'no-restricted-imports',
    ],
    ["import http from 'http';\nexport const x = http;", 'no-restricted-imports'],
    [
      "import { Worker } from 'node:worker_threads';\nexport const x = Worker;",
      'no-restricted-imports',
    ],
    ["import { exec } from 'child_process';\nexport const x = exec;", 'no-restricted-imports'],
    ['export const x = process.env.HOME;', 'no-restricted-globals'],
    ['export const x = Date.now();', 'no-restricted-properties'],
    ['export const x = new Date();', 'no-restricted-syntax'],
    ['export const x = Math.random();', 'no-restricted-properties'],
    ["export const x = () => import('node:net');", 'no-restricted-syntax'],
  ])('the lint rule rejects %s', async (code, rule) => {
    expect(await lintEngineSource(code)).toContain(rule);
  });

  it('the lint rule accepts pure code', async () => {
    const rules = await lintEngineSource(
      'export const toDate = (iso: string): Date => new Date(iso);\n',
    );
    expect(rules).toEqual([]);
  });

  it('no engine file imports I/O, reads the environment, the clock or randomness', async () => {
    const files = listTs(join(root, 'src/engine'));
    expect(files.length).toBeGreaterThan(5);
    const eslint = new ESLint({ cwd: root });
    const results = await eslint.lintFiles(files);
    const purityRules = new Set([
      'no-restricted-imports',
      'no-restricted-globals',
      'no-restricted-properties',
      'no-restricted-syntax',
    ]);
    const violations = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId && purityRules.has(m.ruleId))
        .map((m) => `${relative(root, r.filePath)}:${m.line} ${m.message}`),
    );
    expect(violations).toEqual([]);
  });
});
