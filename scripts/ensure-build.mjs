#!/usr/bin/env node
/**
 * `npm start` (and the test suite) run this before `node dist/src/main.js`: it builds only when dist/ is missing or
 * older than a source file (src/, commands/, knowledge/, tsconfig*.json, package.json). An up-to-date build starts
 * at once. Where the compiler is not installed (a production install with `--omit=dev`, the Docker image), a
 * stale or missing build is reported and nothing is built: production runs the dist/ it was shipped with.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Written by every successful `npm run build` (after tsc), so its time is the build's.
const snapshot = join(root, 'dist', 'knowledge.json');

function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let max = 0;
	for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
	return max;
}

export function isStale() {
	if (!existsSync(join(root, 'dist', 'src', 'main.js')) || !existsSync(snapshot)) return true;
	const built = statSync(snapshot).mtimeMs;
	const sources = ['src', 'commands', 'knowledge', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];
	return sources.some((s) => newest(join(root, s)) > built);
}

function hasCompiler() {
	try {
		createRequire(join(root, 'package.json')).resolve('typescript');
		return true;
	} catch {
		return false;
	}
}

/** `ifPossible` (the `prepare` script): without a compiler, say so and succeed, so `npm ci --omit=dev` works. */
export function ensureBuild(ifPossible = false) {
	if (!isStale()) return 0;
	if (!hasCompiler()) {
		if (ifPossible) {
			process.stderr.write('gsomia: TypeScript is not installed (production install): dist/ is not rebuilt\n');
			return 0;
		}
		const present = existsSync(join(root, 'dist', 'src', 'main.js'));
		process.stderr.write(
			present
				? 'gsomia: dist/ is older than the sources and TypeScript is not installed: running the shipped build\n'
				: 'gsomia: dist/ is missing and TypeScript is not installed: run `npm ci && npm run build` (or use the packed package or the Docker image)\n',
		);
		return present ? 0 : 1;
	}
	const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], {
		cwd: root,
		stdio: 'inherit',
	});
	return result.status ?? 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
	process.exitCode = ensureBuild(process.argv.includes('--if-possible'));
