/**
 * The local console: `npm start` without a Discord token. Interactive (readline) on a terminal; with piped input it
 * answers each line and exits at the end of input. Commands: help, topics, timeline, source, quit.
 */
import { createInterface } from 'node:readline';
import type { Engine } from './engine/types.js';
import { renderAnswerText, renderSourceText, renderTimelineText, renderTopicsText } from './text.js';

const HELP = [
	'Ask a question about South Korea’s 2019 decision to leave GSOMIA, or type a command:',
	'  help       this help',
	'  topics     what the bot knows, by topic',
	'  timeline   the dated events',
	'  source     the article the answers come from',
	'  quit       leave (or Ctrl+D)',
].join('\n');

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
			return renderAnswerText(engine.ask(line));
	}
}

export async function runConsole(
	engine: Engine,
	input: NodeJS.ReadableStream = process.stdin,
	output: NodeJS.WritableStream = process.stdout,
): Promise<number> {
	const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
	const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
	if (interactive) {
		output.write(
			`GSOMIA bot, local console (no DISCORD_TOKEN set). ${engine.kb.facts.length} facts loaded.\n${HELP}\n\n`,
		);
		rl.setPrompt('? ');
		rl.prompt();
	}
	for await (const line of rl) {
		const reply = consoleReply(engine, line);
		if (reply === undefined) break;
		// Piped input: echo each question so the transcript reads as a conversation.
		if (reply) output.write(interactive ? `${reply}\n\n` : `? ${line.trim()}\n${reply}\n\n`);
		if (interactive) rl.prompt();
	}
	rl.close();
	return 0;
}
