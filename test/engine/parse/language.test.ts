import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/engine/parse/language.js';

describe('detectLanguage', () => {
  it.each([
    [
      'en',
      'Experience\nSoftware Engineer at Acme. Developed the billing platform and led a team of five engineers for the payments group.',
    ],
    [
      'de',
      'Berufserfahrung\nEntwicklung der Plattform für die Abrechnung und Leitung des Teams mit fünf Mitarbeitern bei der Firma.',
    ],
    [
      'fr',
      'Expérience professionnelle\nDéveloppement de la plateforme de facturation et gestion des équipes pour le groupe dans les projets.',
    ],
    [
      'es',
      'Experiencia laboral\nDesarrollo de la plataforma de facturación y gestión del equipo con los clientes para una empresa.',
    ],
    [
      'pt',
      'Experiência profissional\nDesenvolvimento da plataforma de faturamento e gestão dos times com os clientes em uma empresa.',
    ],
    ['zh', '工作经历\n负责公司核心支付系统的设计与开发，带领五人团队完成重构。'],
    [
      'ja',
      '職務経歴\n決済システムの設計と開発を担当し、チームのリーダーとしてリファクタリングを完了しました。',
    ],
    [
      'ru',
      'Опыт работы\nРазработка платформы для выставления счетов и руководство командой из пяти инженеров.',
    ],
  ])('detects %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('answers und when there is too little text to tell', () => {
    expect(detectLanguage('Jane Doe\n+1 555 123 4567')).toBe('und');
  });
});
