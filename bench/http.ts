/**
 * npm run bench:http: our HTTP interactions endpoint beside the reference peer, in the same run, on 127.0.0.1, at
 * 10 and 100 connections. The reference is the canonical Discord sample: node:http plus the `discord-interactions`
 * package's `verifyKey`, replying with a fixed answer-sized message (one of our own answers, rendered once). Both
 * receive the same pre-signed `/ask` requests (distinct interaction ids, users and questions) and check every
 * signature.
 *
 * Each server runs in its own child process, so the load generator (autocannon, in this process) never shares a
 * thread with it; the runs alternate between the two in rounds, so that load from elsewhere falls on both alike. Ours runs as `serve` does in production: the engine in its thread,
 * the answer cache, logs at info (to /dev/null). Bounded in time (--duration seconds per run, after a 1 s warm-up)
 * and in count (--amount requests at most).
 *
 * Target: at least 1.0x the reference's requests/s at 10 and 100 connections, p99 no worse, zero errors.
 *
 *   npm run bench:http -- [--connections 10,100] [--duration 10] [--amount 500000] [--fixture] [--no-cache]
 *                         [--cpu-prof DIR] [--workers N]
 *
 * Beside requests/s and latency, each server's CPU time per request (user + system, every thread of its process,
 * read with process.cpuUsage() around each run) shows what a request costs the machine.
 * --fixture answers from the 4-fact test knowledge base; --no-cache turns the answer cache off (ANSWER_CACHE_SIZE=0)
 * to show what the engine alone costs; --workers N runs ours as WORKERS=N (N processes sharing the port, CPU time
 * summed over them); --cpu-prof DIR writes V8 CPU profiles of both servers (one file a thread).
 */
import { type ChildProcess, fork } from 'node:child_process';
import cluster, { type Worker } from 'node:cluster';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Request as LoadRequest, type Result } from 'autocannon';
import { verifyKey } from 'discord-interactions';
import { registry } from '../commands/index.js';
import { parseConfig } from '../src/config.js';
import { createEngine } from '../src/engine/index.js';
import { serve } from '../src/http/serve.js';
import { startHttpWorkers } from '../src/http/workers.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { KnowledgeBase } from '../src/knowledge/types.js';
import { createLogger, logDestination, silentLogger } from '../src/logger.js';
import { renderAnswer } from '../src/render/render.js';
import { fixtureKb } from '../test/fixtures/kb.js';
import { askInteraction, generateKeys, send, signedHeaders } from '../test/http/helpers.js';

type Target = 'reference' | 'gsomia';
interface Ready {
	port: number;
	knowledge?: string;
	/** Bytes of the reference's fixed reply. */
	replyBytes?: number;
}

/** --fixture: the 4-fact test knowledge base instead of knowledge/. */
const useFixture = process.argv.includes('--fixture') || process.env.BENCH_FIXTURE === '1';
/** --workers N: ours runs as WORKERS=N (N processes sharing the port); default 1. */
const workers = Number(process.env.BENCH_WORKERS ?? option('workers', '1'));
/** --no-cache: the answer cache off, every question goes to the engine. */
const noCache = process.argv.includes('--no-cache') || process.env.BENCH_NO_CACHE === '1';
/** --cpu-prof DIR: both servers write V8 CPU profiles (one a thread) into DIR/reference and DIR/gsomia when they stop. */
const cpuProfIndex = process.argv.indexOf('--cpu-prof');
const cpuProfDir = cpuProfIndex >= 0 ? process.argv[cpuProfIndex + 1] : undefined;

function knowledge(): { kb: KnowledgeBase; from: string } {
	if (useFixture) {
		const fixture = fixtureKb();
		return { kb: fixture, from: `test fixture (${fixture.facts.length} facts), --fixture` };
	}
	const { kb, problems } = loadKnowledge();
	if (kb) return { kb, from: `knowledge/ (${kb.facts.length} facts)` };
	const fixture = fixtureKb();
	return {
		kb: fixture,
		from: `test fixture (${fixture.facts.length} facts): knowledge/ has ${problems.length} problem(s) right now`,
	};
}

// ---------------------------------------------------------------- child: one server, reports its port over IPC

