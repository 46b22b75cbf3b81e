/**
 * Helpers for the knowledge-base tests: temp copies of a knowledge folder that a test may break, exact text edits
 * that fail loudly when the text to replace is not there, and an in-memory writable stream.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { defaultKnowledgeDir } from '../../src/paths.js';

/** The repository's own knowledge/ folder (tests never read the shared eval files outside the repo). */
export const realKnowledgeDir = defaultKnowledgeDir();

/** A tiny valid knowledge base: 3 paragraphs of the real article, 3 facts, 2 aliases, 3 timeline events. */
export const miniKnowledgeDir = fileURLToPath(new URL('../fixtures/kb-mini', import.meta.url));

const made: string[] = [];

/** Copies `from` to a fresh directory under the OS temp dir; `removeTempDirs` deletes it. */
export function tempCopy(from: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'kb-test-'));
	cpSync(from, dir, { recursive: true });
	made.push(dir);
	return dir;
}

export function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'kb-test-'));
	made.push(dir);
	return dir;
}

export function removeTempDirs(): void {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Replaces the single occurrence of `from` in `text`; throws when it occurs zero or several times. */
export function replaceOnce(text: string, from: string, to: string): string {
	const first = text.indexOf(from);
	if (first < 0) throw new Error(`text to replace not found: ${JSON.stringify(from)}`);
	if (text.indexOf(from, first + 1) >= 0)
		throw new Error(`text to replace occurs more than once: ${JSON.stringify(from)}`);
	return text.slice(0, first) + to + text.slice(first + from.length);
}

/** Edits `dir/file` in place with an exact replacement. */
export function replaceInFile(dir: string, file: string, from: string, to: string): void {
	const path = join(dir, file);
	writeFileSync(path, replaceOnce(readFileSync(path, 'utf8'), from, to));
}

export function appendToFile(dir: string, file: string, text: string): void {
	const path = join(dir, file);
	writeFileSync(path, readFileSync(path, 'utf8') + text);
}

/** A YAML list item as plain data (a fact, an alias or a timeline event). */
export type Item = Record<string, unknown>;

export function readItems(dir: string, file: string): Item[] {
	return parse(readFileSync(join(dir, file), 'utf8')) as Item[];
}

/** Rewrites the YAML list `dir/file` through `edit` (comments are lost; the data is kept). */
export function editItems(dir: string, file: string, edit: (items: Item[]) => void): void {
	const items = readItems(dir, file);
	edit(items);
	writeFileSync(join(dir, file), stringify(items));
}

/** The item of `items` with this id; throws when there is none. */
export function byId(items: Item[], id: string): Item {
	const item = items.find((i) => i.id === id);
	if (!item) throw new Error(`no item with id ${id}`);
	return item;
}

/** White space folded to single spaces, as the integrity check compares quotes. */
export function fold(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** A writable stream that keeps what is written, for runCheck's output. */
export function memoryStream(): { stream: Writable; text: () => string } {
	const chunks: string[] = [];
	const stream = new Writable({
		write(chunk: Buffer | string, _encoding, callback) {
			chunks.push(chunk.toString());
			callback();
		},
	});
	return { stream, text: () => chunks.join('') };
}
