import { describe, expect, it } from 'vitest';
import type { Line } from '../../../src/engine/model/layout.js';
import { parseEducation } from '../../../src/engine/parse/education.js';
import { parseExperience } from '../../../src/engine/parse/experience.js';
import { layoutFromText } from '../../helpers/layout-from-text.js';

const linesOf = (markup: string, sizes = true) => layoutFromText(markup, { sizes }).lines;
const fields = (markup: string) =>
  parseExperience(linesOf(markup)).map((e) => [e.title, e.organization, e.location]);

/** Gives each line a box whose right edge is `right` (a full line) or shorter. */
function withBoxes(lines: Line[], rights: number[]): Line[] {
  return lines.map((line, i) => ({
    ...line,
    box: { x: 50, y: 700 - i * 12, width: (rights[i] ?? 300) - 50, height: 10 },
  }));
}

describe('entry header fields', () => {
  it.each([
    [
      'Chargée de marketing CRM — Voyages Azur, Marseille',
      'sept. 2017 – déc. 2020',
      ['Chargée de marketing CRM', 'Voyages Azur', 'Marseille'],
    ],
    [
      'Analista Financeira – Banco Horizonte S.A.',
      'mar/2018 – dez/2020',
      ['Analista Financeira', 'Banco Horizonte S.A.', null],
    ],
    [
      'Ingeniero de datos sénior, Banco Meridiano, Madrid',
      '(marzo 2022 – actualidad)',
      ['Ingeniero de datos sénior', 'Banco Meridiano', 'Madrid'],
    ],
    [
      'Ведущий разработчик, ООО «Технологии Будущего», Москва',
      'март 2021 — н.в.',
      ['Ведущий разработчик', 'ООО «Технологии Будущего»', 'Москва'],
    ],
    [
      'Controllerin – Alpen Logistik GmbH, Rosenheim',
      '01/2017 – 03/2021',
      ['Controllerin', 'Alpen Logistik GmbH', 'Rosenheim'],
    ],
    [
      'Consultant | Grupo Andino Ltda, Bogotá',
      'ene. 2018 – dic. 2019',
      ['Consultant', 'Grupo Andino Ltda', 'Bogotá'],
    ],
    [
      'Software Engineer, Omnious. Co., Ltd.',
      'Jun 2017 – May 2018',
      ['Software Engineer', 'Omnious. Co., Ltd.', null],
    ],
    [
      'Charge Nurse, Massachusetts General Hospital, Boston, MA',
      'June 2019 – Present',
      ['Charge Nurse', 'Massachusetts General Hospital', 'Boston, MA'],
    ],
    [
      'Analista de datos en prácticas, Startup Olé, Valencia',
      'enero 2019 – agosto 2019',
      ['Analista de datos en prácticas', 'Startup Olé', 'Valencia'],
    ],
    [
      'Co-Founder & CTO, Nexus AI – San Francisco, CA',
      'June 2023 – present',
      ['Co-Founder & CTO', 'Nexus AI', 'San Francisco, CA'],
    ],
    [
      '北京示例科技有限公司 高级后端工程师',
      '2020.03 - 至今',
      ['高级后端工程师', '北京示例科技有限公司', null],
    ],
    [
      '株式会社サンプル商事 2020 年 4 月 - 現在',
      'シニアエンジニア',
      ['シニアエンジニア', '株式会社サンプル商事', null],
    ],
  ])('splits "%s"', (head, second, expected) => {
    const entries = parseExperience(linesOf(`${head}\n${second}\n• Did the work`));
    expect(entries.map((e) => [e.title, e.organization, e.location])).toEqual([expected]);
  });

  it('reads company-form cue words as the organisation whatever the order', () => {
    expect(fields('**Firma 2 (Ort)**   seit 05/2019\nTitel 1\n• Aufgabe')).toEqual([
      ['Titel 1', 'Firma 2 (Ort)', null],
    ]);
  });

  it.each([
    ['{lead} **Data Wrangler** – Bluefin', ['Data Wrangler', 'Bluefin']],
    ['Northwind\n{lead} **Data Wrangler** – Remote team', ['Data Wrangler', 'Northwind']],
  ])('takes the leading bold run of %s as the title', (header, expected) => {
    const entries = parseExperience(linesOf(`${header}\nJan 2020 – Present\n• Cleaned data`));
    expect([entries[0]?.title, entries[0]?.organization]).toEqual(expected);
  });

  it('reads a location line under the dates whole (LinkedIn export)', () => {
    const entries = parseExperience(
      linesOf(
        '**Product Manager**\nOctober 2020 - December 2022 (2 years 3 months)\nSeattle, Washington, United States\nLaunched usage-based billing used by 1,200 customers.',
      ),
    );
    expect(entries[0]?.location).toBe('Seattle, Washington, United States');
  });

  it('leaves no empty brackets where the dates were cut out', () => {
    const entries = parseExperience(
      linesOf('Data Analyst, Acme Corp (Jan 2019 – Aug 2019)\n• Built reports'),
    );
    expect([entries[0]?.title, entries[0]?.organization]).toEqual(['Data Analyst', 'Acme Corp']);
  });
});

