/**
 * npm run bench:http: the HTTP interactions endpoint under load, side by side with a bare node:http server that
 * returns a fixed JSON body, in the same run, on 127.0.0.1.
 *
 * Each server runs alone in its own child process (one after the other), so the load generator (autocannon, in
 * this process) never shares a thread with it. Both receive the same pre-signed `/ask` requests: distinct
 * interaction ids, users and questions, signed with a key pair generated here. Bounded in time (--duration
 * seconds per server, after a 1 s warm-up) and in count (--amount requests at most).
 *
 * Targets: at least 50% of the bare server's requests/s, p99 under 20 ms at 100 connections, zero errors.
 *
 *   npm run bench:http -- [--connections 100] [--duration 10] [--amount 500000] [--fixture] [--stub-engine]
 *
 * --fixture answers from the 4-fact test knowledge base instead of knowledge/; --stub-engine answers every question
 * with one precomputed answer: the endpoint's own ceiling (signature, parsing, rendering) apart from the matcher.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { verify } from 'node:crypto';
import { createServer } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon, { type Request as LoadRequest, type Result } from 'autocannon';
import { pino } from 'pino';
import { parseConfig } from '../src/config.js';
import { createEngine } from '../src/engine/index.js';
import type { Engine } from '../src/engine/types.js';
import { createInteractionServer } from '../src/http/server.js';
import { publicKeyFromHex } from '../src/http/verify.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { KnowledgeBase } from '../src/knowledge/types.js';
import { createLogger } from '../src/logger.js';
import { fixtureKb } from '../test/fixtures/kb.js';
import { askInteraction, generateKeys, send, signedHeaders } from '../test/http/helpers.js';

type Target = 'bare' | 'gsomia';
interface Ready {
	port: number;
	knowledge?: string;
}

/** --fixture: the 4-fact test knowledge base instead of knowledge/. */
const useFixture = process.argv.includes('--fixture') || process.env.BENCH_FIXTURE === '1';
/**
 * --stub-engine: an engine whose ask() returns one precomputed answer at once, to measure the endpoint's own
 * ceiling (signature, JSON, cooldown, rendering, logging) apart from the matcher's cost. Not the product's figure.
 */
const useStubEngine = process.argv.includes('--stub-engine') || process.env.BENCH_STUB_ENGINE === '1';

