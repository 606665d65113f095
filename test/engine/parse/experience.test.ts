import { describe, expect, it } from 'vitest';
import { parseExperience } from '../../../src/engine/parse/experience.js';
import { layoutFromText } from '../../helpers/layout-from-text.js';

const parse = (markup: string) => parseExperience(layoutFromText(markup).lines);
const brief = (markup: string) =>
  parse(markup).map((e) => [e.title, e.organization, e.start, e.end, e.current]);

describe('parseExperience', () => {
  it('reads "Title — Company   Dates" lines with bullets', () => {
    const entries = parse(`
**Senior Software Engineer — Acme Inc.**   Jan 2020 – Present
• Led the billing rewrite
  serving 2M users
• Cut costs by 30%
**Software Engineer — Initech**   Mar 2017 – Dec 2019
• Built the API`);
    expect(entries.map((e) => [e.title, e.organization, e.start, e.end, e.current])).toEqual([
      ['Senior Software Engineer', 'Acme Inc.', '2020-01', null, true],
      ['Software Engineer', 'Initech', '2017-03', '2019-12', false],
    ]);
    expect(entries[0]?.bullets).toEqual([
      'Led the billing rewrite serving 2M users',
      'Cut costs by 30%',
    ]);
  });

  it('reads "Company  Location / Title  Dates" two-line headers', () => {
    expect(
      brief(`
**Google**   Mountain View, CA
Software Engineer   Jun 2019 – Aug 2021
• Search quality
**Facebook**   Menlo Park, CA
Research Intern   May 2018 – Aug 2018
• News feed ranking`),
    ).toEqual([
      ['Software Engineer', 'Google', '2019-06', '2021-08', false],
      ['Research Intern', 'Facebook', '2018-05', '2018-08', false],
    ]);
  });

  it('gives several roles at one employer the same organisation', () => {
    const entries = parse(`
**Acme Corp**
Engineering Manager   2021 – Present
• Grew the team to 12
Senior Engineer   2018 – 2021
• Owned payments`);
    expect(entries.map((e) => [e.title, e.organization])).toEqual([
      ['Engineering Manager', 'Acme Corp'],
      ['Senior Engineer', 'Acme Corp'],
    ]);
  });

  it('reads LinkedIn-export entries with durations and locations', () => {
    const entries = parse(`
Microsoft
Product Manager
January 2019 - Present (5 years 2 months)
Redmond, Washington
Drove the roadmap for Teams.
Amazon
Business Analyst
June 2016 - December 2018 (2 years 7 months)
Seattle, Washington`);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'Product Manager',
      organization: 'Microsoft',
      current: true,
    });
    expect(entries[0]?.location).toBe('Redmond, Washington');
    expect(entries[1]).toMatchObject({ start: '2016-06', end: '2018-12' });
  });

  it('reads dates on their own line before the title', () => {
    expect(
      brief(
        '2019 – 2021\n**Data Scientist, Zalando SE**\n• Forecasting\n2016 – 2019\n**Analyst, Deutsche Bank**',
      ),
    ).toEqual([
      ['Data Scientist', 'Zalando SE', '2019', '2021', false],
      ['Analyst', 'Deutsche Bank', '2016', '2019', false],
    ]);
  });

  it('reads German, French, Spanish, Chinese and Russian entries', () => {
    expect(brief('Softwareentwickler, Musterfirma GmbH   seit 03/2020\n• Entwicklung')).toEqual([
      ['Softwareentwickler', 'Musterfirma GmbH', '2020-03', null, true],
    ]);
    expect(brief("Développeur – Société Générale   sept. 2018 – aujourd'hui")[0]?.slice(2)).toEqual(
      ['2018-09', null, true],
    );
    expect(
      brief('Ingeniero de Software | Telefónica   ene. 2017 – dic. 2019')[0]?.slice(2),
    ).toEqual(['2017-01', '2019-12', false]);
    expect(brief('腾讯科技有限公司   后端工程师   2020年3月 - 至今')).toEqual([
      ['后端工程师', '腾讯科技有限公司', '2020-03', null, true],
    ]);
    expect(brief('Яндекс — Инженер   март 2019 — по настоящее время')).toEqual([
      ['Инженер', 'Яндекс', '2019-03', null, true],
    ]);
  });

  it('does not start entries at years mentioned in bullets or prose', () => {
    const entries = parse(`
Engineer, Acme Inc.   2015 – 2020
• Migrated the platform to Kubernetes in 2018
Shipped the 2019 redesign that increased conversion across every market we served that year.`);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.bullets).toHaveLength(1);
  });
});
