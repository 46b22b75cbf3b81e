/**
 * Dates written out per language, at the precision the article gives: "August 22, 2019" / "2019년 8월 22일 (목)" /
 * "2019年8月22日（木）", "August 2019", "2019". A calendar day is the article's day in Asia/Seoul, written as such,
 * never a Discord timestamp (which would show 23 August to a reader east of UTC+12). Month and year precision stay.
 */
import type { Lang, Precision } from '../engine/types.js';
import { stringsFor } from './index.js';
import type { DateParts } from './types.js';

/** YYYY, YYYY-MM or YYYY-MM-DD, split; the weekday of the day (or of the first day the value covers). */
export function dateParts(value: string): DateParts | undefined {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!match) return undefined;
	const year = Number(match[1]);
	const month = Number(match[2] ?? 1);
	const day = Number(match[3] ?? 1);
	if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
	const utc = new Date(Date.UTC(year, month - 1, day));
	if (utc.getUTCMonth() !== month - 1) return undefined;
	return { year, month, day, weekday: utc.getUTCDay() };
}

export interface WrittenDateOptions {
	/** Name the weekday of a day in English too ("Thursday, August 22, 2019"); Korean and Japanese always do. */
	weekday?: boolean;
}

/** `value` (YYYY, YYYY-MM or YYYY-MM-DD) written in `lang` at `precision`; an unreadable value is returned as is. */
export function writtenDate(value: string, precision: Precision, lang: Lang, options: WrittenDateOptions = {}): string {
	const parts = dateParts(value);
	if (!parts) return value;
	const dates = stringsFor(lang).dates;
	if (precision === 'year') return dates.year(parts);
	if (precision === 'month') return dates.month(parts);
	return options.weekday ? dates.dayWithWeekday(parts) : dates.day(parts);
}
