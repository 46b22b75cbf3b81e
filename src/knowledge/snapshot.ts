/**
 * A validated snapshot of knowledge/ (dist/knowledge.json), written by `npm run build`. Loading it skips YAML
 * parsing and schema validation, so the CLI starts fast. It is used only while its fingerprint (a hash of every
 * knowledge file) matches the files on disk: after any edit the base is loaded and validated from the files
 * again, and a broken base is refused with the full list of problems.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultKnowledgeDir, packageRoot } from '../paths.js';
import type { KnowledgeBase } from './types.js';

const FORMAT = 1;

export function snapshotPath(): string {
	return join(packageRoot(), 'dist', 'knowledge.json');
}

function listFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
		.sort();
}

/** A hash over the path and content of every file under `dir`. */
export function fingerprint(dir: string): string {
	const hash = createHash('sha256');
	hash.update(`format ${FORMAT}\n`);
	for (const file of listFiles(dir)) {
		hash.update(`${relative(dir, file)}\n`);
		hash.update(readFileSync(file));
	}
	return hash.digest('hex');
}

interface Snapshot {
	format: number;
	fingerprint: string;
	kb: KnowledgeBase;
}

/** The snapshot's knowledge base when it matches the files under `dir`, else undefined. */
export function readSnapshot(
	dir: string = defaultKnowledgeDir(),
	path: string = snapshotPath(),
): KnowledgeBase | undefined {
	try {
		const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
		if (snapshot.format === FORMAT && snapshot.fingerprint === fingerprint(dir)) return snapshot.kb;
	} catch {
		// No snapshot, or an unreadable one: load from the files.
	}
	return undefined;
}

/**
 * The knowledge base and its fingerprint (the full hash; logs and `gsomia_build_info` show its first 12 digits, the
 * engine's prebuilt index is matched against all of it): from the snapshot
 * when it is current, else from the files (validated; a broken base throws KnowledgeError).
 */
export async function loadKnowledgeWithFingerprint(
	dir: string = defaultKnowledgeDir(),
	path: string = snapshotPath(),
): Promise<{ kb: KnowledgeBase; fingerprint: string }> {
	const current = fingerprint(dir);
	try {
		const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
		if (snapshot.format === FORMAT && snapshot.fingerprint === current)
			return { kb: snapshot.kb, fingerprint: current };
	} catch {
		// No snapshot, or an unreadable one: load from the files.
	}
	const { loadKnowledgeOrThrow } = await import('./load.js');
	return { kb: loadKnowledgeOrThrow(dir), fingerprint: current };
}

/** Loads the knowledge base: from the snapshot when it is current, else from the files (validated). */
export async function loadKnowledgeBase(dir: string = defaultKnowledgeDir()): Promise<KnowledgeBase> {
	const fast = readSnapshot(dir);
	if (fast) return fast;
	const { loadKnowledgeOrThrow } = await import('./load.js');
	return loadKnowledgeOrThrow(dir);
}

/** Validates `dir` and writes the snapshot; on a broken base, removes any old snapshot and returns the report. */
export async function writeSnapshot(
	dir: string = defaultKnowledgeDir(),
	path: string = snapshotPath(),
): Promise<string | undefined> {
	const { formatProblems, loadKnowledge } = await import('./load.js');
	const { kb, problems } = loadKnowledge(dir);
	if (!kb) {
		rmSync(path, { force: true });
		return formatProblems(problems);
	}
	mkdirSync(dirname(path), { recursive: true });
	const snapshot: Snapshot = { format: FORMAT, fingerprint: fingerprint(dir), kb };
	writeFileSync(path, JSON.stringify(snapshot));
	return undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	// Part of `npm run build`. A broken base does not fail the build (an install must not break while a curator
	// edits); it is reported here, by `npm run kb:check`, and by the bot, which refuses to start.
	const report = await writeSnapshot();
	if (report) process.stderr.write(`knowledge snapshot not written.\n${report}\n`);
}
