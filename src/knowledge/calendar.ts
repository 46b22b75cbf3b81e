/**
 * Calendar words, one list per language, for every layer that reads or writes a date: the timeline's resolver
 * (English words of the article), the engine's reader of questions and its sentences, and the strings modules.
 * No dependencies, so loading it costs nothing at start.
 */

/** English month names, January first. */
export const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/** English weekday names, Sunday first (as Date#getDay counts). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The one-character weekdays written after a date in Korean ("(목)") and Japanese ("（木）"), Sunday first. */
export const KO_WEEKDAYS_SHORT = ['일', '월', '화', '수', '목', '금', '토'] as const;
export const JA_WEEKDAYS_SHORT = ['日', '月', '火', '水', '木', '金', '土'] as const;

/** A calendar day, split for writing it out: month 1-12, weekday 0 (Sunday) to 6. */
export interface DateParts {
	year: number;
	month: number;
	day: number;
	weekday: number;
}

/** A day in Korean or Japanese, with its weekday: "2019년 8월 22일 (목)", "2019年8月22日（木）". */
export function cjkDay(lang: 'ko' | 'ja', d: DateParts): string {
	return lang === 'ko'
		? `${d.year}년 ${d.month}월 ${d.day}일 (${KO_WEEKDAYS_SHORT[d.weekday]})`
		: `${d.year}年${d.month}月${d.day}日（${JA_WEEKDAYS_SHORT[d.weekday]}）`;
}

/** A month in Korean or Japanese: "2019년 8월", "2019年8月". */
export function cjkMonth(lang: 'ko' | 'ja', d: Pick<DateParts, 'year' | 'month'>): string {
	return lang === 'ko' ? `${d.year}년 ${d.month}월` : `${d.year}年${d.month}月`;
}

/** A year in Korean or Japanese: "2019년", "2019年". */
export function cjkYear(lang: 'ko' | 'ja', d: Pick<DateParts, 'year'>): string {
	return lang === 'ko' ? `${d.year}년` : `${d.year}年`;
}
