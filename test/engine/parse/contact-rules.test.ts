import { describe, expect, it } from 'vitest';
import { findLocation } from '../../../src/engine/parse/contact-location.js';
import { parseContact } from '../../../src/engine/parse/contact.js';
import { splitSections } from '../../../src/engine/parse/sections.js';
import { layoutFromText } from '../../helpers/layout-from-text.js';

const contactOf = (markup: string) => {
  const layout = layoutFromText(markup);
  return parseContact(splitSections(layout), 'en', layout.bodyFontSize);
};

describe('findLocation', () => {
  it.each([
    ['Austin, TX 78701 | jane@doe.dev', 'Austin, TX'],
    ['São Paulo – SP · (11) 98765-4321 · mariana@example.com.br', 'São Paulo – SP'],
    ['Lindenstraße 12, 80331 München', 'München'],
    ['12 rue des Lilas, 69003 Lyon', 'Lyon'],
    ['10 Downing Street · SW1A 2AA London', 'London'],
    ['Москва · +7 (912) 345-67-89 · d.ivanov@example.ru', 'Москва'],
    ['Mapo-gu, Seoul, Republic of Korea', 'Mapo-gu, Seoul, Republic of Korea'],
    ['北京市海淀区', '北京市海淀区'],
    ['广东省深圳市南山区', '广东省深圳市南山区'],
    ['Adresse: 5 Hauptstraße, 10115 Berlin', 'Berlin'],
    // Icon glyphs (private-use code points) separate fields like pipes do.
    ['\uF3C5 San Francisco, CA \uF0E0 john.doe@email.com \uF0AC rendercv.com', 'San Francisco, CA'],
    [
      '\uF0E0 jo@example.de \uF3C5 Hamburg, Deutschland \uF095 +49 40 1234567',
      'Hamburg, Deutschland',
    ],
    ['jo@example.com • Lyon, France • +33 6 12 34 56 78', 'Lyon, France'],
    ['Toronto, ON\tjo@example.ca', 'Toronto, ON'],
    ['\u{F0001} Madrid \u{F0002} +34 612 345 678', 'Madrid'],
  ])('reads %s as %s', (line, expected) => {
    expect(findLocation([line])).toBe(expected);
  });

  it.each([
    ['February 10, 2026 Claud D. Park · Curriculum Vitae 1'],
    ['Languages: English - Fluent, Mandarin - Native speaker'],
    ['Fluent, Mandarin'],
    ['街道及门牌号 – 邮编及城市'],
    ['Jane Doe · jane@doe.dev'],
    ['Product Designer'],
  ])('finds no place in %s', (line) => {
    expect(findLocation([line], 'Jane Doe')).toBeNull();
  });
});

describe('name rules', () => {
  it.each([
    ['{size=24,b} YOUR NAME HERE\n{size=12,b} Your Position or Tagline Here', 'YOUR NAME HERE'],
    ['{size=12,b} Senior Product Manager at CloudNine\n{size=11} Priya Raman', 'Priya Raman'],
    ['{size=20} Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ["{size=20} MICHAEL O'CONNOR", "MICHAEL O'CONNOR"],
    ['{size=20} Alejandro Martínez García', 'Alejandro Martínez García'],
    ['{size=20} María de la Cruz', 'María de la Cruz'],
    ['{size=20} 山田 花子', '山田 花子'],
  ])('reads the name of %s', (header, name) => {
    expect(
      contactOf(`${header}\njane@doe.dev\n{size=12,b} Experience\nEngineer, Acme   2020 – 2021`)
        .name,
    ).toBe(name);
  });

  it('finds a display-size name printed after a sidebar contact cell', () => {
    const contact = contactOf(`{size=11,b} Contact
priya.raman@example.com
{size=11,b} Top Skills
Product Management
SQL
{size=24,b} Priya Raman
Senior Product Manager at CloudNine Software
{size=11,b} Experience
Product Manager, CloudNine   2019 – Present`);
    expect(contact.name).toBe('Priya Raman');
  });
});

describe('phone lines outside the contact block', () => {
  it('reads every number on a line made only of phone numbers and icons, wherever it sits', () => {
    const contact = contactOf(`
{size=20,b} Ada Lovelace
ada@example.org
# Experience
**Analyst, Engines Ltd** 2019 – 2021
H +1 (234) 567 890 • u +3 (456) 789 012
`);
    expect(contact.phonesRaw).toEqual(['+1 (234) 567 890', '+3 (456) 789 012']);
  });

  it('does not read figures inside an experience bullet as phones', () => {
    const contact = contactOf(`
{size=20,b} Ada Lovelace
ada@example.org
# Experience
**Analyst, Engines Ltd** 2019 – 2021
{li} Grew revenue to 1 234 567 890 units across 12 markets
`);
    expect(contact.phonesRaw).toEqual([]);
  });
});
