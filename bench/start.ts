/**
 * npm run bench:start: how long an operator waits, measured from spawning `node` (median of --runs, default 10),
 * beside a baseline in the same run (a bare `node` doing the least the same job needs):
 * - console: `node dist/src/main.js` without a token answers a piped question (target: ready < 300 ms);
 *   baseline: `node -e` that prints one line from stdin;
 * - serve: `node dist/src/main.js` with DISCORD_TRANSPORT=http until GET /healthz answers 200 (target < 400 ms);
 *   baseline: a bare node:http server polled the same way.
 * Runs `dist/` as built (npm run build first).
 */
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../dist/src/main.js', import.meta.url));
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 10;

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});
}

/** ms from spawn until stdout contains `until`. */
function timeToOutput(args: string[], env: Record<string, string>, input: string, until: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const t0 = performance.now();
		const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', ...env }, cwd: '/' });
		let out = '';
		child.stdout.on('data', (d: Buffer) => {
			out += d.toString();
			if (out.includes(until)) {
				resolve(performance.now() - t0);
				child.kill();
			}
		});
		child.once('exit', () => reject(new Error(`exited before "${until}": ${out}`)));
		child.stdin.end(input);
	});
}

function get(url: string): Promise<number> {
	return new Promise((resolve) => {
		const req = request(url, { agent: false }, (res) => {
			res.resume();
			resolve(res.statusCode ?? 0);
		});
		req.on('error', () => resolve(0));
		req.end();
	});
}

/** ms from spawn until GET /healthz answers 200 (polled every 2 ms). */
async function timeToHealthy(args: string[], env: Record<string, string>, port: number): Promise<number> {
	const t0 = performance.now();
	const child = spawn(process.execPath, args, {
		env: { PATH: process.env.PATH ?? '', ...env },
		cwd: '/',
		stdio: 'ignore',
	});
	try {
		for (;;) {
			if ((await get(`http://127.0.0.1:${port}/healthz`)) === 200) return performance.now() - t0;
			if (child.exitCode !== null) throw new Error('the server exited');
			await new Promise((r) => setTimeout(r, 2));
		}
	} finally {
		child.kill();
		await new Promise((r) => child.once('exit', r));
	}
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const { publicKey } = generateKeyPairSync('ed25519');
const key = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
const bareServer = `require('node:http').createServer((q,s)=>s.end('ok')).listen(Number(process.env.PORT),'127.0.0.1')`;
const bareConsole = `process.stdin.once('data',d=>{process.stdout.write('? '+String(d));process.exit(0)})`;

const rows: [string, number[], number[], number][] = [];
const consoleRuns: number[] = [];
const consoleBase: number[] = [];
const serveRuns: number[] = [];
const serveBase: number[] = [];
for (let i = 0; i < runs; i++) {
	consoleBase.push(await timeToOutput(['-e', bareConsole], {}, 'who announced it\n', '? who'));
	consoleRuns.push(await timeToOutput([MAIN], {}, 'who announced it\n', 'Kim Yu-geun'));
	let port = await freePort();
	serveBase.push(await timeToHealthy(['-e', bareServer], { PORT: String(port) }, port));
	port = await freePort();
	serveRuns.push(
		await timeToHealthy(
			[MAIN],
			{ DISCORD_TRANSPORT: 'http', DISCORD_PUBLIC_KEY: key, HOST: '127.0.0.1', PORT: String(port) },
			port,
		),
	);
}
rows.push(['console: first answer to a piped question', consoleRuns, consoleBase, 300]);
rows.push(['serve: first 200 on /healthz', serveRuns, serveBase, 400]);

console.log(
	`bench:start — median of ${runs} runs; ${availableParallelism()} CPU(s), load average ${loadavg()[0]?.toFixed(2)}, node ${process.version}\n`,
);
console.log(`${'what'.padEnd(44)}${'gsomia ms'.padStart(10)}${'baseline ms'.padStart(13)}${'target'.padStart(10)}`);
for (const [what, ours, base, target] of rows) {
	const m = median(ours);
	console.log(
		`${what.padEnd(44)}${m.toFixed(0).padStart(10)}${median(base).toFixed(0).padStart(13)}${`< ${target}`.padStart(10)}  ${m < target ? 'met' : 'NOT met'}`,
	);
}
