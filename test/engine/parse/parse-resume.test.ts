import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/engine/parse/index.js';
import { layoutFromText } from '../../helpers/layout-from-text.js';

const GERMAN = `
{size=20,b} Anna Schmidt
anna.schmidt@example.de · 0171 2345678 · 10115 Berlin
{size=13,b} Kurzprofil
Erfahrene Backend-Entwicklerin mit Fokus auf Zahlungssysteme und verteilte Systeme für den Handel.
{size=13,b} Berufserfahrung
Senior Entwicklerin – Zalando SE   04/2020 – heute
• Aufbau der Zahlungsplattform für die Kunden
Entwicklerin – SAP SE   2016 – 2020
• Entwicklung von Schnittstellen mit der Plattform
{size=13,b} Ausbildung
M.Sc. Informatik – Technische Universität Berlin   2014 – 2016
{size=13,b} Sprachen
Deutsch (Muttersprache), Englisch (C1)
{size=13,b} Kenntnisse
Java, Kotlin, PostgreSQL`;

describe('parseResume', () => {
  it('parses a German resume end to end', () => {
    const resume = parseResume(layoutFromText(GERMAN));
    expect(resume.language).toBe('de');
    expect(resume.contact).toMatchObject({
      name: 'Anna Schmidt',
      emails: ['anna.schmidt@example.de'],
      phones: ['+491712345678'],
    });
    expect(resume.sections.map((s) => s.kind)).toEqual([
      'summary',
      'experience',
      'education',
      'languages',
      'skills',
    ]);
    expect(resume.experience.map((e) => [e.title, e.organization, e.start, e.current])).toEqual([
      ['Senior Entwicklerin', 'Zalando SE', '2020-04', true],
      ['Entwicklerin', 'SAP SE', '2016', false],
    ]);
    expect(resume.education[0]).toMatchObject({
      institution: 'Technische Universität Berlin',
      degree: 'M.Sc. Informatik',
    });
    expect(resume.languages).toEqual([
      { language: 'Deutsch', level: 'Muttersprache' },
      { language: 'Englisch', level: 'C1' },
    ]);
    expect(resume.skills).toEqual(['Java', 'Kotlin', 'PostgreSQL']);
    expect(resume.summary).toMatch(/^Erfahrene Backend-Entwicklerin/);
  });

  it('parses a Japanese resume with a sidebar', () => {
    const resume = parseResume(
      layoutFromText(`
{size=20} 山田 太郎
{size=13,b} 職務経歴
ソフトウェアエンジニア   株式会社メルカリ   2019年4月 - 現在
・決済基盤の開発
{size=13,b} 学歴
東京大学 工学部   2015年 - 2019年
{side,size=13,b} スキル
{side} Go, TypeScript
{side,size=13,b} 語学
{side} 英語 (ビジネス)`),
    );
    expect(resume.language).toBe('ja');
    expect(resume.contact.name).toBe('山田 太郎');
    expect(resume.experience).toHaveLength(1);
    expect(resume.experience[0]).toMatchObject({
      organization: '株式会社メルカリ',
      start: '2019-04',
      current: true,
    });
    expect(resume.education).toHaveLength(1);
    expect(resume.skills).toEqual(['Go', 'TypeScript']);
  });

  it('parses a whole resume in a few milliseconds and survives a hostile long line', () => {
    const layout = layoutFromText(
      `${GERMAN}\n${'Jan 2020 – '.repeat(5000)}\n${'a@b.'.repeat(5000)}`,
    );
    parseResume(layout);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) parseResume(layoutFromText(GERMAN));
    expect((performance.now() - started) / 5).toBeLessThan(20);
  });
});
