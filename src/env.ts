/** Reads a .env file without any dependency, so commands that need no configuration start fast. */
import { existsSync, readFileSync } from 'node:fs';

/**
 * Reads KEY=VALUE lines from a .env file into a new object, without overriding variables already set.
 * Lines starting with # are comments; values may be wrapped in single or double quotes.
 */
export function readDotEnv(
	path: string,
	env: Record<string, string | undefined> = process.env,
): Record<string, string | undefined> {
	const merged = { ...env };
	if (!existsSync(path)) return merged;
	for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
		const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
		if (!match || line.trimStart().startsWith('#')) continue;
		const [, key = '', rawValue = ''] = match;
		const value = rawValue.replace(/^(['"])(.*)\1$/, '$2');
		if (merged[key] === undefined) merged[key] = value;
	}
	return merged;
}
