/**
 * The `gsomia` command line. The contract:
 *   gsomia ask "question"            the answer, its quotes and source, for a terminal
 *   gsomia ask --json "question"     one JSON object: the Answer fields (`lang` included) plus `question`
 *   gsomia ask --jsonl               JSON Lines in ({"question": "...", "lang"?: "ko"}), one Answer JSON a line out
 *   gsomia ask --lang en|ko|ja ...   the language of the answer; without it, the question's script decides
 *                                    (Hangul: Korean, kana: Japanese, else English)
 *   gsomia eval FILE [--json]        scores a question file (the eval format) by kind and style, lists the misses
 *   gsomia check                     validates knowledge/ (same as npm run kb:check)
 *   gsomia invite [--app ID]         prints the OAuth2 install URL
 *   gsomia serve [--port N]          serves the HTTP interactions endpoint
 *   gsomia console                   the local console (what `npm start` runs without a token)
 *   gsomia misses [--since 7d] [--json]   declined questions grouped by similarity (src/curator.ts)
 *   gsomia feedback [--json]         votes and reasons per fact, worst first; the most-asked facts
 * Unknown flags and missing arguments print the usage and exit 2.
 */
import { readFileSync } from 'node:fs';
import type { Engine, Lang } from './engine/types.js';
import { loadEngine } from './engine-snapshot.js';
import { loadEnv } from './env.js';
import { evaluate, formatReport, parseEvalFile } from './eval.js';
import { langFromText, parseLang } from './i18n/lang.js';
import { MAX_QUESTION_CHARS } from './interactions/answerer.js';
import { boundedLines } from './lines.js';
import { renderAnswerText } from './text.js';

/** The longest --jsonl line read; a longer one gets an error line and is skipped without being held in memory. */
export const MAX_JSONL_LINE = 64 * 1024;

export const USAGE = `Usage:
  gsomia ask "question"          answer one question (text)
  gsomia ask --json "question"   answer one question as one JSON object
  gsomia ask --jsonl             answer JSON Lines from stdin ({"question": "..."} a line), one JSON a line
  gsomia ask --lang en|ko|ja ... answer in that language (default: the question's script decides)
  gsomia eval FILE [--json]      score a question file (JSON Lines: q, kind in|out, style, expect)
  gsomia check                   validate the knowledge base
  gsomia console [--lang L]      the interactive console
  gsomia invite [--app ID]       print the bot's install URL (default: DISCORD_APPLICATION_ID)
  gsomia serve [--port N]        serve the HTTP interactions endpoint (needs DISCORD_PUBLIC_KEY)
  gsomia misses [--since 7d] [--json]  declined questions, grouped, with suggested actions
  gsomia feedback [--json]       votes and reasons per fact, worst first; the most-asked facts
  gsomia --help | --version`;

export interface CliIO {
	stdin: NodeJS.ReadableStream;
	stdout: NodeJS.WritableStream;
	stderr: NodeJS.WritableStream;
	env: Record<string, string | undefined>;
	/** Builds the engine; tests may pass their own. */
	engine?: () => Engine | Promise<Engine>;
}

class UsageError extends Error {}

interface Parsed {
	positionals: string[];
	flags: Map<string, string | true>;
}

/** Parses `args` against the flags a subcommand accepts (`name` takes no value, `name=` takes one). */
function parseArgs(args: string[], accepted: string[]): Parsed {
	const takesValue = new Set(accepted.filter((a) => a.endsWith('=')).map((a) => a.slice(0, -1)));
	const boolean = new Set(accepted.filter((a) => !a.endsWith('=')));
	const flags = new Map<string, string | true>();
	const positionals: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		if (arg === '--') {
			positionals.push(...args.slice(i + 1));
			break;
		}
		if (arg.startsWith('--')) {
			const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
			if (boolean.has(name) && inline === undefined) flags.set(name, true);
			else if (takesValue.has(name)) {
				const value = inline ?? args[++i];
				if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
				flags.set(name, value);
			} else throw new UsageError(`unknown option ${arg}`);
		} else positionals.push(arg);
	}
	return { positionals, flags };
}

async function defaultEngine(): Promise<Engine> {
	return loadEngine();
}

/** `--lang`, checked: undefined when absent. */
function langFlag(flags: Map<string, string | true>): Lang | undefined {
	const value = flags.get('lang');
	if (value === undefined) return undefined;
	const lang = parseLang(typeof value === 'string' ? value : undefined);
	if (!lang) throw new UsageError('--lang must be en, ko or ja');
	return lang;
}