async function runTarget(target: Target): Promise<void> {
	const publicKey = process.env.BENCH_PUBLIC_KEY as string;
	let ready: Ready;
	let stop: () => Promise<void>;
	let cpuNow = async () => {
		const own = process.cpuUsage();
		return own.user + own.system;
	};
	if (target === 'reference') {
		// The canonical sample: verifyKey from discord-interactions, then a fixed reply the size of a real answer.
		const { kb } = knowledge();
		const engine = createEngine(kb);
		const fact = kb.facts[0]?.id ?? '';
		const answer = engine.answerFact(fact) ?? engine.ask('gsomia');
		const view = { answer, title: kb.facts[0]?.question ?? '' };
		const reply = JSON.stringify({ type: 4, data: renderAnswer(view, { lang: 'en', ids: registry.ids }, true) });
		const server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (c: Buffer) => chunks.push(c));
			req.on('end', async () => {
				const body = Buffer.concat(chunks);
				const signature = req.headers['x-signature-ed25519'] as string;
				const timestamp = req.headers['x-signature-timestamp'] as string;
				const valid = await verifyKey(body, signature, timestamp, publicKey);
				if (!valid) {
					res.writeHead(401).end('Bad request signature');
					return;
				}
				const interaction = JSON.parse(body.toString('utf8')) as { type: number };
				if (interaction.type === 1) {
					res.writeHead(200, { 'content-type': 'application/json' }).end('{"type":1}');
					return;
				}
				res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(reply) });
				res.end(reply);
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		ready = { port: (server.address() as { port: number }).port, replyBytes: Buffer.byteLength(reply) };
		stop = () => new Promise((resolve) => server.close(() => resolve()));
	} else if (workers > 1 && !cluster.isWorker) {
		// WORKERS=N as `serve` runs it: this process is the primary; each worker runs this file again (below) and
		// serves as WORKERS=1 does, on the shared port, with one SQLite file between them as in production.
		process.env.BENCH_DB = join(mkdtempSync(join(tmpdir(), 'gsomia-bench-')), 'gsomia.sqlite');
		const running = startHttpWorkers({ count: workers, logger: silentLogger() });
		const address = await running.ready;
		ready = { port: address.port, knowledge: `${knowledge().from}, WORKERS=${workers} (node:cluster)` };
		stop = () => running.stop();
		// CPU time: this process and every worker.
		const cpuOfWorker = (worker: Worker) =>
			new Promise<number>((resolve) => {
				const onMessage = (message: { cpu?: NodeJS.CpuUsage }) => {
					if (!message.cpu) return;
					worker.off('message', onMessage);
					resolve(message.cpu.user + message.cpu.system);
				};
				worker.on('message', onMessage);
				worker.send({ cpu: true });
			});
		cpuNow = async () => {
			const own = process.cpuUsage();
			const all = await Promise.all(Object.values(cluster.workers ?? {}).map((w) => cpuOfWorker(w as Worker)));
			return all.reduce((a, b) => a + b, own.user + own.system);
		};
	} else {
		const { kb, from } = knowledge();
		const config = parseConfig({
			DISCORD_TRANSPORT: 'http',
			DISCORD_PUBLIC_KEY: publicKey,
			HOST: '127.0.0.1',
			PORT: '0',
			// One simulated user per pre-signed request cycles through thousands of questions a second: the
			// per-user cooldown would answer most of them with "slow down", so it is set out of the way.
			COOLDOWN_LIMIT: '1000000000',
			LOG_LEVEL: 'info',
			// As in production: declined questions and fact usage are written to a SQLite file (a temporary one).
			DATABASE_PATH: process.env.BENCH_DB ?? join(mkdtempSync(join(tmpdir(), 'gsomia-bench-')), 'gsomia.sqlite'),
			...(noCache ? { ANSWER_CACHE_SIZE: '0' } : {}),
		});
		// Logs at info as in production (one line per interaction), written as production writes them (in blocks, see
		// logDestination) to /dev/null instead of stderr.
		const logger = createLogger('info', logDestination('/dev/null'));
		const running = await serve({ config, logger, handleSignals: false, ...(useFixture ? { knowledge: kb } : {}) });
		ready = { port: running.address.port, knowledge: `${from}${noCache ? ', answer cache off (--no-cache)' : ''}` };
		stop = () => running.close();
	}
	// The parent asks for this process's CPU time (every thread: event loop, engine thread, libuv's pool) around each
	// run, so that the report can show what a request costs the machine, not only how long it waited.
	process.on('message', (message: { cpu?: true }) => {
		if (message.cpu) void cpuNow().then((total) => process.send?.({ cpu: { user: total, system: 0 } }));
	});
	// A worker of WORKERS=N answers its primary (above) only.
	if (cluster.isWorker) return;
	process.send?.(ready);
	process.once('disconnect', () => {
		void stop().then(() => process.exit(0));
	});
}

// ---------------------------------------------------------------- parent: load generator and report

