/**
 * The timeline of the real knowledge base: every date the article gives by weekday or month, resolved against the
 * publication date (Thursday, 2019-08-22), agrees with the article's own words.
 */
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedDate } from '../../src/knowledge/dates.js';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.js';
import type { TimelineEvent } from '../../src/knowledge/types.js';
import { realKnowledgeDir } from './helpers.js';

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** What each of the article's words for a time must resolve to. */
const EXPECTED: Record<string, ResolvedDate> = {
	Thursday: { date: '2019-08-22', precision: 'day' },
	'Thursday morning': { date: '2019-08-22', precision: 'day' },
	'Thursday afternoon': { date: '2019-08-22', precision: 'day' },
	Wednesday: { date: '2019-08-21', precision: 'day' },
	Saturday: { date: '2019-08-24', precision: 'day' },
	'Aug. 2': { date: '2019-08-02', precision: 'day' },
	'Nov. 23': { date: '2019-11-23', precision: 'day' },
	'May 4': { date: '2019-05-04', precision: 'day' },
	'this month': { date: '2019-08', precision: 'month' },
	'last month': { date: '2019-07', precision: 'month' },
	'in July': { date: '2019-07', precision: 'month' },
	July: { date: '2019-07', precision: 'month' },
	'November 2016': { date: '2016-11', precision: 'month' },
	'2017': { date: '2017', precision: 'year' },
	'This year': { date: '2019', precision: 'year' },
	'this year': { date: '2019', precision: 'year' },
};

let timeline: TimelineEvent[];

beforeAll(() => {
	timeline = loadKnowledgeOrThrow(realKnowledgeDir).timeline;
});

describe('the timeline of knowledge/', () => {
	it('has the dates the article gives by weekday or month', () => {
		const said = new Set(timeline.map((e) => e.said));
		for (const words of [
			'Thursday',
			'Saturday',
			'Wednesday',
			'this month',
			'last month',
			'in July',
			'Aug. 2',
			'Nov. 23',
			'November 2016',
		]) {
			expect(said, words).toContain(words);
		}
	});

	it('resolves each weekday to a date on that weekday', () => {
		const weekdays = timeline.filter((e) => WEEKDAY.test(e.said));
		expect(new Set(weekdays.map((e) => WEEKDAY.exec(e.said)?.[1]))).toEqual(
			new Set(['Thursday', 'Wednesday', 'Saturday']),
		);
		for (const event of weekdays) {
			expect(event.precision, event.id).toBe('day');
			expect(format(parseISO(event.date), 'EEEE'), event.id).toBe(WEEKDAY.exec(event.said)?.[1]);
		}
	});

	it('resolves every event to the date its words mean', () => {
		for (const event of timeline) {
			expect(EXPECTED[event.said], `no expectation for "${event.said}" (${event.id})`).toBeDefined();
			expect({ date: event.date, precision: event.precision }, event.id).toEqual(EXPECTED[event.said]);
		}
	});

	it('keeps month precision for months (a month stays a month)', () => {
		const months = timeline.filter((e) => /month|July|November 2016/i.test(e.said));
		expect(months.map((e) => e.said).sort()).toEqual(
			expect.arrayContaining(['November 2016', 'in July', 'last month', 'this month']),
		);
		for (const event of months) {
			expect(event.precision, event.id).toBe('month');
			expect(event.date, event.id).toMatch(/^\d{4}-\d{2}$/);
		}
	});

	it('stores each date in the form of its precision', () => {
		const form = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
		for (const event of timeline) expect(event.date, event.id).toMatch(form[event.precision]);
	});

	it('lists the events in date order', () => {
		const dates = timeline.map((e) => e.date);
		expect(dates).toEqual([...dates].sort());
		expect(dates[0]).toBe('2016-11');
		expect(dates.at(-1)).toBe('2019-11-23');
	});

	it('quotes the words for each date', () => {
		for (const event of timeline) expect(event.quote.text.toLowerCase(), event.id).toContain(event.said.toLowerCase());
	});
});