async function askJsonl(engine: Engine, io: CliIO, fixed?: Lang): Promise<number> {
	let n = 0;
	// Keep the order and the shape: an abstention that says what was wrong with the line.
	const refuse = (question: string | null, error: string, lang: Lang) => {
		const answer = engine.ask('', { lang });
		io.stdout.write(`${JSON.stringify({ question, ...answer, error: `line ${n}: ${error}` })}\n`);
	};
	for await (const { line, tooLong } of boundedLines(io.stdin, MAX_JSONL_LINE)) {
		n++;
		if (tooLong !== undefined) {
			refuse(null, `the line is ${tooLong} characters long; at most ${MAX_JSONL_LINE} are read`, fixed ?? 'en');
			continue;
		}
		if (!line.trim()) continue;
		let question: unknown;
		let asked: unknown;
		try {
			({ question, lang: asked } = JSON.parse(line) as { question?: unknown; lang?: unknown });
		} catch {
			question = undefined;
		}
		const lang = fixed ?? parseLang(typeof asked === 'string' ? asked : undefined);
		if (typeof question !== 'string' || (asked !== undefined && !parseLang(String(asked)))) {
			// Keep the order and the shape: an abstention that says what was wrong with the line.
			const answer = engine.ask('', { lang: lang ?? 'en' });
			const error =
				typeof question !== 'string'
					? `line ${n}: expected {"question": "..."}`
					: `line ${n}: "lang" must be en, ko or ja`;
			io.stdout.write(
				`${JSON.stringify({ question: typeof question === 'string' ? question : null, ...answer, error })}\n`,
			);
			continue;
		}
		if (question.length > MAX_QUESTION_CHARS) {
			refuse(
				null,
				`the question is ${question.length} characters long; at most ${MAX_QUESTION_CHARS} are read`,
				lang ?? 'en',
			);
			continue;
		}
		io.stdout.write(
			`${JSON.stringify({ question, ...engine.ask(question, { lang: lang ?? langFromText(question) }) })}\n`,
		);
	}
	return 0;
}

