/**
 * The local console: `npm start` without a Discord token. Interactive (readline) on a terminal; with piped input it
 * answers each line and exits at the end of input. Commands: help, topics, timeline, source, quit. Each question is
 * answered in the language of its script (Hangul Korean, kana Japanese, else English) unless a language is given.
 */
import { createInterface } from 'node:readline';
import type { Engine, Lang } from './engine/types.js';
import { stringsFor } from './i18n/index.js';
import { langFromText } from './i18n/lang.js';
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
			return renderAnswerText(engine.ask(line, { lang: asked }), { lang: asked });
		}
	}
}

export async function runConsole(
	engine: Engine,
	input: NodeJS.ReadableStream = process.stdin,
	output: NodeJS.WritableStream = process.stdout,
	lang?: Lang,
): Promise<number> {
	const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
	const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
	if (interactive) {
		const s = stringsFor(lang ?? 'en');
		output.write(`${s.cli.banner(engine.kb.facts.length)}\n${s.cli.help.join('\n')}\n\n`);
		rl.setPrompt('? ');
		rl.prompt();
	}
	for await (const line of rl) {
		const reply = consoleReply(engine, line, lang);
		if (reply === undefined) break;
		// Piped input: echo each question so the transcript reads as a conversation.
		if (reply) output.write(interactive ? `${reply}\n\n` : `? ${line.trim()}\n${reply}\n\n`);
		if (interactive) rl.prompt();
	}
	rl.close();
	return 0;
}
