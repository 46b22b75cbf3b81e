/**
 * Resolves the article's own words for a time ("Saturday", "Aug. 2", "last month", "November 2016")
 * against its publication date, keeping the precision the words carry: a month stays a month.
 */

import type { Day } from 'date-fns';
import { addDays } from 'date-fns/addDays';
import { addYears } from 'date-fns/addYears';
import { getDate } from 'date-fns/getDate';
import { getDay } from 'date-fns/getDay';
import { getMonth } from 'date-fns/getMonth';
import { getYear } from 'date-fns/getYear';
import { isAfter } from 'date-fns/isAfter';
import { isBefore } from 'date-fns/isBefore';
import { lightFormat } from 'date-fns/lightFormat';
import { nextDay } from 'date-fns/nextDay';
import { parseISO } from 'date-fns/parseISO';
import { previousDay } from 'date-fns/previousDay';
import { setDate } from 'date-fns/setDate';
import { setMonth } from 'date-fns/setMonth';
import { subMonths } from 'date-fns/subMonths';
import { subYears } from 'date-fns/subYears';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.js';
import type { Precision } from './types.js';

export { MONTH_NAMES } from './calendar.js';

export type Direction = 'past' | 'future';

export interface ResolvedDate {
	date: string;
	precision: Precision;
}

const WEEKDAYS = WEEKDAY_NAMES.map((w) => w.toLowerCase());
const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

function monthIndex(word: string): number {
	const w = word.toLowerCase().replace(/\.$/, '');
	if (w.length < 3) return -1;
	return MONTHS.findIndex((m) => m.startsWith(w));
}

export function formatResolved(date: Date, precision: Precision): string {
	if (precision === 'year') return lightFormat(date, 'yyyy');
	if (precision === 'month') return lightFormat(date, 'yyyy-MM');
	return lightFormat(date, 'yyyy-MM-dd');
}

/** Parses the stored ISO form (YYYY, YYYY-MM, YYYY-MM-DD) into the first day it covers. */
export function parsePartialIso(value: string): { date: Date; precision: Precision } | undefined {
	if (/^\d{4}$/.test(value)) return { date: parseISO(`${value}-01-01`), precision: 'year' };
	if (/^\d{4}-\d{2}$/.test(value)) return { date: parseISO(`${value}-01`), precision: 'month' };
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
		const date = parseISO(value);
		return Number.isNaN(date.getTime()) ? undefined : { date, precision: 'day' };
	}
	return undefined;
}

// Dates are written with English names (calendar.ts), as the article is: date-fns's locale-aware `format` is not
// needed for them, and loading it would cost the command line a tenth of its start.

/** "August 22, 2019". */
export function monthDayYear(date: Date): string {
	return `${MONTH_NAMES[getMonth(date)]} ${getDate(date)}, ${getYear(date)}`;
}

/** Human form: "Saturday, Aug. 24, 2019", "August 2019", "2019". */
export function describeDate(value: string, precision: Precision): string {
	const parsed = parsePartialIso(value);
	if (!parsed) return value;
	if (precision === 'year') return lightFormat(parsed.date, 'yyyy');
	const month = `${MONTH_NAMES[getMonth(parsed.date)]} ${getYear(parsed.date)}`;
	if (precision === 'month') return month;
	return `${WEEKDAY_NAMES[getDay(parsed.date)]}, ${monthDayYear(parsed.date)}`;
}

/**
 * Resolves `said` against `published` (YYYY-MM-DD). A weekday, or a month and day without a year, is ambiguous
 * on its own: `direction` says whether the article looks back (the default, as news does) or ahead.
 * Returns undefined for words it does not understand, so the caller can report them.
 */
export function resolveWhen(said: string, published: string, direction: Direction = 'past'): ResolvedDate | undefined {
	const base = parseISO(published);
	const words = said
		.trim()
		.toLowerCase()
		.replace(/^(on|in|since)\s+/, '')
		.replace(/,/g, '');

	if (words === 'this month') return { date: formatResolved(base, 'month'), precision: 'month' };
	if (words === 'last month') return { date: formatResolved(subMonths(base, 1), 'month'), precision: 'month' };
	if (words === 'this year') return { date: formatResolved(base, 'year'), precision: 'year' };
	if (words === 'last year') return { date: formatResolved(subYears(base, 1), 'year'), precision: 'year' };
	if (/^\d{4}$/.test(words)) return { date: words, precision: 'year' };

	const weekday = WEEKDAYS.indexOf(words.replace(/\s+(morning|afternoon|evening|night)$/, ''));
	if (weekday >= 0) {
		const day = weekday as Day;
		if (getDay(base) === day) return { date: formatResolved(base, 'day'), precision: 'day' };
		const resolved = direction === 'future' ? nextDay(base, day) : previousDay(base, day);
		return { date: formatResolved(resolved, 'day'), precision: 'day' };
	}

	const parts = words.split(/\s+/);
	const month = parts[0] ? monthIndex(parts[0]) : -1;
	if (month < 0) return undefined;
	if (parts.length === 1) {
		// A bare month: the nearest one in the given direction, the current month included.
		let resolved = setMonth(base, month);
		if (direction === 'past' && isAfter(resolved, base)) resolved = subYears(resolved, 1);
		if (direction === 'future' && isBefore(resolved, base)) resolved = addYears(resolved, 1);
		return { date: formatResolved(resolved, 'month'), precision: 'month' };
	}
	const second = parts[1] ?? '';
	if (parts.length === 2 && /^\d{4}$/.test(second)) {
		return { date: `${second}-${String(month + 1).padStart(2, '0')}`, precision: 'month' };
	}
	const dayOfMonth = Number.parseInt(second.replace(/(st|nd|rd|th)$/, ''), 10);
	if (!Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > 31) return undefined;
	let resolved: Date;
	if (parts.length === 3 && /^\d{4}$/.test(parts[2] ?? '')) {
		resolved = setDate(setMonth(parseISO(`${parts[2]}-01-01`), month), dayOfMonth);
	} else {
		if (parts.length !== 2) return undefined;
		resolved = setDate(setMonth(base, month), dayOfMonth);
		if (direction === 'past' && isAfter(resolved, base)) resolved = subYears(resolved, 1);
		if (direction === 'future' && isBefore(resolved, addDays(base, 0))) resolved = addYears(resolved, 1);
	}
	// A day the month does not have ("Feb. 30", "Sept. 31") would roll over into the next month.
	if (getDate(resolved) !== dayOfMonth) return undefined;
	return { date: formatResolved(resolved, 'day'), precision: 'day' };
}
