/**
 * Renders an `Answer` as terminal text (the CLI and the local console), in one language. Same Answer, another
 * surface; the quotes stay verbatim English, the frame around them follows the language.
 */
import type { Answer, Engine, Lang } from './engine/types.js';
import { writtenDate } from './i18n/dates.js';
import { stringsFor } from './i18n/index.js';
import { timelineView } from './interactions/timeline.js';
import type { TimelineEvent } from './knowledge/types.js';

export interface TextOptions {
	/** Wrap width for quotes; default 100. */
	width?: number;
	/** The language of the frame. Default: the answer's own. */
	lang?: Lang;
}

function wrap(text: string, width: number, indent: string): string {
	// Korean and Japanese text wraps at the width too, by characters when it has no spaces.
	const out: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && line.length + word.length + 1 > width - indent.length) {
			out.push(indent + line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) out.push(indent + line);
	return out.join('\n');
}

const day = (date: string, lang: Lang) => writtenDate(date, 'day', lang, { weekday: true });

export function renderAnswerText(answer: Answer, options: TextOptions = {}): string {
	const width = options.width ?? 100;
	const lang = options.lang ?? answer.lang;
	const s = stringsFor(lang);
	const lines: string[] = [];
	const parts =
		answer.parts.length > 1 ? answer.parts : [{ answer: answer.answer, citations: answer.citations, factIds: [] }];
	parts.forEach((part, i) => {
		if (i > 0) lines.push('');
		lines.push(wrap(part.answer, width, ''));
		if (part.citations.length > 0) lines.push('');
		for (const c of part.citations) {
			lines.push(wrap(`“${c.quote}”`, width, '  > '));
			lines.push(
				`    — ${s.cli.citation(c.source.publisher, c.source.title, day(c.source.published, lang), c.paragraph)}`,
			);
		}
	});
	if (answer.suggestions.length > 0) {
		lines.push('');
		lines.push(answer.answered ? s.cli.related : s.cli.youCouldAsk);
		for (const q of answer.suggestions) lines.push(`  • ${q.question}`);
	}
	lines.push('');
	if (answer.lang !== lang) lines.push(s.answer.otherLanguage(s.languages[answer.lang]));
	lines.push(s.cli.factsAsOf(day(answer.asOf, lang)));
	return lines.join('\n');
}

export function renderTopicsText(engine: Engine, lang: Lang = 'en'): string {
	return engine
		.topics({ lang })
		.map((t) => [`${t.name}:`, ...t.facts.map((f) => `  • ${f.question}`)].join('\n'))
		.join('\n\n');
}

export function renderTimelineText(events: TimelineEvent[], lang: Lang = 'en', base?: TimelineEvent[]): string {
	const s = stringsFor(lang);
	const rows = timelineView(events, base).map((e) => ({
		when: writtenDate(e.date, e.precision, lang, { weekday: true }),
		e,
	}));
	const pad = Math.max(0, ...rows.map((r) => r.when.length)) + 2;
	return rows.map(({ when, e }) => `${when.padEnd(pad)}${e.what}  ${s.cli.said(e.said)}`).join('\n');
}

export function renderSourceText(engine: Engine, lang: Lang = 'en'): string {
	const s = stringsFor(lang);
	return engine.kb.sources
		.map((a) =>
			[
				`${a.publisher}: “${a.title}”`,
				s.cli.published(day(a.published, lang), a.timezone, a.section),
				s.cli.paragraphs(a.paragraphs.length, engine.kb.facts.length),
				s.cli.limits,
			].join('\n'),
		)
		.join('\n\n');
}