describe('entry boundaries', () => {
  it.each([
    ['bold', '**Acme Corp**', '**Initech**'],
    ['larger', '{size=11} Acme Corp', '{size=11} Initech'],
  ])('starts an entry at an undated %s header headed like the dated ones', (_, first, second) => {
    const entries = parseExperience(
      linesOf(
        `${first}\nEngineer   Jan 2020 – Present\n• Built the API\n${second}\nAnalyst\n• Wrote reports\n• Ran the numbers`,
      ),
    );
    expect(entries.map((e) => [e.title, e.organization, e.bullets.length])).toEqual([
      ['Engineer', 'Acme Corp', 1],
      ['Analyst', 'Initech', 2],
    ]);
  });

  it('keeps a plain undated line inside the previous entry', () => {
    const entries = parseExperience(
      linesOf(
        '**Acme Corp**\nEngineer   Jan 2020 – Present\n• Built the API\nKey projects\n• Billing',
      ),
    );
    expect(entries).toHaveLength(1);
  });

  it('never joins a bold position header onto a bullet without a full stop', () => {
    const entries = parseExperience(
      linesOf(
        '**Engineer — Acme**   2020 – 2022\n• Built the API\n**Analyst — Initech**\n• Wrote reports\n**Intern — Globex**   2017 – 2018\n• Helped',
      ),
    );
    expect(entries.map((e) => e.title)).toEqual(['Engineer', 'Analyst', 'Intern']);
    expect(entries[0]?.bullets).toEqual(['Built the API']);
  });

  it('does not read a header above a date line as a wrapped bullet (PDF geometry)', () => {
    const lines = withBoxes(
      linesOf(
        "Cheffe de projet — Maison Lumière, Lyon\njanv. 2021 – aujourd'hui\n• Hausse de 35 % du taux de conversion des campagnes\nChargée de marketing CRM — Voyages Azur, Marseille\nsept. 2017 – déc. 2020\n• Segmentation de la base clients",
      ),
      [540, 200, 548, 400, 200, 300],
    );
    expect(parseExperience(lines).map((e) => e.title)).toEqual([
      'Cheffe de projet',
      'Chargée de marketing CRM',
    ]);
  });

  it('reads a short column-wide sentence and its wrapped end as description (LinkedIn PDF)', () => {
    const lines = withBoxes(
      linesOf(
        '**CloudNine Software**\n**Senior Product Manager**\nJanuary 2023 - Present (2 years 11 months)\nSeattle, Washington, United States\nOwn the analytics product line and grew weekly active users\n45%.\n**Product Manager**\nOctober 2020 - December 2022 (2 years 3 months)\nLaunched usage-based billing used by 1,200 customers.',
      ),
      [200, 200, 300, 300, 548, 80, 200, 300, 300],
    );
    const entries = parseExperience(lines);
    expect(entries.map((e) => [e.title, e.organization])).toEqual([
      ['Senior Product Manager', 'CloudNine Software'],
      ['Product Manager', 'CloudNine Software'],
    ]);
    expect(entries[0]?.description).toContain('Own the analytics');
  });

  it.each([
    ['Analista Financeira – Banco Horizonte S.A.'],
    ['Account Manager – Müller & Söhne e.V.'],
    ['Sales Lead – Northwind Inc.'],
  ])('reads %s, ending in an abbreviation, as a header', (head) => {
    const entries = parseExperience(
      linesOf(
        `Analyst – Globex   2021 – 2023\n• Modelled the budget.\n${head}\n2018 – 2020\n• Built models.`,
      ),
    );
    expect(entries).toHaveLength(2);
  });
});

describe('sources without list information (legacy DOC)', () => {
  const doc = (markup: string) =>
    parseExperience(linesOf(markup, false), { hasListInfo: false }).map((e) => [
      e.title,
      e.organization,
      e.bullets,
    ]);

  it('reads body paragraphs as bullets', () => {
    expect(
      doc(
        'Backend Developer | ShipRight Logistics, Dallas, TX\nAug 2016 – May 2019\nDeveloped route APIs in Python serving 300 warehouses.\nReduced AWS spend by $120K per year.',
      ),
    ).toEqual([
      [
        'Backend Developer',
        'ShipRight Logistics',
        [
          'Developed route APIs in Python serving 300 warehouses.',
          'Reduced AWS spend by $120K per year.',
        ],
      ],
    ]);
  });

  it('keeps a header to a title and an organisation, the rest is body', () => {
    expect(
      doc(
        'seit 04/2021\nTeamleiterin Controlling\nBayerische Maschinenwerke AG, München\nFührung eines Teams\nEinführung von SAP\n01/2017 – 03/2021\nControllerin\nAlpen Logistik GmbH',
      ),
    ).toEqual([
      [
        'Teamleiterin Controlling',
        'Bayerische Maschinenwerke AG',
        ['Führung eines Teams', 'Einführung von SAP'],
      ],
      ['Controllerin', 'Alpen Logistik GmbH', []],
    ]);
  });

  it('still reads typed bullet glyphs', () => {
    const entries = parseExperience(
      linesOf('Engineer, Acme   2019 – 2021\n- Built the API\no Ran the team\n* Wrote docs', false),
      { hasListInfo: false },
    );
    expect(entries[0]?.bullets).toEqual(['Built the API', 'Ran the team', 'Wrote docs']);
  });
});

describe('education grades', () => {
  it.each([
    ['Major GPA: 3.9 / 4.0'],
    ['Cum. GPA: 3.83 / 4.0'],
    ['mention Bien'],
    ['Abschlussnote 1,4'],
  ])('never takes the grade line %s as the institution', (grade) => {
    const entries = parseEducation(
      linesOf(`${grade}\nLA MARTINIERE FOR BOYS\nGrad. May 2011 | Kolkata, India`),
    );
    expect(entries[0]?.institution).toBe('LA MARTINIERE FOR BOYS');
  });
});
