import { describe, expect, it } from 'vitest';
import { splitJobDescription } from '../../../src/engine/match/jd-sections.js';

const partOf = (text: string, line: string) =>
  splitJobDescription(text).parts.find((p) => p.text.split('\n').includes(line))?.part;

describe('job description sections', () => {
  it.each([
    ['en', "What you'll do", 'Must have', 'Nice to have'],
    ['en', 'Responsibilities:', 'Qualifications', 'Bonus points'],
    ['de', 'Deine Aufgaben', 'Dein Profil', 'Wünschenswert'],
    ['fr', 'Vos missions', 'Profil recherché', 'Un plus'],
    ['es', 'Responsabilidades', 'Requisitos', 'Deseable'],
    ['pt', 'Atividades', 'Requisitos obrigatórios', 'Diferenciais'],
    ['zh', '岗位职责', '任职要求', '加分项'],
  ])(
    'finds responsibilities, requirements and nice-to-haves (%s: %s / %s / %s)',
    (_lang, duties, reqs, pref) => {
      const text = `Backend Engineer\n${duties}\n- build APIs\n${reqs}\n- Python\n${pref}\n- Rust\n`;
      expect(partOf(text, '- build APIs')).toBe('responsibilities');
      expect(partOf(text, '- Python')).toBe('requirements');
      expect(partOf(text, '- Rust')).toBe('preferred');
      expect(splitJobDescription(text).title).toBe('Backend Engineer');
    },
  );

  it('moves single lines by inline cues', () => {
    const text = 'Requirements\n- Python\n- Kubernetes is a plus\nNice to have\n- Go (required)\n';
    expect(partOf(text, '- Kubernetes is a plus')).toBe('preferred');
    expect(partOf(text, '- Go (required)')).toBe('requirements');
    expect(partOf(text, '- Python')).toBe('requirements');
  });

  it('reads content after a heading colon and a labelled title', () => {
    const result = splitJobDescription(
      'Job title: Data Analyst (m/w/d)\nPreferred: Tableau, Looker\n',
    );
    expect(result.title).toBe('Data Analyst');
    expect(result.parts).toEqual([
      { part: 'preferred', heading: 'Preferred', text: 'Tableau, Looker' },
    ]);
  });

  it('does not take a sentence or a bullet for a heading', () => {
    const text =
      'Intro line\n- Requirements of our customers drive us\nResponsibilities include many things.\n';
    expect(splitJobDescription(text).hasStructure).toBe(false);
  });

  it('strips the company from the title line', () => {
    expect(
      splitJobDescription('Senior Backend Engineer (Go) – Acme Co.\nRequirements\n- Go').title,
    ).toBe('Senior Backend Engineer');
  });
});
