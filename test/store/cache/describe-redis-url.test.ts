import { describe, expect, it } from 'vitest';
import { describeRedisUrl } from '../../../src/store/redis/describe-redis-url.js';

describe('describeRedisUrl', () => {
  it('keeps host, port and database but drops credentials', () => {
    expect(describeRedisUrl('redis://user:hunter2@cache.internal:6380/2')).toBe(
      'redis://cache.internal:6380/2',
    );
  });

  it('fills in the default port', () => {
    expect(describeRedisUrl('rediss://:token@cache.example.com')).toBe(
      'rediss://cache.example.com:6379',
    );
  });

  it('says nothing about a URL it cannot parse, which may still hold a secret', () => {
    expect(describeRedisUrl('not a url with hunter2')).not.toContain('hunter2');
  });
});
