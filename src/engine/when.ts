/**
 * Date arithmetic over the timeline, with date-fns: "how many days between A and B", "how long had the pact been
 * in force when Seoul withdrew", "how long ago". Answers only from dated events the article gives, at the
 * precision it gives them (a month stays a month).
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { describeDate, monthDayYear, parsePartialIso } from '../knowledge/dates.js';
import type { TimelineEvent } from '../knowledge/types.js';

export type DateQuestion = 'between' | 'since-then' | 'ago';

/** Recognises questions that need date arithmetic rather than a stored fact. */
export function dateQuestion(folded: string): DateQuestion | undefined {
	const s = ` ${folded} `;
	if (
		/ (how long ago|how many years ago|how many months ago|how many days ago|how long since|how many years since|how many years has it been|how long has it been|years ago|몇 ?년 ?전|얼마나 ?(오래 ?)?전) /.test(
			s,
		)
	)
		return 'ago';
	if (
		/ (how long|how many years|how many months) .*( in force| in effect| in place| existed| lasted| last| been around| old when| running)/.test(
			s,
		)
	) {
		return 'since-then';
	}
	if (
		/ (how many (days|weeks|months)|how long|how much time|몇 ?일|며칠 ?(사이|차이|동안|만에)) /.test(s) &&
		/ (between|from|after|before|until|till|and|since|사이|부터|까지|만에|전에|후에|뒤) /.test(s)
	)
		return 'between';
	return undefined;
}

function plural(n: number, unit: string): string {
	return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

function monthsPhrase(months: number): string {
	const years = Math.floor(months / 12);
	const rest = months % 12;
	const parts = [years > 0 ? plural(years, 'year') : '', rest > 0 ? plural(rest, 'month') : ''].filter(Boolean);
	return parts.join(' and ') || 'less than a month';
}

export interface Span {
	text: string;
	events: TimelineEvent[];
}

function label(e: TimelineEvent): string {
	return `${describeDate(e.date, e.precision)} (${e.what.replace(/\s*\([^)]*\)\s*$/, '').replace(/\.$/, '')})`;
}

/** The time from `a` to `b`, at the coarser precision of the two. */
export function between(a: TimelineEvent, b: TimelineEvent): Span | undefined {
	const [first, second] = a.date <= b.date ? [a, b] : [b, a];
	const from = parsePartialIso(first.date);
	const to = parsePartialIso(second.date);
	if (!from || !to) return undefined;
	if (first.precision === 'day' && second.precision === 'day') {
		const days = differenceInCalendarDays(to.date, from.date);
		return { text: `${plural(days, 'day')}: from ${label(first)} to ${label(second)}.`, events: [first, second] };
	}
	if (first.precision === 'year' || second.precision === 'year') return undefined;
	const months = differenceInCalendarMonths(to.date, from.date);
	const coarse = first.precision === 'month' ? first : second;
	return {
		text: `About ${monthsPhrase(months)}: from ${label(first)} to ${label(second)}. The article dates ${coarse === first ? 'the first' : 'the second'} only to the month.`,
		events: [first, second],
	};
}

/** How long ago an event was, as of `now`. */
export function ago(event: TimelineEvent, now: Date): Span | undefined {
	const at = parsePartialIso(event.date);
	if (!at) return undefined;
	const months = differenceInCalendarMonths(now, at.date);
	const elapsed =
		event.precision === 'day' && months < 2
			? plural(differenceInCalendarDays(now, at.date), 'day')
			: `About ${monthsPhrase(Math.max(months, 0))}`;
	return {
		text: `${elapsed} ago: ${label(event)}, counted to ${monthDayYear(now)}.`,
		events: [event],
	};
}
