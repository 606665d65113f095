import { describe, expect, it } from 'vitest';
import { findDateRange, findDates, formatDate } from '../../../src/engine/parse/dates.js';

describe('findDateRange', () => {
  it.each([
    ['Jan 2020 – Present', '2020-01', null, true],
    ['January 2020 - Current', '2020-01', null, true],
    ['03/2018 - 06/2020', '2018-03', '2020-06', false],
    ['2018.03 - 2020.06', '2018-03', '2020-06', false],
    ['2019–21', '2019', '2021', false],
    ['2019 – 2021', '2019', '2021', false],
    ['Fall 2019 – Spring 2020', '2019', '2020', false],
    ['since 2020', '2020', null, true],
    ['seit 2020', '2020', null, true],
    ['depuis 2019', '2019', null, true],
    ['desde 2018', '2018', null, true],
    ['2020年3月 - 至今', '2020-03', null, true],
    ['2020.03-至今', '2020-03', null, true],
    ['2018年 - 2020年', '2018', '2020', false],
    ['март 2019 — по настоящее время', '2019-03', null, true],
    ['с 2019 по 2021', '2019', '2021', false],
    ['Mai 2018 – heute', '2018-05', null, true],
    ["sept. 2017 - aujourd'hui", '2017-09', null, true],
    ['ene. 2019 – actualidad', '2019-01', null, true],
    ['fev 2016 - atual', '2016-02', null, true],
    ['2019年4月～現在', '2019-04', null, true],
    ["Jan. '19 – Mar. '20", '2019-01', '2020-03', false],
    ['Jan – Mar 2020', '2020-01', '2020-03', false],
    ['Okt. 2019 – dato', '2019-10', null, true],
    ['мая 2019 - н.в.', '2019-05', null, true],
    // Month word and year joined by a slash (pt/es/fr templates) or dashed without spaces.
    ['jan/2021 – atual', '2021-01', null, true],
    ['mar/2018 – dez/2020', '2018-03', '2020-12', false],
    ['févr./2017 à juin/2019', '2017-02', '2019-06', false],
    ['Jan 2020-Dec 2021', '2020-01', '2021-12', false],
    ['01.2019 - 03.2020', '2019-01', '2020-03', false],
    ['2019/01 – 2020/02', '2019-01', '2020-02', false],
    ['janv. 2019 à mars 2020', '2019-01', '2020-03', false],
    ['Mär 2020 bis heute', '2020-03', null, true],
    ['Sept. 2019 to Present', '2019-09', null, true],
    ['since Jan 2020', '2020-01', null, true],
    ['ene. 2018 a dic. 2019', '2018-01', '2019-12', false],
    ['2019 até o momento', '2019', null, true],
    // An expected end date still closes the range.
    ['Mar. 2016 -Exp. Jun. 2017', '2016-03', '2017-06', false],
    ['Aug 2020 – Expected May 2024', '2020-08', '2024-05', false],
    ['Okt 2021 – voraussichtl. Sep 2024', '2021-10', '2024-09', false],
    // CJK dates with spaces, after a company name that is no month word.
    ['株式会社サンプル商事 2020 年 4 月 - 現在', '2020-04', null, true],
    ['株式会社テスト技研 2017 年 4 月 - 2020 年 3 月', '2017-04', '2020-03', false],
    ['2020年 4月 – 2021年 3月', '2020-04', '2021-03', false],
    ['北京示例科技有限公司 2018 年 7 月 - 2020 年 2 月', '2018-07', '2020-02', false],
    ['2020 . 03 - 2022 . 11', '2020-03', '2022-11', false],
    ['Acme 2019 / 04 – 2021 / 12', '2019-04', '2021-12', false],
    ['Mar 2019 - 2020', '2019-03', '2020', false],
  ])('reads %s', (text, start, end, current) => {
    const match = findDateRange(text);
    expect(match).not.toBeNull();
    expect(formatDate(match?.range.start ?? null)).toBe(start);
    expect(formatDate(match?.range.end ?? null)).toBe(end);
    expect(match?.range.current).toBe(current);
  });

  it('reports the matched span so callers can cut it out', () => {
    const text = 'Software Engineer, Acme Inc.   Jan 2020 – Present';
    const match = findDateRange(text);
    expect(text.slice(match?.index, match?.end)).toBe('Jan 2020 – Present');
  });

  it('marks a lone date as single and keeps season dates approximate', () => {
    const match = findDateRange('Summer 2022');
    expect(match?.single).toBe(true);
    expect(match?.range.start).toEqual({ year: 2022, month: 7, approximate: true });
    expect(formatDate(match?.range.start ?? null)).toBe('2022');
  });

  it.each(['+49 170 1234567', 'Increased revenue by 20120 units', 'v2019.1', 'Room 12019'])(
    'finds no date in %s',
    (text) => {
      expect(findDates(text)).toEqual([]);
    },
  );

  it.each(['2019 - 20XX', '2019 – 20xx', '2019-20th century', '2019 - 2020s'])(
    'takes no two-digit end year from %s',
    (text) => {
      const match = findDateRange(text);
      expect(match?.range.start).toEqual({ year: 2019 });
      expect(match?.range.end?.year).not.toBe(2020);
    },
  );

  it('stays fast on a pathological long line', () => {
    const line = '2019-'.repeat(20_000) + 'Jan '.repeat(20_000);
    const started = performance.now();
    findDates(line);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