function option(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

function positive(name: string, value: string): number {
	const n = Number(value);
	if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
	return n;
}

function start(target: Target, publicKey: string): Promise<{ child: ChildProcess; ready: Ready }> {
	const child = fork(fileURLToPath(import.meta.url), ['--target', target], {
		env: {
			...process.env,
			BENCH_PUBLIC_KEY: publicKey,
			BENCH_FIXTURE: useFixture ? '1' : '0',
			BENCH_NO_CACHE: noCache ? '1' : '0',
			BENCH_WORKERS: String(workers),
		},
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		...(cpuProfDir
			? { execArgv: [...process.execArgv, '--cpu-prof', '--cpu-prof-dir', join(cpuProfDir, target)] }
			: {}),
	});
	return new Promise((resolve, reject) => {
		child.once('message', (ready) => resolve({ child, ready: ready as Ready }));
		child.once('exit', (code) => reject(new Error(`${target} server exited early (code ${code})`)));
	});
}

function stopChild(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null) return resolve();
		child.once('exit', () => resolve());
		child.disconnect();
	});
}

/** The server process's CPU time so far (user + system, every thread), in microseconds. */
function cpuOf(child: ChildProcess): Promise<number> {
	return new Promise((resolve) => {
		const onMessage = (message: { cpu?: NodeJS.CpuUsage }) => {
			if (!message.cpu) return;
			child.off('message', onMessage);
			resolve(message.cpu.user + message.cpu.system);
		};
		child.on('message', onMessage);
		child.send({ cpu: true });
	});
}

async function load(url: string, requests: LoadRequest[], seconds: number, amount: number, connections: number) {
	const instance = autocannon({ url, connections, pipelining: 1, amount, timeout: 10, requests });
	const timer = setTimeout(() => instance.stop(), seconds * 1000);
	const result: Result = await instance;
	clearTimeout(timer);
	return result;
}

/**
 * Rounds of one server as one result: requests summed, the rate as all requests over all the time (autocannon's own
 * average counts the last, partial second of a run as a whole one), the worst p50 and p99 of the rounds.
 */
function combine(parts: Result[]): Result {
	const first = parts[0] as Result;
	const sum = (f: (r: Result) => number) => parts.reduce((n, r) => n + f(r), 0);
	return {
		...first,
		requests: {
			...first.requests,
			average: sum((r) => r.requests.total) / sum((r) => r.duration),
			total: sum((r) => r.requests.total),
		},
		latency: {
			...first.latency,
			p50: Math.max(...parts.map((r) => r.latency.p50)),
			p99: Math.max(...parts.map((r) => r.latency.p99)),
		},
		errors: sum((r) => r.errors),
		timeouts: sum((r) => r.timeouts),
		non2xx: sum((r) => r.non2xx),
	};
}

