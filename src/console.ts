/**
 * The local console: `npm start` without a Discord token. Interactive (readline) on a terminal; with piped input it
 * answers each line and exits at the end of input. Commands: help, topics, timeline, source, quit.
 */
import { createInterface } from 'node:readline';
import type { Engine } from './engine/types.js';
import { MAX_QUESTION_CHARS } from './interactions/answerer.js';
import { boundedLines } from './lines.js';
import { renderAnswerText, renderSourceText, renderTimelineText, renderTopicsText } from './text.js';

const HELP = [
	'Ask a question about South Korea’s 2019 decision to leave GSOMIA, or type a command:',
	'  help       this help',
	'  topics     what the bot knows, by topic',
	'  timeline   the dated events',
	'  source     the article the answers come from',
	'  quit       leave (or Ctrl+D)',
].join('\n');

const tooLong = (length: number) =>
	`That question is ${length.toLocaleString('en-US')} characters long; I read questions of up to ${MAX_QUESTION_CHARS.toLocaleString('en-US')}. Please ask it more briefly.`;

/** Answers one console line; returns undefined for quit. */
export function consoleReply(engine: Engine, line: string): string | undefined {
	const command = line.trim().toLowerCase().replace(/^[/!]/, '');
	switch (command) {
		case '':
			return '';
		case 'help':
		case '?':
			return HELP;
		case 'topics':
			return renderTopicsText(engine);
		case 'timeline':
			return renderTimelineText(engine.timeline());
		case 'source':
			return renderSourceText(engine);
		case 'quit':
		case 'exit':
			return undefined;
		default:
			if (line.length > MAX_QUESTION_CHARS) return tooLong(line.length);
			return renderAnswerText(engine.ask(line));
	}
}

export interface ConsoleOptions {
	/** Piped input that turns out empty is an error (a service started without a token or a terminal). */
	onNoInput?: () => number;
}

export async function runConsole(
	engine: Engine,
	input: NodeJS.ReadableStream = process.stdin,
	output: NodeJS.WritableStream = process.stdout,
	options: ConsoleOptions = {},
): Promise<number> {
	const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
	if (!interactive) {
		// Piped input: echo each question so the transcript reads as a conversation.
		let lines = 0;
		for await (const { line, tooLong: length } of boundedLines(input, 64 * 1024)) {
			lines++;
			const reply = length === undefined ? consoleReply(engine, line) : tooLong(length);
			if (reply === undefined) break;
			const shown = line === undefined ? `(${length} characters)` : line.trim();
			if (reply) output.write(`? ${shown}\n${reply}\n\n`);
		}
		return lines === 0 && options.onNoInput ? options.onNoInput() : 0;
	}
	const rl = createInterface({ input, output, terminal: true });
	output.write(
		`GSOMIA bot, local console (no DISCORD_TOKEN set). ${engine.kb.facts.length} facts loaded.\n${HELP}\n\n`,
	);
	rl.setPrompt('? ');
	rl.prompt();
	for await (const line of rl) {
		const reply = consoleReply(engine, line);
		if (reply === undefined) break;
		if (reply) output.write(`${reply}\n\n`);
		rl.prompt();
	}
	rl.close();
	return 0;
}
