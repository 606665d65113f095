import { describe, expect, it } from 'vitest';
import { parseGenericEntries } from '../../../src/engine/parse/entries.js';
import { parseLanguages } from '../../../src/engine/parse/languages.js';
import { parseSkills } from '../../../src/engine/parse/skills.js';
import { layoutFromText } from '../../helpers/layout-from-text.js';

const lines = (markup: string) => layoutFromText(markup).lines;

describe('parseSkills', () => {
  it('splits rows, drops category labels and de-duplicates', () => {
    expect(
      parseSkills(
        lines(
          'Languages: Python, Go, C++\nTools: Docker | Kubernetes | python\n• SQL (PostgreSQL, MySQL)',
        ),
      ),
    ).toEqual(['Python', 'Go', 'C++', 'Docker', 'Kubernetes', 'SQL (PostgreSQL, MySQL)']);
  });

  it('drops a category cell in a table row and sentences', () => {
    expect(
      parseSkills(
        lines(
          '{table=0:0:0} Backend\n{table=0:0:1} Java, Spring\nI am a quick learner. I love teams.',
        ),
      ),
    ).toEqual(['Java', 'Spring']);
  });
});

describe('parseLanguages', () => {
  it.each([
    [
      'English (native), German (C1)',
      [
        ['English', 'native'],
        ['German', 'C1'],
      ],
    ],
    ['Deutsch – Muttersprache', [['Deutsch', 'Muttersprache']]],
    ['Français : courant', [['Français', 'courant']]],
    ['Spanish\nIntermediate', [['Spanish', 'Intermediate']]],
    ['English — Native or Bilingual Proficiency', [['English', 'Native or Bilingual Proficiency']]],
    ['Japanese', [['Japanese', null]]],
  ])('reads %s', (markup, expected) => {
    expect(parseLanguages(lines(markup)).map((l) => [l.language, l.level])).toEqual(expected);
  });
});

describe('parseGenericEntries', () => {
  it('makes one entry per header with its bullets', () => {
    const entries = parseGenericEntries(
      lines('**Resume Parser**   2023\n• Parses resumes\n**Chess Engine**\n• Plays chess'),
    );
    expect(entries.map((e) => [e.title, e.date, e.details])).toEqual([
      ['Resume Parser', '2023', ['Parses resumes']],
      ['Chess Engine', null, ['Plays chess']],
    ]);
  });

  it('makes one entry per line of a plain list', () => {
    expect(
      parseGenericEntries(lines('• AWS Solutions Architect (2021)\n• CKA, 2022')).map(
        (e) => e.title,
      ),
    ).toEqual(['AWS Solutions Architect (2021)', 'CKA, 2022']);
  });
});
