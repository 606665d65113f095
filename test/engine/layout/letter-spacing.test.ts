import { describe, expect, it } from 'vitest';
import { collapseSpacedLetters } from '../../../src/engine/layout/letter-spacing.js';
import { hasBullet } from '../../../src/engine/layout/line-features.js';

describe('collapseSpacedLetters', () => {
  it.each([
    ['b o u a b i d', 'bouabid'],
    ['E X P E R I E N C E', 'EXPERIENCE'],
    ['J O H N  D O E', 'JOHN DOE'],
    ['Contact: j a n e  d o e', 'Contact: jane doe'],
  ])('%s -> %s', (input, output) => {
    expect(collapseSpacedLetters(input)).toBe(output);
  });

  it('leaves short single-letter sequences and normal words alone', () => {
    expect(collapseSpacedLetters('I am a UX designer')).toBe('I am a UX designer');
    expect(collapseSpacedLetters('Grades: A B C')).toBe('Grades: A B C');
  });
});

describe('hasBullet', () => {
  it.each([
    ['• Led a team', true],
    ['▪ Built', true],
    ['➢ Shipped', true],
    ['\uf0b7 Icon-font bullet', true],
    ['- Dash item', true],
    ['-5% churn', false],
    ['Plain line', false],
  ])('%s -> %s', (text, expected) => {
    expect(hasBullet(text)).toBe(expected);
  });
});
