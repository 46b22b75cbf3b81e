/**
 * The engine's index of the knowledge base, prebuilt by `npm run build` (dist/engine-index.json): building the
 * index is most of the engine's start, reading it back a few milliseconds. The snapshot is used only while it
 * matches both the knowledge base (its fingerprint) and the engine's own code (a hash of its compiled files); any
 * other time the engine builds its index itself. This module does I/O; the engine (index.ts) stays pure.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createEngine, type DebugEngine, type EngineOptions } from './engine/index.js';
import {
	buildIndex,
	INDEX_FORMAT,
	type IndexData,
	indexFromData,
	indexToData,
	type KbIndex,
} from './engine/kb-index.js';
import { fingerprint, fingerprint as fingerprintOf, loadKnowledgeBase } from './knowledge/snapshot.js';
import type { KnowledgeBase } from './knowledge/types.js';
import { defaultKnowledgeDir, packageRoot } from './paths.js';

export function indexSnapshotPath(): string {
	return join(packageRoot(), 'dist', 'engine-index.json');
}

/** A hash of the engine's own code files (what the index is built with). */
function codeFingerprint(): string {
	const hash = createHash('sha256');
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (/\.(js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) hash.update(readFileSync(path));
		}
	};
	walk(join(dirname(fileURLToPath(import.meta.url)), 'engine'));
	return hash.digest('hex');
}

interface Snapshot {
	knowledge: string;
	code: string;
	index: IndexData;
}

/** The prebuilt index when it was made from this knowledge folder with this code, else undefined. */
export function readIndexSnapshot(
	kb: KnowledgeBase,
	dir: string = defaultKnowledgeDir(),
	path: string = indexSnapshotPath(),
): KbIndex | undefined {
	try {
		const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
		if (snapshot.index.format !== INDEX_FORMAT || snapshot.knowledge !== fingerprint(dir)) return undefined;
		if (snapshot.code !== codeFingerprint()) return undefined;
		return indexFromData(kb, snapshot.index);
	} catch {
		return undefined;
	}
}

export function writeIndexSnapshot(
	kb: KnowledgeBase,
	dir: string = defaultKnowledgeDir(),
	path: string = indexSnapshotPath(),
): void {
	const snapshot: Snapshot = {
		knowledge: fingerprint(dir),
		code: codeFingerprint(),
		index: indexToData(buildIndex(kb)),
	};
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, JSON.stringify(snapshot));
}

/**
 * The engine over a loaded knowledge base, from the prebuilt index when it was made from the same files
 * (`fingerprint`: the whole hash loadKnowledgeWithFingerprint gives, not a shortened one for display) with this
 * code; else the engine builds its index (correct, only slower to start).
 */
export function engineFor(kb: KnowledgeBase, fingerprint?: string, options: EngineOptions = {}): DebugEngine {
	let index: KbIndex | undefined;
	try {
		const snapshot = JSON.parse(readFileSync(indexSnapshotPath(), 'utf8')) as Snapshot;
		const current = snapshot.knowledge === (fingerprint ?? fingerprintOf(defaultKnowledgeDir()));
		if (current && snapshot.code === codeFingerprint()) index = indexFromData(kb, snapshot.index);
	} catch {
		// No snapshot: the engine builds its index.
	}
	return createEngine(kb, { ...options, ...(index ? { index } : {}) });
}

/** The engine over the knowledge folder: from the snapshots when they are current, else built from the files. */
export async function loadEngine(
	dir: string = defaultKnowledgeDir(),
	options: EngineOptions = {},
): Promise<DebugEngine> {
	const kb = await loadKnowledgeBase(dir);
	const index = readIndexSnapshot(kb, dir);
	return createEngine(kb, { ...options, ...(index ? { index } : {}) });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	// Part of `npm run build`, after the knowledge snapshot. A broken base is reported by the knowledge snapshot.
	try {
		writeIndexSnapshot(await loadKnowledgeBase());
	} catch {
		process.stderr.write('engine index snapshot not written: the knowledge base has problems (npm run kb:check)\n');
	}
}
