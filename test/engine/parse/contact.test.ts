import { describe, expect, it } from 'vitest';
import { parseContact } from '../../../src/engine/parse/contact.js';
import { splitSections } from '../../../src/engine/parse/sections.js';
import { layoutFromText } from '../../helpers/layout-from-text.js';

const contactOf = (markup: string, language = 'en', sizes = true) => {
  const layout = layoutFromText(markup, { sizes });
  return parseContact(splitSections(layout), language, layout.bodyFontSize);
};

describe('parseContact', () => {
  it('reads name, e-mail, phone, location and links from a header block', () => {
    const contact = contactOf(`
{size=22,b} MARISSA MAYER
Sunnyvale, CA | mmayer@yahoo-inc.com | (408) 555-0143
linkedin.com/in/marissamayer · github.com/mmayer · https://marissa.dev/
{size=12,b} EXPERIENCE
Engineer, Google   1999 – 2012`);
    expect(contact.name).toBe('MARISSA MAYER');
    expect(contact.emails).toEqual(['mmayer@yahoo-inc.com']);
    expect(contact.phones).toEqual(['+14085550143']);
    expect(contact.phonesRaw).toEqual(['(408) 555-0143']);
    expect(contact.location).toBe('Sunnyvale, CA');
    expect(contact.links).toEqual([
      { kind: 'linkedin', url: 'https://linkedin.com/in/marissamayer' },
      { kind: 'github', url: 'https://github.com/mmayer' },
      { kind: 'portfolio', url: 'https://marissa.dev' },
    ]);
  });

  it('prefers the largest line over a document title above it', () => {
    const contact = contactOf(
      'Curriculum Vitae\n{size=18} Jürgen Müller-Lüdenscheidt\nSoftware Engineer',
    );
    expect(contact.name).toBe('Jürgen Müller-Lüdenscheidt');
  });

  it('takes the first name-like line when there are no font sizes', () => {
    const contact = contactOf(
      'Resume\nJohn A. Smith\n123 Main St, Springfield\njohn@smith.org',
      'en',
      false,
    );
    expect(contact.name).toBe('John A. Smith');
  });

  it('reads a labelled name in a German personal-data section', () => {
    const contact = contactOf(
      `
{size=14,b} Lebenslauf
{size=12,b} Persönliche Daten
Name: Michael Schmidt
Anschrift: Musterstraße 52, 10115 Berlin
Telefon: 030 1234567
{size=12,b} Berufserfahrung
Entwickler, Firma GmbH   2019 – 2021`,
      'de',
    );
    expect(contact.name).toBe('Michael Schmidt');
    expect(contact.location).toBe('Berlin');
    expect(contact.phones).toEqual(['+49301234567']);
  });

  it('normalises phones by the resume language and keeps unusual numbers as printed', () => {
    expect(contactOf('Anna Weber\n0171 2345678', 'de').phones).toEqual(['+491712345678']);
    expect(contactOf('Jean Dupont\n06 12 34 56 78', 'fr').phones).toEqual(['+33612345678']);
    expect(contactOf('李明\n手机：138 0013 8000', 'zh').phones).toEqual(['+8613800138000']);
    expect(contactOf('John Doe\n+1 (234) 567 890').phones).toEqual(['+1 (234) 567 890']);
    expect(contactOf('Bin Yuan\n(+86) 131-221-87xxx').phonesRaw).toEqual(['(+86) 131-221-87xxx']);
  });

  it('does not read dates, year ranges, postcodes or IDs as phones', () => {
    const contact = contactOf(`
Jane Roe
Straße 52 - 11111 Ort
ORCID 0000-0002-1825-0097
2015 - 2019 | 03/2018 - 06/2020`);
    expect(contact.phones).toEqual([]);
  });

  it('reads e-mails and phones from link targets and de-duplicates them', () => {
    const contact = contactOf(`
Jane Roe
{link=mailto:jane@roe.dev,link=tel:+14155550100} Email · Call
(415) 555-0100 · jane@roe.dev`);
    expect(contact.emails).toEqual(['jane@roe.dev']);
    expect(contact.phones).toEqual(['+14155550100']);
  });

  it('takes link targets printed only as labels in the contact block', () => {
    const contact = contactOf('Jane Roe\n{link=https://www.linkedin.com/in/janeroe/} LinkedIn');
    expect(contact.links).toEqual([
      { kind: 'linkedin', url: 'https://www.linkedin.com/in/janeroe' },
    ]);
  });

  it("ignores referees' names, e-mails and phones", () => {
    const contact = contactOf(`
Jane Roe
jane@roe.dev
{size=12,b} EXPERIENCE
Engineer, Acme   2019 – 2021
{size=12,b} REFERENCES
Dr. Bob Smith, Acme Inc.
bob.smith@acme.com | +1 415 555 0199`);
    expect(contact.emails).toEqual(['jane@roe.dev']);
    expect(contact.phones).toEqual([]);
  });

  it('counts contact details in page headers and footers and says where', () => {
    const contact = contactOf(
      '{header} Jane Roe · jane@roe.dev\n{size=12,b} SKILLS\nGo\n{footer} +44 20 7946 0958',
    );
    expect(contact.emails).toEqual(['jane@roe.dev']);
    expect(contact.phones).toEqual(['+442079460958']);
    expect(contact.foundIn.sort()).toEqual(['footer', 'header']);
  });

  it('does not take framework names in bullets for links', () => {
    const contact = contactOf(
      'Jane Roe\n{size=12,b} EXPERIENCE\nEngineer, Acme   2019 – 2021\n• Built ASP.NET and Node.js services',
    );
    expect(contact.links).toEqual([]);
  });

  it('reads a Chinese name and a Russian contact block', () => {
    expect(contactOf('{size=20} 李小龙\n电话: 138 0013 8000', 'zh').name).toBe('李小龙');
    const ru = contactOf('{size=20} Иван Петров\nТел.: +7 912 345-67-89\nМосква, Россия', 'ru');
    expect(ru.name).toBe('Иван Петров');
    expect(ru.phones).toEqual(['+79123456789']);
    expect(ru.location).toBe('Москва, Россия');
  });

  it('stays fast on a long line of digits and separators', () => {
    const started = performance.now();
    contactOf(`Jane Roe\n${'1-2 '.repeat(30_000)}\n${'a.'.repeat(30_000)}@\n${'x'.repeat(60_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
