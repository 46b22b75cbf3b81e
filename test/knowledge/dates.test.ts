/** The article's words for a time, resolved against its publication date (Thursday, 2019-08-22). */
import { describe, expect, it } from 'vitest';
import type { Direction, ResolvedDate } from '../../src/knowledge/dates.js';
import { describeDate, parsePartialIso, resolveWhen } from '../../src/knowledge/dates.js';

const PUBLISHED = '2019-08-22';

const day = (date: string): ResolvedDate => ({ date, precision: 'day' });
const month = (date: string): ResolvedDate => ({ date, precision: 'month' });
const year = (date: string): ResolvedDate => ({ date, precision: 'year' });

describe('resolveWhen against Thursday, 2019-08-22', () => {
	const cases: [said: string, direction: Direction | undefined, expected: ResolvedDate][] = [
		// Weekdays: the publication day itself, else the nearest one back (news looks back) or ahead.
		['Thursday', undefined, day('2019-08-22')],
		['Thursday', 'future', day('2019-08-22')],
		['on Thursday', undefined, day('2019-08-22')],
		['Thursday morning', undefined, day('2019-08-22')],
		['Thursday afternoon', undefined, day('2019-08-22')],
		['Wednesday', undefined, day('2019-08-21')],
		['Saturday', 'future', day('2019-08-24')],
		['Saturday', 'past', day('2019-08-17')],
		['Saturday', undefined, day('2019-08-17')],
		['Friday', 'future', day('2019-08-23')],
		// Months: a month keeps month precision.
		['this month', undefined, month('2019-08')],
		['last month', undefined, month('2019-07')],
		['July', undefined, month('2019-07')],
		['in July', undefined, month('2019-07')],
		['July', 'future', month('2020-07')],
		['August', undefined, month('2019-08')],
		['August', 'future', month('2019-08')],
		['September', undefined, month('2018-09')],
		['September', 'future', month('2019-09')],
		['November 2016', undefined, month('2016-11')],
		['in November 2016', undefined, month('2016-11')],
		// A month and a day.
		['Aug. 2', undefined, day('2019-08-02')],
		['on Aug. 2', undefined, day('2019-08-02')],
		['Aug. 2', 'future', day('2020-08-02')],
		['Nov. 23', 'future', day('2019-11-23')],
		['Nov. 23', 'past', day('2018-11-23')],
		['May 4', undefined, day('2019-05-04')],
		['Aug. 22', 'future', day('2019-08-22')],
		['Aug. 22', 'past', day('2019-08-22')],
		['Sept. 3rd', 'future', day('2019-09-03')],
		['Aug. 2, 2019', undefined, day('2019-08-02')],
		['Nov. 23, 2016', undefined, day('2016-11-23')],
		// Years.
		['2017', undefined, year('2017')],
		['since 2017', undefined, year('2017')],
		['in 2017', undefined, year('2017')],
		['this year', undefined, year('2019')],
		['This year', undefined, year('2019')],
		['last year', undefined, year('2018')],
	];

	it.each(cases)('"%s" (direction %s) -> %o', (said, direction, expected) => {
		expect(resolveWhen(said, PUBLISHED, direction)).toEqual(expected);
	});

	it.each([
		'for weeks',
		'in the last two months',
		'during World War II',
		'That same day',
		'yesterday',
		'Thursdays',
		'soon',
		'',
		'Ju 4',
		'Aug. 32',
		'Aug. 0',
		'Aug. second',
		'Aug. 2 2019 noon',
		'Feb. 30',
		'Sept. 31',
		'Feb. 29, 2019',
	])('"%s" -> undefined', (said) => {
		expect(resolveWhen(said, PUBLISHED)).toBeUndefined();
	});

	it('resolves against another publication date as well (Saturday, 2016-02-27)', () => {
		expect(resolveWhen('Saturday', '2016-02-27')).toEqual(day('2016-02-27'));
		expect(resolveWhen('Friday', '2016-02-27')).toEqual(day('2016-02-26'));
		expect(resolveWhen('Monday', '2016-02-27', 'future')).toEqual(day('2016-02-29'));
		expect(resolveWhen('last month', '2016-03-31')).toEqual(month('2016-02'));
		expect(resolveWhen('Feb. 29', '2016-03-01')).toEqual(day('2016-02-29'));
		expect(resolveWhen('December', '2016-01-15')).toEqual(month('2015-12'));
	});
});

describe('describeDate', () => {
	it.each([
		['2019-08-22', 'day', 'Thursday, August 22, 2019'],
		['2019-08-24', 'day', 'Saturday, August 24, 2019'],
		['2019-11-23', 'day', 'Saturday, November 23, 2019'],
		['2019-08-02', 'day', 'Friday, August 2, 2019'],
		['2019-08', 'month', 'August 2019'],
		['2016-11', 'month', 'November 2016'],
		['2017', 'year', '2017'],
		['2019-08-22', 'month', 'August 2019'],
		['2019-08-22', 'year', '2019'],
		['not a date', 'day', 'not a date'],
		['2019-02-30', 'day', '2019-02-30'],
	] as const)('(%s, %s) -> "%s"', (value, precision, expected) => {
		expect(describeDate(value, precision)).toBe(expected);
	});
});

describe('parsePartialIso', () => {
	it('reads each stored form as the first day it covers, with its precision', () => {
		expect(parsePartialIso('2017')).toEqual({ date: new Date(2017, 0, 1), precision: 'year' });
		expect(parsePartialIso('2016-11')).toEqual({ date: new Date(2016, 10, 1), precision: 'month' });
		expect(parsePartialIso('2019-08-24')).toEqual({ date: new Date(2019, 7, 24), precision: 'day' });
		expect(parsePartialIso('2019-02-30')).toBeUndefined();
		expect(parsePartialIso('Aug. 2')).toBeUndefined();
	});
});
