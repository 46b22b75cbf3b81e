/** Runs the real entry points (`node dist/src/main.js`, `node bin/gsomia.js`) as child processes. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MAIN = fileURLToPath(new URL('../../dist/src/main.js', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/gsomia.js', import.meta.url));

export interface Ran {
	code: number | null;
	stdout: string;
	stderr: string;
}

export interface Running {
	child: ChildProcess;
	output: () => string;
	/** Resolves when the output (stdout and stderr) contains `text`. */
	waitFor: (text: string, timeoutMs?: number) => Promise<void>;
	exited: Promise<Ran>;
}

/**
 * Starts `node <script> ...args` with only PATH and `env` as its environment (no .env from the test machine: the
 * working directory is `cwd`, default a folder without one). stdin: 'ignore' is /dev/null, a string is piped in.
 */
export function start(
	script: string,
	args: string[],
	env: Record<string, string>,
	options: { cwd?: string; stdin?: 'ignore' | string } = {},
): Running {
	const child = spawn(process.execPath, [script, ...args], {
		cwd: options.cwd ?? '/',
		// DATABASE_PATH: nothing is written to a file unless a test asks for one.
		env: { PATH: process.env.PATH ?? '', DATABASE_PATH: ':memory:', ...env },
		stdio: [options.stdin === undefined || options.stdin === 'ignore' ? 'ignore' : 'pipe', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	const listeners = new Set<() => void>();
	child.stdout?.on('data', (d: Buffer) => {
		stdout += d.toString();
		for (const l of listeners) l();
	});
	child.stderr?.on('data', (d: Buffer) => {
		stderr += d.toString();
		for (const l of listeners) l();
	});
	if (typeof options.stdin === 'string' && options.stdin !== 'ignore') child.stdin?.end(options.stdin);
	const exited = new Promise<Ran>((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
	const output = () => stdout + stderr;
	const waitFor = (text: string, timeoutMs = 15_000) =>
		new Promise<void>((resolve, reject) => {
			const check = () => {
				if (!output().includes(text)) return;
				done();
				resolve();
			};
			const timer = setTimeout(() => {
				done();
				reject(new Error(`timed out waiting for "${text}" in:\n${output()}`));
			}, timeoutMs);
			const done = () => {
				clearTimeout(timer);
				listeners.delete(check);
			};
			listeners.add(check);
			void exited.then(() => {
				if (!output().includes(text)) {
					done();
					reject(new Error(`exited before "${text}":\n${output()}`));
				}
			});
			check();
		});
	return { child, output, waitFor, exited };
}

/** Runs to completion (killed after `timeoutMs`). */
export async function run(
	script: string,
	args: string[],
	env: Record<string, string>,
	options: { cwd?: string; stdin?: 'ignore' | string; timeoutMs?: number } = {},
): Promise<Ran> {
	const running = start(script, args, env, options);
	const timer = setTimeout(() => running.child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
	const ran = await running.exited;
	clearTimeout(timer);
	return ran;
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/** Retries GET `url` until it answers (any status). */
export async function whenUp(url: string, timeoutMs = 15_000): Promise<Response> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		try {
			return await fetch(url);
		} catch (error) {
			if (Date.now() > until) throw error;
			await new Promise((r) => setTimeout(r, 25));
		}
	}
}