async function main(): Promise<number> {
	const connectionCounts = option('connections', '10,100')
		.split(',')
		.map((c) => positive('connections', c));
	const seconds = positive('duration', option('duration', '10'));
	const amount = positive('amount', option('amount', '500000'));
	const keys = generateKeys();
	const { kb } = knowledge();

	// Pre-signed /ask requests: the KB's own questions and their variants, plus some it must abstain on.
	const questions = [
		...kb.facts.flatMap((f) => [f.question, ...f.alternates]),
		'what is the capital of france',
		'hello there',
		'did the pact get renewed in 2025?',
	];
	const pool: LoadRequest[] = [];
	for (let i = 0; i < 1000; i++) {
		const question = questions[i % questions.length] ?? 'gsomia';
		const body = JSON.stringify(askInteraction(question, { userId: String(1300000000000000000n + BigInt(i)) }));
		pool.push({
			method: 'POST',
			path: '/interactions',
			headers: signedHeaders(keys, body),
			body,
			// A request with setupRequest is built when it is sent. Without it, autocannon builds the whole pool for
			// every connection before the first request (100 connections x 1000 requests: seconds), with the run's
			// clock and the first requests' latency already running, which made p99 at 100 connections seconds long
			// for both servers.
			setupRequest: (request) => request,
		});
	}

	console.log(
		`bench:http — ${connectionCounts.join(' and ')} connections, ${seconds} s per run after 1 s warm-up, at most ${amount} requests`,
	);
	console.log(
		`machine: ${availableParallelism()} CPU(s), load average ${loadavg()[0]?.toFixed(2)}, node ${process.version}`,
	);
	console.log(`requests: ${pool.length} distinct signed /ask interactions over ${questions.length} questions\n`);

	// Both servers run at once (an idle one costs nothing); the runs alternate, reference then ours, in rounds of
	// `seconds / rounds`, so that a burst of load from elsewhere on a shared machine falls on both alike.
	const rounds = 3;
	const servers = new Map<'reference' | 'gsomia', { child: ChildProcess; url: string }>();
	const results = new Map<string, Result>();
	/** CPU microseconds the server process spent per answered request, every thread counted. */
	const cpuPerRequest = new Map<string, number>();
	try {
		for (const target of ['reference', 'gsomia'] as const) {
			const { child, ready } = await start(target, keys.publicKeyHex);
			const url = `http://127.0.0.1:${ready.port}`;
			servers.set(target, { child, url });
			const first = pool[0] as Required<Pick<LoadRequest, 'body' | 'headers'>>;
			const check = await send(`${url}/interactions`, { method: 'POST', headers: first.headers, body: first.body });
			const data = (check.json as { type?: number; data?: { embeds?: unknown[]; allowed_mentions?: unknown } }) ?? {};
			const tampered = await send(`${url}/interactions`, {
				method: 'POST',
				headers: first.headers,
				body: `${first.body} `,
			});
			if (target === 'reference')
				console.log(`reference: node:http + discord-interactions verifyKey, fixed ${ready.replyBytes}-byte reply`);
			else console.log(`gsomia: knowledge from ${ready.knowledge}`);
			console.log(
				`  sanity: ${check.status}, type ${data.type}, ${data.data?.embeds?.length ?? 0} embed(s), ${check.text.length} bytes; tampered body -> ${tampered.status}`,
			);
			if (check.status !== 200 || data.type !== 4 || tampered.status !== 401)
				throw new Error(`${target} does not answer as expected; not benchmarking it`);
			// Warm-up: one whole pass over the request pool, as production traffic repeats its questions. One connection
			// (autocannon starts every connection at the pool's first request, so ten connections of 100 requests each
			// would see only the first 100), bounded by count, not by time: a pass cut short would leave engine work
			// (cache misses) inside the measured runs.
			const warm = await load(url, pool, 120, pool.length, 1);
			if (warm.requests.total < pool.length)
				throw new Error(`${target}: the warm-up answered ${warm.requests.total} of ${pool.length} requests`);
		}
		for (const connections of connectionCounts) {
			const parts: Record<'reference' | 'gsomia', Result[]> = { reference: [], gsomia: [] };
			const cpu = { reference: 0, gsomia: 0 };
			for (let round = 0; round < rounds; round++) {
				for (const target of ['reference', 'gsomia'] as const) {
					const { url, child } = servers.get(target) as { url: string; child: ChildProcess };
					const before = await cpuOf(child);
					parts[target].push(await load(url, pool, seconds / rounds, amount, connections));
					cpu[target] += (await cpuOf(child)) - before;
				}
			}
			for (const target of ['reference', 'gsomia'] as const) {
				const combined = combine(parts[target]);
				results.set(`${target}@${connections}`, combined);
				cpuPerRequest.set(`${target}@${connections}`, cpu[target] / Math.max(1, combined.requests.total));
			}
		}
	} finally {
		for (const { child } of servers.values()) await stopChild(child);
	}

	console.log(
		`\n${'server'.padEnd(26)}${'conns'.padStart(6)}${'req/s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'requests'.padStart(10)}${'errors'.padStart(8)}${'timeouts'.padStart(10)}${'non2xx'.padStart(8)}${'CPU µs/req'.padStart(12)}`,
	);
	const row = (name: string, c: number, r: Result, cpuUs: number) =>
		`${name.padEnd(26)}${String(c).padStart(6)}${r.requests.average.toFixed(0).padStart(10)}${String(r.latency.p50).padStart(9)}${String(r.latency.p99).padStart(9)}` +
		`${String(r.requests.total).padStart(10)}${String(r.errors).padStart(8)}${String(r.timeouts).padStart(10)}${String(r.non2xx).padStart(8)}${cpuUs.toFixed(0).padStart(12)}`;
	let failures = 0;
	const verdicts: string[] = [];
	for (const c of connectionCounts) {
		const ref = results.get(`reference@${c}`) as Result;
		const ours = results.get(`gsomia@${c}`) as Result;
		console.log(row('reference (verifyKey)', c, ref, cpuPerRequest.get(`reference@${c}`) ?? 0));
		console.log(
			row(
				workers > 1 ? `gsomia WORKERS=${workers}` : 'gsomia /interactions',
				c,
				ours,
				cpuPerRequest.get(`gsomia@${c}`) ?? 0,
			),
		);
		failures += ours.errors + ours.timeouts + ours.non2xx;
		const ratio = ours.requests.average / ref.requests.average;
		const ok = ratio >= 1 && ours.latency.p99 <= ref.latency.p99;
		verdicts.push(
			`${c} connections: ${ratio.toFixed(2)}x the reference's requests/s, p99 ${ours.latency.p99} ms vs ${ref.latency.p99} ms: ${ok ? 'met' : 'NOT met'}`,
		);
	}
	console.log(`\ntarget >= 1.0x requests/s with p99 no worse (ours with WORKERS=${workers}):`);
	for (const v of verdicts) console.log(`  ${v}`);
	console.log(`zero errors: ${failures === 0 ? 'met' : 'NOT met'} (${failures})`);
	return failures === 0 ? 0 : 1;
}

const targetIndex = process.argv.indexOf('--target');
if (targetIndex >= 0) {
	await runTarget(process.argv[targetIndex + 1] as Target);
} else {
	process.exitCode = await main();
}