export async function run(args: string[], io: CliIO): Promise<number> {
	const [command, ...rest] = args;
	const engine = () => (io.engine ?? defaultEngine)();
	switch (command) {
		case undefined:
		case '--help':
		case '-h':
		case 'help':
			io.stdout.write(`${USAGE}\n`);
			return command === undefined ? 2 : 0;
		case '--version':
		case '-v': {
			const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
				version: string;
			};
			io.stdout.write(`${pkg.version}\n`);
			return 0;
		}
		case 'ask': {
			const { positionals, flags } = parseArgs(rest, ['json', 'jsonl', 'lang=']);
			const fixed = langFlag(flags);
			if (flags.has('jsonl')) {
				if (positionals.length > 0 || flags.has('json'))
					throw new UsageError('--jsonl reads questions from stdin only');
				return askJsonl(await engine(), io, fixed);
			}
			const question = positionals.join(' ');
			if (!question.trim()) throw new UsageError('ask needs a question');
			if (question.length > MAX_QUESTION_CHARS) {
				io.stderr.write(
					`gsomia: the question is ${question.length} characters long; at most ${MAX_QUESTION_CHARS} are read\n`,
				);
				return 1;
			}
			const lang = fixed ?? langFromText(question);
			const answer = (await engine()).ask(question, { lang });
			io.stdout.write(
				flags.has('json') ? `${JSON.stringify({ question, ...answer })}\n` : `${renderAnswerText(answer, { lang })}\n`,
			);
			return 0;
		}
		case 'eval': {
			const { positionals, flags } = parseArgs(rest, ['json']);
			if (positionals.length !== 1) throw new UsageError('eval needs one FILE');
			const file = positionals[0] as string;
			const report = evaluate(await engine(), parseEvalFile(readFileSync(file, 'utf8')));
			if (flags.has('json')) {
				io.stdout.write(
					`${JSON.stringify({ ...report, byStyle: Object.fromEntries(report.byStyle), byKind: Object.fromEntries(report.byKind) })}\n`,
				);
			} else io.stdout.write(`${formatReport(report)}\n`);
			return 0;
		}
		case 'check': {
			parseArgs(rest, []);
			const { runCheck } = await import('./knowledge/check.js');
			return runCheck(undefined, io.stdout);
		}
		case 'console': {
			const { flags, positionals } = parseArgs(rest, ['lang=']);
			if (positionals.length > 0) throw new UsageError('console takes no arguments');
			const { runConsole } = await import('./console.js');
			return runConsole(await engine(), io.stdin, io.stdout, langFlag(flags));
		}
		case 'invite': {
			const { flags, positionals } = parseArgs(rest, ['app=']);
			if (positionals.length > 0) throw new UsageError('invite takes no arguments');
			const { parseConfig } = await import('./config.js');
			const app = (flags.get('app') as string | undefined) ?? parseConfig(io.env).applicationId;
			if (!app || !/^\d{17,20}$/.test(app))
				throw new UsageError('invite needs --app ID or DISCORD_APPLICATION_ID (a Discord id)');
			const { inviteUrl } = await import('./discord/invite.js');
			io.stdout.write(`${inviteUrl(app)}\n`);
			return 0;
		}
		case 'serve': {
			const { flags, positionals } = parseArgs(rest, ['port=', 'host=']);
			if (positionals.length > 0) throw new UsageError('serve takes no arguments');
			const port = flags.has('port') ? Number(flags.get('port')) : undefined;
			if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
				throw new UsageError('--port must be 0 to 65535');
			const [{ serve }, { parseConfig }, { default: cluster }] = await Promise.all([
				import('./http/serve.js'),
				import('./config.js'),
				import('node:cluster'),
			]);
			const config = parseConfig(io.env);
			if (config.workers > 1 && !cluster.isWorker) {
				// WORKERS > 1: this process starts the workers (each runs this same command) and looks after them.
				const [{ startHttpWorkers }, { createLogger }] = await Promise.all([
					import('./http/workers.js'),
					import('./logger.js'),
				]);
				const workers = startHttpWorkers({
					count: config.workers,
					logger: createLogger(config.logLevel, undefined, { mode: 'http-primary' }),
				});
				const onSignal = () => void workers.stop();
				for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, onSignal);
				const code = await workers.exited;
				for (const s of ['SIGINT', 'SIGTERM'] as const) process.off(s, onSignal);
				return code;
			}
			const worker = cluster.isWorker;
			const server = await serve({
				port,
				host: flags.get('host') as string | undefined,
				config,
				// A worker stops on its first signal or when the primary is gone, and ignores the signals after it
				// (the primary forwards the one the whole process group got): requests in flight finish.
				handleSignals: !worker,
				...(worker && io.env.GSOMIA_WORKER ? { logBindings: { worker: Number(io.env.GSOMIA_WORKER) } } : {}),
			});
			if (worker) {
				const close = () => void server.close();
				for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, close);
				process.once('disconnect', close);
				await server.closed;
				process.disconnect?.();
				return 0;
			}
			await server.closed;
			return 0;
		}
		case 'misses':
		case 'feedback': {
			const { flags, positionals } = parseArgs(rest, command === 'misses' ? ['since=', 'json'] : ['json']);
			if (positionals.length > 0) throw new UsageError(`${command} takes no arguments`);
			let sinceMs = 7 * 86_400_000;
			const sinceText = (flags.get('since') as string | undefined) ?? '7d';
			if (flags.has('since')) {
				const parsed = (await import('./curator.js')).parseSince(sinceText);
				if (parsed === undefined) throw new UsageError('--since takes a duration such as 7d, 12h or 30m');
				sinceMs = parsed;
			}
			const [{ parseConfig }, { openStorage }, curator] = await Promise.all([
				import('./config.js'),
				import('./storage/index.js'),
				import('./curator.js'),
			]);
			const storage = await openStorage(parseConfig(io.env));
			try {
				const kb = (await engine()).kb;
				if (command === 'misses') {
					const since = Date.now() - sinceMs;
					const groups = curator.groupMisses(await storage.misses(since), kb);
					io.stdout.write(
						flags.has('json')
							? `${JSON.stringify({ since: new Date(since).toISOString(), backend: storage.backend, groups })}\n`
							: `${curator.formatMisses(groups, `in the last ${sinceText} (${storage.backend})`)}\n`,
					);
				} else {
					const report = curator.feedbackReport(await storage.votes(), await storage.usage(), kb);
					io.stdout.write(
						flags.has('json')
							? `${JSON.stringify({ backend: storage.backend, ...report })}\n`
							: `${curator.formatFeedback(report)}\n`,
					);
				}
			} finally {
				await storage.close();
			}
			return 0;
		}
		default:
			throw new UsageError(`unknown command "${command}"`);
	}
}

/** Runs the CLI with the process's streams; returns the exit code. */
export async function main(args: string[], io: Partial<CliIO> = {}): Promise<number> {
	const full: CliIO = {
		stdin: io.stdin ?? process.stdin,
		stdout: io.stdout ?? process.stdout,
		stderr: io.stderr ?? process.stderr,
		env: io.env ?? loadEnv(),
		engine: io.engine,
	};
	try {
		return await run(args, full);
	} catch (error) {
		if (error instanceof UsageError) {
			full.stderr.write(`gsomia: ${error.message}\n\n${USAGE}\n`);
			return 2;
		}
		// Checked by name: the classes live in modules this file loads only when needed.
		if (error instanceof Error && error.name === 'KnowledgeError') {
			full.stderr.write(`${error.message}\n`);
			return 1;
		}
		if (error instanceof Error && error.name === 'ConfigError') {
			full.stderr.write(`gsomia: ${error.message}\n`);
			return 1;
		}
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			full.stderr.write(`gsomia: ${(error as Error).message}\n`);
			return 1;
		}
		throw error;
	}
}