function stubEngine(engine: Engine): Engine {
	const fixed = engine.answerFact(engine.kb.facts[0]?.id ?? '') ?? engine.ask('gsomia');
	return { ...engine, ask: () => fixed };
}

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
	let knowledgeFrom: string | undefined;
	let port: number;
	let stop: () => Promise<void>;
	if (target === 'bare') {
		const body = JSON.stringify({
			type: 4,
			data: { content: 'The article says so.', allowed_mentions: { parse: [] } },
		});
		const server = createServer((req, res) => {
			req.resume();
			req.on('end', () => {
				res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
				res.end(body);
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		port = (server.address() as { port: number }).port;
		stop = () => new Promise((resolve) => server.close(() => resolve()));
	} else {
		const { kb, from } = knowledge();
		knowledgeFrom = useStubEngine ? `${from}, --stub-engine (one precomputed answer)` : from;
		const config = parseConfig({
			DISCORD_TRANSPORT: 'http',
			DISCORD_PUBLIC_KEY: process.env.BENCH_PUBLIC_KEY,
			DISCORD_APPLICATION_ID: '1100000000000000001',
			// One simulated user per pre-signed request cycles through thousands of questions a second: the
			// per-user cooldown would answer most of them with "slow down", so it is set out of the way.
			COOLDOWN_LIMIT: '1000000000',
			LOG_LEVEL: 'info',
		});
		// Logs at info as in production (one line per interaction), written to /dev/null instead of a terminal.
		const logger = createLogger('info', pino.destination({ dest: '/dev/null', sync: false }));
		const engine = useStubEngine ? stubEngine(createEngine(kb)) : createEngine(kb);
		const server = createInteractionServer({ config, engine, logger });
		port = (await server.listen(0, '127.0.0.1')).port;
		stop = () => server.close();
	}
	process.send?.({ port, knowledge: knowledgeFrom } satisfies Ready);
	process.once('disconnect', () => {
		void stop().then(() => process.exit(0));
	});
}

// ---------------------------------------------------------------- parent: load generator and report

function option(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
	if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
	return value;
}

function start(target: Target, publicKey: string): Promise<{ child: ChildProcess; ready: Ready }> {
	const child = fork(fileURLToPath(import.meta.url), ['--target', target], {
		env: {
			...process.env,
			BENCH_PUBLIC_KEY: publicKey,
			BENCH_FIXTURE: useFixture ? '1' : '0',
			BENCH_STUB_ENGINE: useStubEngine ? '1' : '0',
		},
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
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

async function load(url: string, requests: LoadRequest[], seconds: number, amount: number, connections: number) {
	const instance = autocannon({ url, connections, pipelining: 1, amount, timeout: 10, requests });
	const timer = setTimeout(() => instance.stop(), seconds * 1000);
	const result: Result = await instance;
	clearTimeout(timer);
	return result;
}

/** How long one Ed25519 verification takes on this machine, for reading the figures. */
function verifyCost(keys: ReturnType<typeof generateKeys>): number {
	const body = JSON.stringify(askInteraction('Who announced the decision?'));
	const headers = signedHeaders(keys, body);
	const data = Buffer.concat([Buffer.from(headers['x-signature-timestamp'] ?? ''), Buffer.from(body)]);
	const signature = Buffer.from(headers['x-signature-ed25519'] ?? '', 'hex');
	const key = publicKeyFromHex(keys.publicKeyHex);
	const n = 2000;
	const t0 = performance.now();
	for (let i = 0; i < n; i++) verify(null, data, key, signature);
	return ((performance.now() - t0) * 1000) / n;
}

async function main(): Promise<number> {
	const connections = option('connections', 100);
	const seconds = option('duration', 10);
	const amount = option('amount', 500_000);
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
		pool.push({ method: 'POST', path: '/interactions', headers: signedHeaders(keys, body), body });
	}

	const perVerify = verifyCost(keys);
	console.log(
		`bench:http — ${connections} connections, ${seconds} s per server after 1 s warm-up, at most ${amount} requests`,
	);
	console.log(
		`machine: ${availableParallelism()} CPU(s), load average ${loadavg()[0]?.toFixed(2)}, node ${process.version}; ` +
			`one Ed25519 verify = ${perVerify.toFixed(0)} µs ` +
			`(${Math.round(1e6 / perVerify)}/s on one core)`,
	);
	console.log(`requests: ${pool.length} distinct signed /ask interactions over ${questions.length} questions\n`);

	const results = new Map<Target, Result>();
	for (const target of ['bare', 'gsomia'] as const) {
		const { child, ready } = await start(target, keys.publicKeyHex);
		const url = `http://127.0.0.1:${ready.port}`;
		try {
			if (target === 'gsomia') {
				console.log(`gsomia server: knowledge from ${ready.knowledge}`);
				const first = pool[0] as Required<Pick<LoadRequest, 'body' | 'headers'>>;
				const check = await send(`${url}/interactions`, { method: 'POST', headers: first.headers, body: first.body });
				const data = (check.json as { type?: number; data?: { embeds?: unknown[]; allowed_mentions?: unknown } }) ?? {};
				const ok =
					check.status === 200 && data.type === 4 && JSON.stringify(data.data?.allowed_mentions) === '{"parse":[]}';
				console.log(
					`sanity: ${check.status}, type ${data.type}, ${data.data?.embeds?.length ?? 0} embed(s), ` +
						`allowed_mentions ${JSON.stringify(data.data?.allowed_mentions)}${ok ? '' : '  <-- UNEXPECTED'}`,
				);
				const tampered = await send(`${url}/interactions`, {
					method: 'POST',
					headers: first.headers,
					body: `${first.body} `,
				});
				console.log(`sanity: tampered body -> ${tampered.status}\n`);
				if (!ok || tampered.status !== 401)
					throw new Error('the endpoint does not answer as expected; not benchmarking it');
			}
			await load(url, pool, 1, amount, connections);
			results.set(target, await load(url, pool, seconds, amount, connections));
		} finally {
			await stopChild(child);
		}
	}

	const bare = results.get('bare');
	const ours = results.get('gsomia');
	if (!bare || !ours) return 1;
	const row = (name: string, r: Result) =>
		`${name.padEnd(22)}${r.requests.average.toFixed(0).padStart(10)}${String(r.latency.p50).padStart(9)}${String(r.latency.p99).padStart(9)}` +
		`${String(r.requests.total).padStart(10)}${String(r.errors).padStart(8)}${String(r.timeouts).padStart(10)}${String(r.non2xx).padStart(8)}`;
	console.log(
		`${'server'.padEnd(22)}${'req/s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'requests'.padStart(10)}${'errors'.padStart(8)}${'timeouts'.padStart(10)}${'non2xx'.padStart(8)}`,
	);
	console.log(row('bare node:http', bare));
	console.log(row('gsomia /interactions', ours));
	const ratio = ours.requests.average / bare.requests.average;
	const failures = ours.errors + ours.timeouts + ours.non2xx;
	console.log(`\nratio gsomia/bare: ${(ratio * 100).toFixed(1)}% of the bare server's requests/s`);
	const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
	console.log(`target >= 50% of bare throughput: ${verdict(ratio >= 0.5)}`);
	console.log(
		`target p99 < 20 ms at ${connections} connections: ${verdict(ours.latency.p99 < 20)} (${ours.latency.p99} ms)`,
	);
	console.log(`target zero errors: ${verdict(failures === 0)} (${failures})`);
	return failures === 0 ? 0 : 1;
}

const targetIndex = process.argv.indexOf('--target');
if (targetIndex >= 0) {
	await runTarget(process.argv[targetIndex + 1] as Target);
} else {
	process.exitCode = await main();
}
