/** The report a curator reads: formatProblems, loadKnowledgeOrThrow, and `npm run kb:check` (runCheck). */
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/knowledge/check.js';
import { formatProblems, KnowledgeError, loadKnowledge, loadKnowledgeOrThrow } from '../../src/knowledge/load.js';
import {
	appendToFile,
	memoryStream,
	miniKnowledgeDir,
	realKnowledgeDir,
	removeTempDirs,
	replaceInFile,
	tempCopy,
} from './helpers.js';

afterEach(removeTempDirs);

/** The mini base with three problems in three files. */
function brokenMini(): string {
	const dir = tempCopy(miniKnowledgeDir);
	appendToFile(dir, 'facts/trade.yaml', '  related: [no-such-fact]\n');
	replaceInFile(dir, 'facts/decision.yaml', '    - date: 2019-08-24\n', '    - date: 2019-08-25\n');
	replaceInFile(dir, 'entities.yaml', '[Moon Jae-in, President Moon, 문재인]', '[Moon Jae-in, GSOMIA]');
	return dir;
}

const BROKEN_MINI_REPORT = `The knowledge base has 3 problems:
  ✗ knowledge/facts/trade.yaml › white-list-removal › related[0]: unknown fact id "no-such-fact"
  ✗ knowledge/entities.yaml › moon-jae-in › names[1]: "GSOMIA" is also a name or word of entity gsomia
  ✗ knowledge/facts/decision.yaml › notice-deadline › dates[0]: 2019-08-25 (day) is not a date the timeline resolves from the article`;

describe('formatProblems', () => {
	it('lists every problem on its own line: file › id › field: message', () => {
		expect(
			formatProblems([
				{ file: 'knowledge/sources', message: 'no source found' },
				{ file: 'knowledge/entities.yaml', field: 'line 3', message: 'malformed YAML: Map keys must be unique' },
				{ file: 'knowledge/facts/a.yaml', id: 'a-fact', field: 'related[0]', message: 'unknown fact id "b"' },
				{ file: 'knowledge/facts/a.yaml', id: '#2', message: 'Unrecognized key: "source"' },
			]),
		).toBe(
			[
				'The knowledge base has 4 problems:',
				'  ✗ knowledge/sources: no source found',
				'  ✗ knowledge/entities.yaml › line 3: malformed YAML: Map keys must be unique',
				'  ✗ knowledge/facts/a.yaml › a-fact › related[0]: unknown fact id "b"',
				'  ✗ knowledge/facts/a.yaml › #2: Unrecognized key: "source"',
			].join('\n'),
		);
	});

	it('says "1 problem" for one', () => {
		expect(formatProblems([{ file: 'knowledge/facts', message: 'no fact file found' }])).toBe(
			'The knowledge base has 1 problem:\n  ✗ knowledge/facts: no fact file found',
		);
	});

	it('formats the problems of a broken base', () => {
		expect(formatProblems(loadKnowledge(brokenMini()).problems)).toBe(BROKEN_MINI_REPORT);
	});
});

describe('loadKnowledgeOrThrow', () => {
	it('returns the base when it is valid', () => {
		expect(loadKnowledgeOrThrow(miniKnowledgeDir)).toEqual(loadKnowledge(miniKnowledgeDir).kb);
	});

	it('throws a KnowledgeError carrying every problem and the same report', () => {
		const dir = brokenMini();
		let thrown: unknown;
		try {
			loadKnowledgeOrThrow(dir);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(KnowledgeError);
		const error = thrown as KnowledgeError;
		expect(error.name).toBe('KnowledgeError');
		expect(error.message).toBe(BROKEN_MINI_REPORT);
		expect(error.problems).toEqual(loadKnowledge(dir).problems);
		expect(error.problems).toHaveLength(3);
	});
});

describe('runCheck (npm run kb:check)', () => {
	it('prints a one-line summary and returns 0 for the mini base', () => {
		const out = memoryStream();
		expect(runCheck(miniKnowledgeDir, out.stream)).toBe(0);
		expect(out.text()).toBe(
			'knowledge base OK: 3 facts, 3 quotes covering 3 paragraphs of 1 source(s), 2 entities, 0 concepts, 3 topics, 3 timeline events\n',
		);
	});

	it('prints every problem and returns 1 for a broken base', () => {
		const out = memoryStream();
		expect(runCheck(brokenMini(), out.stream)).toBe(1);
		expect(out.text()).toBe(`${BROKEN_MINI_REPORT}\n`);
	});

	it('checks the package’s own knowledge/ when no folder is given: 0 and its counts', () => {
		const kb = loadKnowledgeOrThrow(realKnowledgeDir);
		const quotes = kb.facts.reduce((n, f) => n + f.quotes.length, 0);
		const out = memoryStream();
		expect(runCheck(undefined, out.stream)).toBe(0);
		expect(out.text()).toBe(
			`knowledge base OK: ${kb.facts.length} facts, ${quotes} quotes covering ${kb.primary.paragraphs.length} paragraphs of 1 source(s), ${kb.entities.length} entities, ${kb.concepts.length} concepts, ${kb.topics.length} topics, ${kb.timeline.length} timeline events\n`,
		);
	});
});
