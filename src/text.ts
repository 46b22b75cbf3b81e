/** Renders an `Answer` as terminal text (the CLI and the local console). Same Answer, another surface. */

import type { Answer, Engine } from './engine/types.js';
import { describeDate } from './knowledge/dates.js';
import type { TimelineEvent } from './knowledge/types.js';

export interface TextOptions {
	/** Wrap width for quotes; default 100. */
	width?: number;
}

function wrap(text: string, width: number, indent: string): string {
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

export function renderAnswerText(answer: Answer, options: TextOptions = {}): string {
	const width = options.width ?? 100;
	const lines: string[] = [wrap(answer.answer, width, '')];
	if (answer.citations.length > 0) {
		lines.push('');
		for (const c of answer.citations) {
			lines.push(wrap(`“${c.quote}”`, width, '  > '));
			lines.push(
				`    — ${c.source.publisher}, “${c.source.title}”, ${describeDate(c.source.published, 'day')}, paragraph ${c.paragraph}`,
			);
		}
	}
	if (answer.suggestions.length > 0) {
		lines.push('');
		lines.push(answer.answered ? 'Related:' : 'You could ask:');
		for (const s of answer.suggestions) lines.push(`  • ${s.question}`);
	}
	lines.push('');
	lines.push(`(Facts as of ${describeDate(answer.asOf, 'day')}, the date of the article.)`);
	return lines.join('\n');
}

export function renderTopicsText(engine: Engine): string {
	return engine
		.topics()
		.map((t) => [`${t.name}:`, ...t.facts.map((f) => `  • ${f.question}`)].join('\n'))
		.join('\n\n');
}

export function renderTimelineText(events: TimelineEvent[]): string {
	return events
		.map((e) => `${describeDate(e.date, e.precision).padEnd(30)} ${e.what}  (the article: “${e.said}”)`)
		.join('\n');
}

export function renderSourceText(engine: Engine): string {
	return engine.kb.sources
		.map((s) =>
			[
				`${s.publisher}: “${s.title}”`,
				`Published ${describeDate(s.published, 'day')} (${s.timezone}), section ${s.section}.`,
				`${s.paragraphs.length} paragraphs, kept verbatim; ${engine.kb.facts.length} curated facts cite it word for word.`,
				'Every answer quotes the paragraphs it rests on. The article cannot tell what happened after it was published.',
			].join('\n'),
		)
		.join('\n\n');
}
