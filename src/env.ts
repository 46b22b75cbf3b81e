/**
 * The environment a command runs with: process.env, then `.env` in the working directory, then `.env` next to the
 * project (package.json), each filling only what is still unset. Files are parsed by Node's own dotenv parser
 * (`util.parseEnv`, the one behind `process.loadEnvFile` and `node --env-file`): quotes, `export`, comments and
 * inline `# comments` behave as in dotenv. No dependency, so commands that need no configuration start fast.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';

type Env = Record<string, string | undefined>;

/** Merges the KEY=VALUE pairs of the .env file at `path` into a copy of `env`, never overriding a value set. */
export function readDotEnv(path: string, env: Env = process.env): Env {
	const merged = { ...env };
	if (!existsSync(path)) return merged;
	const parsed = parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
	for (const [key, value] of Object.entries(parsed)) if (merged[key] === undefined) merged[key] = value;
	return merged;
}

/** The project folder: the nearest folder above this module holding package.json. */
function projectDir(): string | undefined {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (let i = 0; i < 6; i++) {
		if (existsSync(join(dir, 'package.json'))) return dir;
		dir = dirname(dir);
	}
	return undefined;
}

/** The .env files read, in order of precedence (after the environment itself). */
export function envFiles(cwd: string = process.cwd()): string[] {
	const files = [resolve(cwd, '.env')];
	const project = projectDir();
	if (project) {
		const own = join(project, '.env');
		if (!files.includes(own)) files.push(own);
	}
	return files;
}

/** process.env merged with ./.env and the project's .env (see the module comment). */
export function loadEnv(env: Env = process.env, cwd: string = process.cwd()): Env {
	let merged: Env = { ...env };
	for (const file of envFiles(cwd)) merged = readDotEnv(file, merged);
	return merged;
}
