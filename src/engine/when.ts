/**
 * Date arithmetic over the timeline, with date-fns: "how many days between A and B", "how long had the treaty been
 * in force when the country left", "how long ago". Answers only from dated events the article gives, at the
 * precision it gives them (a month stays a month), in the reader's language.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { parsePartialIso } from '../knowledge/dates.js';
import type { TimelineEvent } from '../knowledge/types.js';
import { dateIn } from './messages.js';
import type { Lang } from './types.js';

export type DateQuestion = 'between' | 'since-then' | 'ago';

/** Recognises questions that need date arithmetic rather than a stored fact. */
export function dateQuestion(folded: string): DateQuestion | undefined {
	const s = ` ${folded.replace(/ , /g, ' ')} `;
	if (
		/ (how long ago|how many years ago|how many months ago|how many days ago|how long since|how many years since|how many years has it been|how long has it been|years ago|몇 ?년 ?전|얼마나 ?(오래 ?)?전|何年前|どのくらい前) /.test(
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
		/ (how many (days|weeks|months)|how long|how much time) |몇 ?일|며칠|何日/.test(s) &&
		/ (between|from|after|before|until|till|since) |사이|부터|까지|만에|전에|후에|뒤|前|後|間|から|まで/.test(s)
	)
		return 'between';
	return undefined;
}

/** The two parts of a "between" question: the events it measures from and to. */
export function spanParts(folded: string): [string, string] | undefined {
	const s = folded
		.replace(/ , /g, ' ')
		.replace(/^.*?\b(how many (days|weeks|months|years)|how long|how much time)\b/, '');
	const patterns = [
		/^(.+?)(?:부터|에서) (.+?)까지/,
		/^(.+?)(?:와|과|랑|하고) (.+?) 사이/,
		/^(.+?)から(.+?)まで/,
		/^(.+?)と(.+?)の間/,
		/\bbetween (.+?) and (.+)$/,
		/\bfrom (.+?) (?:to|until|till) (.+)$/,
		/\b(?:after|before|since) (.+?) (?:did|was|were|had|has|does|do|is|would|could) (.+)$/,
		/^(.+?) (?:after|before|since|until|till) (.+)$/,
	];
	for (const re of patterns) {
		const m = re.exec(s.trim());
		if (m?.[1]?.trim() && m[2]?.trim()) return [m[1].trim(), m[2].trim()];
	}
	return undefined;
}

export interface Span {
	text: string;
	events: TimelineEvent[];
}

const UNITS: Record<
	Lang,
	{ day: (n: number) => string; month: (n: number) => string; year: (n: number) => string; and: string }
> = {
	en: {
		day: (n) => `${n} day${n === 1 ? '' : 's'}`,
		month: (n) => `${n} month${n === 1 ? '' : 's'}`,
		year: (n) => `${n} year${n === 1 ? '' : 's'}`,
		and: ' and ',
	},
	ko: { day: (n) => `${n}일`, month: (n) => `${n}개월`, year: (n) => `${n}년`, and: ' ' },
	ja: { day: (n) => `${n}日`, month: (n) => `${n}か月`, year: (n) => `${n}年`, and: '' },
};

function monthsPhrase(months: number, lang: Lang): string {
	const u = UNITS[lang];
	const years = Math.floor(months / 12);
	const rest = months % 12;
	const parts = [years > 0 ? u.year(years) : '', rest > 0 ? u.month(rest) : ''].filter(Boolean);
	if (parts.length > 0) return parts.join(u.and);
	return { en: 'less than a month', ko: '한 달 미만', ja: '1か月未満' }[lang];
}

function what(e: TimelineEvent, lang: Lang): string {
	return ((lang === 'ko' ? e.whatKo : lang === 'ja' ? e.whatJa : e.what) ?? e.what)
		.replace(/\s*\([^)]*\)\s*$/, '')
		.replace(/[.。]$/, '');
}

function label(e: TimelineEvent, lang: Lang): string {
	return `${dateIn(lang, e.date, e.precision)} (${what(e, lang)})`;
}

/** The time from `a` to `b`, at the coarser precision of the two. */
export function between(a: TimelineEvent, b: TimelineEvent, lang: Lang = 'en'): Span | undefined {
	const [first, second] = a.date <= b.date ? [a, b] : [b, a];
	const from = parsePartialIso(first.date);
	const to = parsePartialIso(second.date);
	if (!from || !to) return undefined;
	const f = label(first, lang);
	const t = label(second, lang);
	if (first.precision === 'day' && second.precision === 'day') {
		const days = UNITS[lang].day(differenceInCalendarDays(to.date, from.date));
		const text = {
			en: `${days}: from ${f} to ${t}.`,
			ko: `${days}: ${f}부터 ${t}까지.`,
			ja: `${days}：${f}から${t}まで。`,
		}[lang];
		return { text, events: [first, second] };
	}
	if (first.precision === 'year' || second.precision === 'year') return undefined;
	const months = monthsPhrase(differenceInCalendarMonths(to.date, from.date), lang);
	const which = first.precision === 'month' ? 0 : 1;
	const text = {
		en: `About ${months}: from ${f} to ${t}. The article dates ${which === 0 ? 'the first' : 'the second'} only to the month.`,
		ko: `약 ${months}: ${f}부터 ${t}까지. 기사는 ${which === 0 ? '앞의' : '뒤의'} 날짜를 월 단위로만 밝힙니다.`,
		ja: `約${months}：${f}から${t}まで。記事は${which === 0 ? '前の' : '後の'}日付を月までしか示していません。`,
	}[lang];
	return { text, events: [first, second] };
}

/** How long ago an event was, as of `now`. */
export function ago(event: TimelineEvent, now: Date, lang: Lang = 'en'): Span | undefined {
	const at = parsePartialIso(event.date);
	if (!at) return undefined;
	const months = differenceInCalendarMonths(now, at.date);
	const exact = event.precision === 'day' && months < 2;
	const elapsed = exact
		? UNITS[lang].day(differenceInCalendarDays(now, at.date))
		: monthsPhrase(Math.max(months, 0), lang);
	const today = dateIn(lang, now.toISOString().slice(0, 10), 'day');
	const text = {
		en: `${exact ? elapsed : `About ${elapsed}`} ago: ${label(event, 'en')}, counted to ${today}.`,
		ko: `${exact ? '' : '약 '}${elapsed} 전: ${label(event, 'ko')}. ${today} 기준.`,
		ja: `${exact ? '' : '約'}${elapsed}前：${label(event, 'ja')}。${today}時点。`,
	}[lang];
	return { text, events: [event] };
}
