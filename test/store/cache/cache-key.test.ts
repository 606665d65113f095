import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../../src/store/cache/cache-key.js';

const base = {
  contentHash: 'ab12'.repeat(16),
  kind: 'analysis',
  options: { locale: 'en', dismissed: ['NO_PHOTO'], match: { strict: true, weight: 2 } },
  engineVersion: '0.1.0',
};

describe('cacheKey', () => {
  it('is the same for options that differ only in key order or undefined fields', () => {
    const reordered = {
      ...base,
      options: {
        match: { weight: 2, strict: true },
        dismissed: ['NO_PHOTO'],
        locale: 'en',
        x: undefined,
      },
    };
    expect(cacheKey(reordered)).toBe(cacheKey(base));
  });

  it('gives the same keys after many other option sets have come and gone', () => {
    const first = cacheKey(base);
    const reordered = cacheKey({ ...base, options: { ...base.options, locale: 'en' } });
    const others = Array.from({ length: 1_000 }, (_, i) =>
      cacheKey({ ...base, options: { ...base.options, locale: `l${i}` } }),
    );
    expect(new Set(others).size).toBe(others.length);
    expect(cacheKey(base)).toBe(first);
    expect(reordered).toBe(first);
    expect(cacheKey({ ...base, options: { ...base.options, locale: 'l7' } })).toBe(others[7]);
  });

  it('changes with every part that changes the result', () => {
    const key = cacheKey(base);
    const variants = [
      { ...base, contentHash: 'cd34'.repeat(16) },
      { ...base, kind: 'match' },
      { ...base, engineVersion: '0.2.0' },
      { ...base, promptVersion: '3' },
      { ...base, options: { ...base.options, locale: 'de' } },
      { ...base, options: { ...base.options, dismissed: [] } },
    ];
    const keys = new Set(variants.map(cacheKey));
    expect(keys.size).toBe(variants.length);
    expect(keys.has(key)).toBe(false);
  });

  it('cannot be forged by putting the separator inside a part', () => {
    const a = cacheKey({ ...base, kind: 'a:b', engineVersion: 'c' });
    const b = cacheKey({ ...base, kind: 'a', engineVersion: 'b:c' });
    expect(a).not.toBe(b);
  });

  it('is readable up front and carries a SHA-256 of the options', () => {
    expect(cacheKey(base)).toMatch(/^analysis:0\.1\.0:-:(ab12){16}:[0-9a-f]{64}$/);
  });
});
