/** Where the package lives, found from this module whether it runs from src/ (tsx) or dist/src/ (built). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
	if (root) return root;
	let dir = dirname(fileURLToPath(import.meta.url));
	for (let i = 0; i < 6; i++) {
		if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'knowledge'))) {
			root = dir;
			return dir;
		}
		dir = dirname(dir);
	}
	throw new Error('Cannot find the package root (package.json next to knowledge/)');
}

/** The package's own knowledge/ folder. */
export function defaultKnowledgeDir(): string {
	return join(packageRoot(), 'knowledge');
}

/** Discord's REST API base, without the version. */
export const DEFAULT_API_URL = 'https://discord.com/api';

/** This package's version (package.json). */
export function packageVersion(): string {
	return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
