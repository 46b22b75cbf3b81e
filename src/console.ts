/**
 * The local console: `npm start` without a Discord token. Interactive (readline) on a terminal; with piped input it
 * answers each line and exits at the end of input. Commands: help, topics, timeline, source, quit. Each question is
 * answered in the language of its script (Hangul Korean, kana Japanese, else English) unless a language is given.
 */
import { createInterface } from 'node:readline';
import type { Engine, Lang } from './engine/types.js';
import { stringsFor } from './i18n/index.js';
import { langFromText } from './i18n/lang.js';
import { MAX_QUESTION_CHARS } from './interactions/answerer.js';
import { boundedLines } from './lines.js';
import { renderAnswerText, renderSourceText, renderTimelineText, renderTopicsText } from './text.js';

/** Answers one console line; returns undefined for quit. */
export function consoleReply(engine: Engine, line: string, fixedLang?: Lang): string | undefined {
	const command = line.trim().toLowerCase().replace(/^[/!]/, '');
	const lang = fixedLang ?? 'en';
	switch (command) {
		case '':
			return '';
		case 'help':
		case '?':
			return stringsFor(lang).cli.help.join('\n');
		case 'topics':
			return renderTopicsText(engine, lang);
		case 'timeline':
			return renderTimelineText(engine.timeline({ lang }), lang, engine.kb.timeline);
		case 'source':
			return renderSourceText(engine, lang);
		case 'quit':
		case 'exit':
			return undefined;
		default: {
			const asked = fixedLang ?? langFromText(line);
			if (line.length > MAX_QUESTION_CHARS) return stringsFor(asked).answer.tooLong(line.length, MAX_QUESTION_CHARS);
			return renderAnswerText(engine.ask(line, { lang: asked }), { lang: asked });
		}
	}
}

export interface ConsoleOptions {
	/** Answer in this language instead of the question's script. */
	lang?: Lang;
	/** Piped input that turns out empty is an error (a service started without a token or a terminal). */
	onNoInput?: () => number;
}

export async function runConsole(
	engine: Engine,
	input: NodeJS.ReadableStream = process.stdin,
	output: NodeJS.WritableStream = process.stdout,
	options: Lang | ConsoleOptions = {},
): Promise<number> {
	const { lang, onNoInput } = typeof options === 'string' ? { lang: options, onNoInput: undefined } : options;
	const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
	if (!interactive) {
		// Piped input, read with a bound on line length: echo each question so the transcript reads as a conversation.
		let lines = 0;
		for await (const { line, tooLong } of boundedLines(input, 64 * 1024)) {
			lines++;
			const reply =
				tooLong === undefined
					? consoleReply(engine, line, lang)
					: stringsFor(lang ?? 'en').answer.tooLong(tooLong, MAX_QUESTION_CHARS);
			if (reply === undefined) break;
			if (reply) output.write(`? ${line === undefined ? `(${tooLong} characters)` : line.trim()}\n${reply}\n\n`);
		}
		return lines === 0 && onNoInput ? onNoInput() : 0;
	}
	const rl = createInterface({ input, output, terminal: true });
	const s = stringsFor(lang ?? 'en');
	output.write(`${s.cli.banner(engine.kb.facts.length)}\n${s.cli.help.join('\n')}\n\n`);
	rl.setPrompt('? ');
	rl.prompt();
	for await (const line of rl) {
		const reply = consoleReply(engine, line, lang);
		if (reply === undefined) break;
		if (reply) output.write(`${reply}\n\n`);
		rl.prompt();
	}
	rl.close();
	return 0;
}
