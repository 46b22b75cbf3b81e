/**
 * The validated snapshot of knowledge/ (dist/knowledge.json in a build). These tests write snapshots only to temp
 * paths, never to dist/.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatProblems, KnowledgeError, loadKnowledge } from '../../src/knowledge/load.js';
import { fingerprint, loadKnowledgeBase, readSnapshot, writeSnapshot } from '../../src/knowledge/snapshot.js';
import {
	appendToFile,
	editItems,
	type Item,
	miniKnowledgeDir,
	realKnowledgeDir,
	removeTempDirs,
	replaceInFile,
	tempCopy,
	tempDir,
} from './helpers.js';

afterEach(removeTempDirs);

function snapshotFile(): string {
	return join(tempDir(), 'dist', 'knowledge.json');
}

/** One snapshot of the real base for the whole file (loading the real base is the slow part). */
let realDir: string;
let realSnapshot: string;
let written: string | undefined;

beforeAll(async () => {
	realDir = mkdtempSync(join(tmpdir(), 'kb-snapshot-'));
	realSnapshot = join(realDir, 'dist', 'knowledge.json');
	written = await writeSnapshot(realKnowledgeDir, realSnapshot);
});

afterAll(() => {
	rmSync(realDir, { recursive: true, force: true });
});

describe('writeSnapshot then readSnapshot', () => {
	it('round-trips the real knowledge base: the snapshot deep-equals what loadKnowledge returns', () => {
		expect(written).toBeUndefined();
		const stored = JSON.parse(readFileSync(realSnapshot, 'utf8')) as { format: number; fingerprint: string };
		expect(stored.format).toBe(1);
		expect(stored.fingerprint).toBe(fingerprint(realKnowledgeDir));
		expect(stored.fingerprint).toMatch(/^[0-9a-f]{64}$/);
		expect(readSnapshot(realKnowledgeDir, realSnapshot)).toStrictEqual(loadKnowledge(realKnowledgeDir).kb);
	});
});

describe('a stale snapshot', () => {
	it('is not used after a file of a copy is edited, even a comment; loadKnowledgeBase loads the files instead', async () => {
		// The fingerprint hashes relative paths and contents, so the real base's snapshot matches an exact copy.
		const dir = tempCopy(realKnowledgeDir);
		expect(fingerprint(dir)).toBe(fingerprint(realKnowledgeDir));
		const before = readSnapshot(dir, realSnapshot);
		expect(before).toStrictEqual(readSnapshot(realKnowledgeDir, realSnapshot));

		appendToFile(dir, 'facts/decision.yaml', '# a curator’s note\n');
		expect(readSnapshot(dir, realSnapshot)).toBeUndefined();

		let id = '';
		editItems(dir, 'facts/decision.yaml', (facts) => {
			const first = facts[0] as Item;
			id = String(first.id);
			first.topic = first.topic === 'pact' ? 'decision' : 'pact';
		});
		expect(readSnapshot(dir, realSnapshot)).toBeUndefined();
		const kb = await loadKnowledgeBase(dir);
		const edited = kb.facts.find((f) => f.id === id);
		expect(edited?.topic).not.toBe(before?.facts.find((f) => f.id === id)?.topic);
		expect({ ...edited, topic: 'unchanged' }).toStrictEqual({
			...before?.facts.find((f) => f.id === id),
			topic: 'unchanged',
		});
		expect(kb.facts.map((f) => f.id)).toEqual(before?.facts.map((f) => f.id));
	});

	it('is not used when a file is added', async () => {
		const dir = tempCopy(miniKnowledgeDir);
		const path = snapshotFile();
		await writeSnapshot(dir, path);
		writeFileSync(join(dir, 'facts', 'notes.txt'), 'not a fact file\n');
		expect(readSnapshot(dir, path)).toBeUndefined();
	});

	it('makes loadKnowledgeBase refuse a broken base with every problem', async () => {
		const dir = tempCopy(miniKnowledgeDir);
		appendToFile(dir, 'facts/trade.yaml', '  related: [no-such-fact]\n');
		const rejection = loadKnowledgeBase(dir);
		await expect(rejection).rejects.toBeInstanceOf(KnowledgeError);
		await expect(rejection).rejects.toMatchObject({
			problems: [
				{
					file: 'knowledge/facts/trade.yaml',
					id: 'white-list-removal',
					field: 'related[0]',
					message: 'unknown fact id "no-such-fact"',
				},
			],
		});
	});
});

describe('readSnapshot', () => {
	it('returns undefined for a missing, unreadable or other-format snapshot', () => {
		const dir = tempDir();
		const missing = join(dir, 'missing.json');
		const garbage = join(dir, 'garbage.json');
		const other = join(dir, 'other.json');
		writeFileSync(garbage, '{ not json');
		writeFileSync(other, JSON.stringify({ format: 2, fingerprint: fingerprint(miniKnowledgeDir), kb: {} }));
		expect(readSnapshot(miniKnowledgeDir, missing)).toBeUndefined();
		expect(readSnapshot(miniKnowledgeDir, garbage)).toBeUndefined();
		expect(readSnapshot(miniKnowledgeDir, other)).toBeUndefined();
	});
});

describe('writeSnapshot on a broken base', () => {
	it('returns the problem report and removes the old snapshot', async () => {
		const dir = tempCopy(miniKnowledgeDir);
		const path = snapshotFile();
		expect(await writeSnapshot(dir, path)).toBeUndefined();
		expect(existsSync(path)).toBe(true);

		replaceInFile(dir, 'facts/decision.yaml', '    - date: 2019-08-22\n', '    - date: 2019-08-23\n');
		const report = await writeSnapshot(dir, path);
		expect(report).toBe(
			'The knowledge base has 1 problem:\n  ✗ knowledge/facts/decision.yaml › decision-withdraw › dates[0]: 2019-08-23 (day) is not a date the timeline resolves from the article',
		);
		expect(report).toBe(formatProblems(loadKnowledge(dir).problems));
		expect(existsSync(path)).toBe(false);
		expect(readSnapshot(dir, path)).toBeUndefined();
	});

	it('returns the report and writes nothing when there was no snapshot', async () => {
		const dir = tempCopy(miniKnowledgeDir);
		const path = snapshotFile();
		appendToFile(dir, 'facts/trade.yaml', '  related: [no-such-fact]\n');
		expect(await writeSnapshot(dir, path)).toBe(
			'The knowledge base has 1 problem:\n  ✗ knowledge/facts/trade.yaml › white-list-removal › related[0]: unknown fact id "no-such-fact"',
		);
		expect(existsSync(path)).toBe(false);
	});
});
