import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type FeedbackEntry, fileFeedbackSink, memoryFeedbackSink } from '../../src/interactions/feedback.js';
import { silentLogger } from '../../src/logger.js';

const dir = mkdtempSync(join(tmpdir(), 'gsomia-feedback-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = (vote: 'up' | 'down', userId: string): FeedbackEntry => ({
	at: '2024-01-01T00:00:00.000Z',
	vote,
	userId,
	factIds: ['decision-withdraw'],
	question: 'what did "korea" decide?\nreally',
});

describe('Feedback for curators', () => {
	it('appends one JSON object a line, in order', async () => {
		const path = join(dir, 'feedback.jsonl');
		const sink = fileFeedbackSink(path, silentLogger());
		sink.record(entry('up', '1'));
		sink.record(entry('down', '2'));
		await sink.flush();
		const lines = readFileSync(path, 'utf8').split('\n');
		expect(lines).toEqual([JSON.stringify(entry('up', '1')), JSON.stringify(entry('down', '2')), '']);
		expect(JSON.parse(lines[1] as string)).toEqual(entry('down', '2'));
	});

	it('never throws at the caller when the file cannot be written', async () => {
		const sink = fileFeedbackSink(join(dir, 'missing', 'dir', 'feedback.jsonl'), silentLogger());
		expect(() => sink.record(entry('up', '1'))).not.toThrow();
		await expect(sink.flush()).resolves.toBeUndefined();
	});

	it('the memory sink keeps entries for tests', () => {
		const sink = memoryFeedbackSink();
		sink.record(entry('up', '1'));
		expect(sink.entries).toEqual([entry('up', '1')]);
	});
});
