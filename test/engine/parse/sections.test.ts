import { describe, expect, it } from 'vitest';
import { matchHeading } from '../../../src/engine/parse/heading-match.js';
import { splitSections } from '../../../src/engine/parse/sections.js';
import { layoutFromText } from '../../helpers/layout-from-text.js';

const kindsOf = (markup: string, sizes = true): string[] =>
  splitSections(layoutFromText(markup, { sizes })).blocks.map(
    (b) => `${b.section.kind}:${b.section.heading}`,
  );

describe('matchHeading', () => {
  it.each([
    ['EXPERIENCE', 'experience'],
    ['Work Experience & Internships', 'experience'],
    ['E X P E R I E N C E', 'experience'],
    ['Education:', 'education'],
    ['Berufserfahrung', 'experience'],
    ['Praxiserfahrung', 'experience'],
    ['Schulausbildung', 'education'],
    ['IT-Kenntnisse', 'skills'],
    ['Persönliche Daten', 'other'],
    ['Expérience professionnelle', 'experience'],
    ['Compétences', 'skills'],
    ['Formación académica', 'education'],
    ['Experiência profissional', 'experience'],
    ['教育背景', 'education'],
    ['实习/项目经历', 'experience'],
    ['职務経歴', 'experience'],
    ['自己PR', 'summary'],
    ['Опыт работы', 'experience'],
    ['Языки', 'languages'],
    ['Licenses & Certifications', 'certifications'],
    ['Honors and Awards', 'awards'],
    ['References', 'other'],
    ['1. Education', 'education'],
  ])('maps %s to %s', (text, kind) => {
    expect(matchHeading(text)?.kind).toBe(kind);
  });

  it.each(['Customer Service Lead', 'Senior Software Engineer', 'Acme Training GmbH'])(
    'does not read the job line %s as a heading',
    (text) => {
      expect(matchHeading(text)).toBeNull();
    },
  );
});

describe('splitSections', () => {
  it('finds dictionary headings in caps and keeps the name and contact as preamble', () => {
    const split = splitSections(
      layoutFromText(`
{size=20,b} JANE DOE
jane@example.com | +1 415 555 0100
{size=12,b} EXPERIENCE
**Software Engineer**
{size=12,b} EDUCATION
MIT`),
    );
    expect(split.blocks.map((b) => b.section.kind)).toEqual(['experience', 'education']);
    expect(split.preamble.map((l) => l.text)).toEqual([
      'JANE DOE',
      'jane@example.com | +1 415 555 0100',
    ]);
    expect(split.blocks[0]?.lines.map((l) => l.text)).toEqual(['Software Engineer']);
  });

  it('accepts unknown headings only in the style the dictionary headings use', () => {
    expect(
      kindsOf(`
{size=20} Marissa Mayer
{size=12} EXPERIENCE
**President & CEO**
{size=12} A DAY OF MY LIFE
{size=12} LIFE PHILOSOPHY
Be yourself.
{size=12} MOST PROUD OF
{size=12} EDUCATION`),
    ).toEqual([
      'experience:EXPERIENCE',
      'other:A DAY OF MY LIFE',
      'summary:LIFE PHILOSOPHY',
      'awards:MOST PROUD OF',
      'education:EDUCATION',
    ]);
  });

  it('does not promote bold job titles and company names to headings', () => {
    expect(
      kindsOf(`
**Experience**
**Customer Service Lead**
**Acme Corporation**
Jan 2020 – Present
**Education**
**Stanford University**`),
    ).toEqual(['experience:Experience', 'education:Education']);
  });

  it('ignores a sub-label weaker than the real headings', () => {
    expect(
      kindsOf(`
{size=13,b} SKILLS
**Languages**
Python, Go
{size=13,b} EDUCATION`),
    ).toEqual(['skills:SKILLS', 'education:EDUCATION']);
  });

  it('uses DOCX and Markdown heading levels', () => {
    expect(kindsOf('# Summary\nHello\n# Berufserfahrung\nText\n## Projekte', false)).toEqual([
      'summary:Summary',
      'experience:Berufserfahrung',
      'projects:Projekte',
    ]);
  });

  it('finds plain-text headings without any typography', () => {
    expect(
      kindsOf('John Smith\nExperience\nAcme Inc\nEducation\nMIT\nSkills\nGo, Rust', false),
    ).toEqual(['experience:Experience', 'education:Education', 'skills:Skills']);
  });

  it('keeps sidebar sections apart from the main column they interleave with', () => {
    const split = splitSections(
      layoutFromText(`
{size=12,b} EXPERIENCE
Engineer, Acme   2019 – 2021
{side,size=12,b} SKILLS
{side} Python
Built the thing.
{side} Go`),
    );
    const [experience, skills] = split.blocks;
    expect(experience?.lines.map((l) => l.text)).toEqual([
      'Engineer, Acme   2019 – 2021',
      'Built the thing.',
    ]);
    expect(skills?.lines.map((l) => l.text)).toEqual(['Python', 'Go']);
    expect(skills?.section.flow).toBe('sidebar');
  });

  it('reads headings in Chinese, Japanese and Russian resumes', () => {
    expect(
      kindsOf(
        '{size=14,b} 教育背景\n北京大学\n{size=14,b} 工作经历\n腾讯\n{size=14,b} 专业技能\nJava',
      ),
    ).toEqual(['education:教育背景', 'experience:工作经历', 'skills:专业技能']);
    expect(kindsOf('{size=14,b} 学歴\n東京大学\n{size=14,b} 職務経歴\nソニー')).toEqual([
      'education:学歴',
      'experience:職務経歴',
    ]);
    expect(kindsOf('{size=14,b} Опыт работы\nЯндекс\n{size=14,b} Образование\nМГУ')).toEqual([
      'experience:Опыт работы',
      'education:Образование',
    ]);
  });

  it('keeps page header and footer lines out of sections', () => {
    const split = splitSections(
      layoutFromText('{header} Jane Doe · jane@x.io\n{size=12,b} SKILLS\nGo\n{footer} Page 1'),
    );
    expect(split.margins.map((l) => l.text)).toEqual(['Jane Doe · jane@x.io', 'Page 1']);
    expect(split.blocks[0]?.lines.map((l) => l.text)).toEqual(['Go']);
  });
});

describe('sub-heading sized headings', () => {
  it('takes a dictionary heading set well above body size as a section of its own', () => {
    expect(
      kindsOf(`{size=16,b} Honors & Awards
{size=13} International Awards
2021 2nd Place, GameDay
{size=13} Community
2022 Organizer, Korea SRE meetup
{size=16,b} Education
B.S. in Computer Science, KAIST   2010 – 2017`),
    ).toEqual([
      'awards:Honors & Awards',
      // The same style then marks its sibling; its kind is still awards.
      'awards:International Awards',
      'other:Community',
      'education:Education',
    ]);
  });

  it('keeps a bold body-size "Languages" label inside Skills', () => {
    expect(
      kindsOf(`{size=16,b} Skills
{b} Languages
English, German
{size=16,b} Education
B.S. in Computer Science, KAIST   2010 – 2017`),
    ).toEqual(['skills:Skills', 'education:Education']);
  });
});
