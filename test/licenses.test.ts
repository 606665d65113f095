import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ALLOWED = new Set(['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD']);

interface LockPackage {
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
}

describe('dependency licences', () => {
  it('every package of the default (production) install is MIT, ISC, Apache-2.0 or BSD', () => {
    const lock = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'package-lock.json'), 'utf8'),
    ) as { packages: Record<string, LockPackage> };
    const production = Object.entries(lock.packages).filter(
      ([path, pkg]) => path !== '' && !pkg.dev && !pkg.devOptional,
    );
    expect(production.length).toBeGreaterThan(20);
    const offending = production
      .filter(([, pkg]) => !ALLOWED.has(pkg.license ?? 'UNKNOWN'))
      .map(([path, pkg]) => `${path}: ${pkg.license ?? 'UNKNOWN'}`);
    expect(offending).toEqual([]);
  });
});
