/**
 * Deliberately broken knowledge bases: a temp copy of the tiny fixture base (test/fixtures/kb-mini) broken one way
 * at a time, and the exact problems loadKnowledge reports for it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Problem } from '../../src/knowledge/types.js';
import {
	appendToFile,
	byId,
	editItems,
	miniKnowledgeDir,
	removeTempDirs,
	replaceInFile,
	tempCopy,
	tempDir,
} from './helpers.js';

const DECISION = 'knowledge/facts/decision.yaml';
const TRADE = 'knowledge/facts/trade.yaml';
const ENTITIES = 'knowledge/entities.yaml';
const CONCEPTS = 'knowledge/concepts.yaml';
const TOPICS = 'knowledge/topics.yaml';
const TIMELINE = 'knowledge/timeline.yaml';
const SOURCE = 'knowledge/sources/mini.txt';

const QUOTE_1 =
	'President Moon Jae-in on Thursday decided to withdraw from a military intelligence-sharing pact with Japan';

function notVerbatim(text: string): string {
	return `quote is not verbatim in ${SOURCE} (only white space may differ): "${text}"`;
}

/** The coverage problem for a paragraph of the mini source, as the validator words it. */
function uncovered(paragraph: number, start: string): Problem {
	const first60 = start.slice(0, 60);
	expect(first60).toHaveLength(60);
	return { file: SOURCE, field: `paragraph ${paragraph}`, message: `no fact quotes this paragraph: "${first60}…"` };
}

/** A topic's digest naming a fact that was dropped, as the validator words it. */
function digestGone(topic: string, index: number, fact: string): Problem {
	return { file: TOPICS, id: topic, field: `digest[${index}]`, message: `unknown fact id "${fact}"` };
}
const PARAGRAPH_1 = 'President Moon Jae-in on Thursday decided to withdraw from a ';
const PARAGRAPH_2 = 'With the deadline to give notice on renewal of the pact comin';
const PARAGRAPH_3 = 'This however did not stop Tokyo from eventually removing Seou';

/** A copy of the mini base to break. */
function mini(): string {
	return tempCopy(miniKnowledgeDir);
}

function problemsOf(dir: string): Problem[] {
	const result = loadKnowledge(dir);
	if (result.problems.length > 0) expect(result.kb).toBeUndefined();
	return result.problems;
}

afterEach(removeTempDirs);

describe('the mini fixture base', () => {
	it('is valid: three facts, one per paragraph, two entities, three topics, a timeline in date order', () => {
		const { kb, problems } = loadKnowledge(miniKnowledgeDir);
		expect(problems).toEqual([]);
		expect(kb?.primary).toMatchObject({
			id: 'mini-source',
			published: '2019-08-22',
			file: SOURCE,
		});
		expect(kb?.primary.paragraphs).toHaveLength(3);
		expect(kb?.facts.map((f) => [f.id, f.file, f.quotes.map((q) => q.paragraph)])).toEqual([
			['decision-withdraw', DECISION, [1]],
			['notice-deadline', DECISION, [2]],
			['white-list-removal', TRADE, [3]],
		]);
		expect(kb?.entities.map((e) => [e.id, e.kind, e.name.en])).toEqual([
			['gsomia', 'agreement', 'GSOMIA'],
			['moon-jae-in', 'person', 'Moon Jae-in'],
		]);
		expect(kb?.topics.map((t) => t.id)).toEqual(['decision', 'pact', 'trade-dispute']);
		expect(kb?.facts.map((f) => f.topic)).toEqual(['decision', 'pact', 'trade-dispute']);
		expect(kb?.languages).toEqual(['en']);
		expect(kb?.timeline.map((e) => [e.id, e.said, e.date, e.precision])).toEqual([
			['white-list-removal', 'Aug. 2', '2019-08-02', 'day'],
			['decision-day', 'Thursday', '2019-08-22', 'day'],
			['notice-deadline', 'Saturday', '2019-08-24', 'day'],
		]);
	});

	it('accepts a quote whose white space differs from the source, and cites the source text', () => {
		const dir = mini();
		replaceInFile(
			dir,
			'facts/decision.yaml',
			`    - ${QUOTE_1}\n`,
			'    - "President  Moon Jae-in\\non Thursday\\t decided to withdraw from a military intelligence-sharing pact with Japan"\n',
		);
		const { kb, problems } = loadKnowledge(dir);
		expect(problems).toEqual([]);
		expect(kb?.facts[0]?.quotes).toEqual([{ text: QUOTE_1, source: 'mini-source', paragraph: 1 }]);
	});
});

describe('a quote that is not verbatim', () => {
	it('reports the quote (a straight apostrophe for the source’s curly one) and the paragraph left uncovered', () => {
		const dir = mini();
		const quote = "Tokyo's removal of South Korea from a list of preferred trading partners";
		replaceInFile(dir, 'facts/decision.yaml', `    - ${QUOTE_1}\n`, `    - ${quote}\n`);
		expect(problemsOf(dir)).toEqual([
			{ file: DECISION, id: 'decision-withdraw', field: 'quotes[0]', message: notVerbatim(quote) },
			uncovered(1, PARAGRAPH_1),
		]);
	});

	it('cuts a long quote to 80 characters in the message', () => {
		const dir = mini();
		const quote = `${QUOTE_1} and Tokyo`;
		replaceInFile(dir, 'facts/decision.yaml', `    - ${QUOTE_1}\n`, `    - ${quote}\n`);
		expect(problemsOf(dir)).toEqual([
			{
				file: DECISION,
				id: 'decision-withdraw',
				field: 'quotes[0]',
				message: notVerbatim(`${quote.slice(0, 80)}…`),
			},
			uncovered(1, PARAGRAPH_1),
		]);
	});

	it('reports a quote naming a source that does not exist', () => {
		const dir = mini();
		replaceInFile(
			dir,
			'facts/decision.yaml',
			`    - ${QUOTE_1}\n`,
			`    - text: ${QUOTE_1}\n      source: another-article\n`,
		);
		expect(problemsOf(dir)).toEqual([
			{ file: DECISION, id: 'decision-withdraw', field: 'quotes[0]', message: 'unknown source "another-article"' },
			uncovered(1, PARAGRAPH_1),
		]);
	});
});

describe('ids', () => {
	it('reports a duplicate fact id in another file, naming the first file', () => {
		const dir = mini();
		appendToFile(
			dir,
			'facts/trade.yaml',
			`
- id: decision-withdraw
  topic: decision
  question: Did Seoul pull out of the pact?
  alternates: [did seoul pull out, seoul quit?, seoul left the pact]
  answer: Seoul decided to withdraw.
  quotes: [decided to withdraw from a military intelligence-sharing pact]
  keywords: [withdraw]
`,
		);
		expect(problemsOf(dir)).toEqual([
			{ file: TRADE, id: 'decision-withdraw', field: 'id', message: `duplicate fact id (also in ${DECISION})` },
		]);
	});

	it('reports a related id that does not exist, and a fact related to itself', () => {
		const dir = mini();
		appendToFile(dir, 'facts/trade.yaml', '  related: [decision-withdrawal, white-list-removal]\n');
		expect(problemsOf(dir)).toEqual([
			{ file: TRADE, id: 'white-list-removal', field: 'related[0]', message: 'unknown fact id "decision-withdrawal"' },
			{ file: TRADE, id: 'white-list-removal', field: 'related[1]', message: 'a fact cannot be related to itself' },
		]);
	});

	it('reports an answer that starts with Yes or No, in any language (the engine writes the lead)', () => {
		const dir = mini();
		editItems(dir, 'facts/trade.yaml', (facts) => {
			const fact = byId(facts, 'white-list-removal');
			fact.answer = `Yes. ${String(fact.answer)}`;
			fact.ko = { question: '화이트리스트에서 제외됐어?', answer: '네. 8월 2일에 제외됐습니다.' };
			fact.ja = { question: 'ホワイト国から外された？', answer: 'いいえ、そうではありません。' };
		});
		const problems = problemsOf(dir).filter((p) => p.message.startsWith('starts with Yes or No'));
		expect(problems.map((p) => [p.id, p.field])).toEqual([
			['white-list-removal', 'answer'],
			['white-list-removal', 'ko.answer'],
			['white-list-removal', 'ja.answer'],
		]);
	});

	it('reports a timeline event naming a fact that does not exist, and a duplicate event id', () => {
		const dir = mini();
		editItems(dir, 'timeline.yaml', (events) => {
			byId(events, 'decision-day').facts = ['decision-withdraw', 'moon-decides'];
			events.push({ ...byId(events, 'white-list-removal') });
		});
		expect(problemsOf(dir)).toEqual([
			{ file: TIMELINE, id: 'decision-day', field: 'facts[1]', message: 'unknown fact id "moon-decides"' },
			{ file: TIMELINE, id: 'white-list-removal', field: 'id', message: 'duplicate event id' },
		]);
	});

	it('reports an id that is not kebab-case as a schema error', () => {
		const dir = mini();
		replaceInFile(dir, 'facts/trade.yaml', '- id: white-list-removal\n', '- id: White_List\n');
		expect(problemsOf(dir)).toEqual([
			{
				file: TRADE,
				id: 'White_List',
				field: 'id',
				message: 'must be kebab-case (a-z, 0-9 and single hyphens)',
			},
			uncovered(3, PARAGRAPH_3),
			digestGone('trade-dispute', 0, 'white-list-removal'),
			{ file: TIMELINE, id: 'white-list-removal', field: 'facts[0]', message: 'unknown fact id "white-list-removal"' },
		]);
	});
});

describe('ids carried by buttons and menus', () => {
	it('reports a fact id too long for a component custom_id (76 characters at most)', () => {
		const dir = mini();
		const long = `white-list-${'x'.repeat(66)}`;
		expect(long).toHaveLength(77);
		replaceInFile(dir, 'facts/trade.yaml', '- id: white-list-removal\n', `- id: ${long}\n`);
		replaceInFile(dir, 'timeline.yaml', 'facts: [white-list-removal]', `facts: [${long}]`);
		replaceInFile(dir, 'topics.yaml', 'digest: [white-list-removal,', `digest: [${long},`);
		expect(problemsOf(dir)).toEqual([
			{
				file: TRADE,
				id: long,
				field: 'id',
				message:
					"the id is 77 characters: buttons and menus carry ids of at most 76 (Discord's custom_id holds 100, 24 are the bot's own)",
			},
		]);
		// 76 is fine.
		const fine = mini();
		const ok = long.slice(0, 76);
		replaceInFile(fine, 'facts/trade.yaml', '- id: white-list-removal\n', `- id: ${ok}\n`);
		replaceInFile(fine, 'timeline.yaml', 'facts: [white-list-removal]', `facts: [${ok}]`);
		replaceInFile(fine, 'topics.yaml', 'digest: [white-list-removal,', `digest: [${ok},`);
		expect(problemsOf(fine)).toEqual([]);
	});

	it('reports a topic id too long for a component custom_id, and a fact naming a topic that does not exist', () => {
		const dir = mini();
		const long = `trade-${'x'.repeat(71)}`;
		expect(long).toHaveLength(77);
		replaceInFile(dir, 'topics.yaml', '- id: trade-dispute\n', `- id: ${long}\n`);
		replaceInFile(dir, 'facts/trade.yaml', 'topic: trade-dispute', `topic: ${long}`);
		replaceInFile(dir, 'facts/decision.yaml', 'topic: pact', 'topic: no-such-topic');
		expect(problemsOf(dir)).toEqual([
			{
				file: TOPICS,
				id: long,
				field: 'id',
				message:
					"the topic's id is 77 characters: buttons and menus carry ids of at most 76 (Discord's custom_id holds 100, 24 are the bot's own)",
			},
			{ file: DECISION, id: 'notice-deadline', field: 'topic', message: 'unknown topic "no-such-topic" (topics.yaml)' },
		]);
	});
});

describe('malformed YAML', () => {
	it('reports the file and line of an unclosed flow sequence', () => {
		const dir = mini();
		writeFileSync(join(dir, 'entities.yaml'), '- id: gsomia\n  kind: agreement\n  names: [GSOMIA, intel pact\n');
		expect(problemsOf(dir)).toEqual([
			{
				file: ENTITIES,
				field: 'line 4',
				message:
					'malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 4, column 1:',
			},
		]);
	});

	it('reports a key given twice in one mapping', () => {
		const dir = mini();
		writeFileSync(join(dir, 'entities.yaml'), '- id: gsomia\n  kind: agreement\n  kind: thing\n  names: [GSOMIA]\n');
		expect(problemsOf(dir)).toEqual([
			{ file: ENTITIES, field: 'line 3', message: 'malformed YAML: Map keys must be unique at line 3, column 3:' },
		]);
	});

	it('drops the whole malformed fact file and reports what depended on it', () => {
		const dir = mini();
		replaceInFile(dir, 'facts/trade.yaml', '  keywords: [white list, Aug. 2]\n', '  keywords: [white list, Aug. 2\n');
		expect(problemsOf(dir)).toEqual([
			{
				file: TRADE,
				field: 'line 14',
				message:
					'malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 14, column 3:',
			},
			uncovered(3, PARAGRAPH_3),
			digestGone('trade-dispute', 0, 'white-list-removal'),
			{ file: TIMELINE, id: 'white-list-removal', field: 'facts[0]', message: 'unknown fact id "white-list-removal"' },
		]);
	});
});

describe('schema errors', () => {
	it('reports a fact with only two alternates', () => {
		const dir = mini();
		replaceInFile(dir, 'facts/trade.yaml', '    - white list date\n', '');
		expect(problemsOf(dir)).toEqual([
			{ file: TRADE, id: 'white-list-removal', field: 'alternates', message: 'needs at least three alternates' },
			uncovered(3, PARAGRAPH_3),
			digestGone('trade-dispute', 0, 'white-list-removal'),
			{ file: TIMELINE, id: 'white-list-removal', field: 'facts[0]', message: 'unknown fact id "white-list-removal"' },
		]);
	});

	it('still validates the other facts of the same file (a bad quote there is reported too)', () => {
		const dir = mini();
		replaceInFile(dir, 'facts/decision.yaml', '    - what happened with gsomia\n', '');
		replaceInFile(dir, 'facts/decision.yaml', 'coming Saturday\n', 'coming Sunday\n');
		expect(problemsOf(dir)).toEqual([
			{ file: DECISION, id: 'decision-withdraw', field: 'alternates', message: 'needs at least three alternates' },
			{
				file: DECISION,
				id: 'notice-deadline',
				field: 'quotes[0]',
				message: notVerbatim('With the deadline to give notice on renewal of the pact coming Sunday'),
			},
			{ file: DECISION, id: 'notice-deadline', field: 'related[0]', message: 'unknown fact id "decision-withdraw"' },
			uncovered(1, PARAGRAPH_1),
			uncovered(2, PARAGRAPH_2),
			digestGone('decision', 0, 'decision-withdraw'),
			digestGone('pact', 1, 'decision-withdraw'),
			digestGone('trade-dispute', 1, 'decision-withdraw'),
			{ file: TIMELINE, id: 'decision-day', field: 'facts[0]', message: 'unknown fact id "decision-withdraw"' },
		]);
	});

	it('reports several schema errors of one fact, each with its field path', () => {
		const dir = mini();
		editItems(dir, 'facts/trade.yaml', (facts) => {
			const fact = byId(facts, 'white-list-removal');
			fact.keywords = [];
			fact.dates = [{ date: '2019-08-02', precision: 'week', what: 'removal' }];
			fact.source = 'joongang';
		});
		expect(problemsOf(dir)).toEqual([
			{ file: TRADE, id: 'white-list-removal', field: 'keywords', message: 'needs at least one keyword' },
			{
				file: TRADE,
				id: 'white-list-removal',
				field: 'dates.0.precision',
				message: 'Invalid option: expected one of "day"|"month"|"year"',
			},
			{ file: TRADE, id: 'white-list-removal', message: 'Unrecognized key: "source"' },
			uncovered(3, PARAGRAPH_3),
			digestGone('trade-dispute', 0, 'white-list-removal'),
			{ file: TIMELINE, id: 'white-list-removal', field: 'facts[0]', message: 'unknown fact id "white-list-removal"' },
		]);
	});

	it('keeps the other timeline events when one fails the schema', () => {
		const dir = mini();
		replaceInFile(dir, 'timeline.yaml', '  direction: future\n', '  direction: ahead\n');
		expect(problemsOf(dir)).toEqual([
			{
				file: TIMELINE,
				id: 'notice-deadline',
				field: 'direction',
				message: 'Invalid option: expected one of "past"|"future"',
			},
			{
				file: DECISION,
				id: 'notice-deadline',
				field: 'dates[0]',
				message: '2019-08-24 (day) is not a date the timeline resolves from the article',
			},
		]);
	});

	it('reports a fact file that is not a list', () => {
		const dir = mini();
		writeFileSync(join(dir, 'facts/empty.yaml'), '[]\n');
		writeFileSync(join(dir, 'facts/map.yaml'), 'id: a-fact\n');
		expect(problemsOf(dir)).toEqual([
			{ file: 'knowledge/facts/empty.yaml', message: 'must list at least one fact' },
			{ file: 'knowledge/facts/map.yaml', message: 'Invalid input: expected array, received object' },
		]);
	});
});

describe('questions', () => {
	it('reports two facts with the same canonical question (case and punctuation aside)', () => {
		const dir = mini();
		replaceInFile(
			dir,
			'facts/trade.yaml',
			'  question: When did Japan remove South Korea from its white list?\n',
			'  question: what did south korea decide about GSOMIA\n',
		);
		expect(problemsOf(dir)).toEqual([
			{
				file: TRADE,
				id: 'white-list-removal',
				field: 'question',
				message: 'same canonical question as fact decision-withdraw',
			},
		]);
	});
});

describe('coverage', () => {
	it('reports a paragraph no fact quotes', () => {
		const dir = mini();
		appendToFile(
			dir,
			'sources/mini.txt',
			'\nAccording to Kyodo News, a Japanese government official expressed “deep regret” with Seoul’s decision.\n',
		);
		expect(problemsOf(dir)).toEqual([uncovered(4, 'According to Kyodo News, a Japanese government official expre')]);
	});

	it('does not count a timeline quote as coverage', () => {
		const dir = mini();
		rmSync(join(dir, 'facts/trade.yaml'));
		editItems(dir, 'timeline.yaml', (events) => {
			byId(events, 'white-list-removal').facts = ['decision-withdraw'];
		});
		expect(problemsOf(dir)).toEqual([uncovered(3, PARAGRAPH_3), digestGone('trade-dispute', 0, 'white-list-removal')]);
	});
});

describe('dates', () => {
	it('reports a fact date the timeline does not resolve', () => {
		const dir = mini();
		replaceInFile(dir, 'facts/decision.yaml', '    - date: 2019-08-22\n', '    - date: 2019-08-23\n');
		expect(problemsOf(dir)).toEqual([
			{
				file: DECISION,
				id: 'decision-withdraw',
				field: 'dates[0]',
				message: '2019-08-23 (day) is not a date the timeline resolves from the article',
			},
		]);
	});

	it('reports a date at the wrong precision (a month kept as a day)', () => {
		const dir = mini();
		replaceInFile(dir, 'facts/decision.yaml', '    - date: 2019-08-22\n', '    - date: 2019-08\n');
		expect(problemsOf(dir)).toEqual([
			{
				file: DECISION,
				id: 'decision-withdraw',
				field: 'dates[0]',
				message: 'date 2019-08 does not match precision day',
			},
			{
				file: DECISION,
				id: 'decision-withdraw',
				field: 'dates[0]',
				message: '2019-08 (day) is not a date the timeline resolves from the article',
			},
		]);
	});

	it('reports timeline words it cannot resolve, and a quote without the words', () => {
		const dir = mini();
		replaceInFile(dir, 'timeline.yaml', '  said: Thursday\n', '  said: for weeks\n');
		replaceInFile(dir, 'timeline.yaml', '  said: Aug. 2\n', '  said: Aug. 3\n');
		expect(problemsOf(dir)).toEqual([
			{ file: TIMELINE, id: 'decision-day', field: 'said', message: 'cannot resolve "for weeks" to a date' },
			{
				file: TIMELINE,
				id: 'white-list-removal',
				field: 'quote',
				message: 'the quote does not contain the words "Aug. 3"',
			},
			{
				file: DECISION,
				id: 'decision-withdraw',
				field: 'dates[0]',
				message: '2019-08-22 (day) is not a date the timeline resolves from the article',
			},
			{
				file: TRADE,
				id: 'white-list-removal',
				field: 'dates[0]',
				message: '2019-08-02 (day) is not a date the timeline resolves from the article',
			},
		]);
	});
});

describe('entities and concepts', () => {
	it('reports a name shared by two entities, whatever its case', () => {
		const dir = mini();
		replaceInFile(
			dir,
			'entities.yaml',
			'[Moon Jae-in, President Moon, 문재인]',
			'[Moon Jae-in, President Moon, Intel Pact]',
		);
		expect(problemsOf(dir)).toEqual([
			{
				file: ENTITIES,
				id: 'moon-jae-in',
				field: 'names[2]',
				message: '"Intel Pact" is also a name or word of entity gsomia',
			},
		]);
	});

	it('reports a word shared by an entity and a concept, a number, a question word and an unknown part_of', () => {
		const dir = mini();
		writeFileSync(join(dir, 'concepts.yaml'), '- id: pact\n  words: [agreement, 지소미아, 90 days, who]\n');
		replaceInFile(
			dir,
			'entities.yaml',
			'  title: President of South Korea\n',
			'  title: President of South Korea\n  part_of: [korea]\n',
		);
		expect(problemsOf(dir)).toEqual([
			{ file: ENTITIES, id: 'moon-jae-in', field: 'part_of[0]', message: 'unknown entity "korea"' },
			{ file: CONCEPTS, id: 'pact', field: 'words[1]', message: '"지소미아" is also a name or word of entity gsomia' },
			{ file: CONCEPTS, id: 'pact', field: 'words[2]', message: '"90 days" holds a number: numbers match as numbers' },
			{
				file: CONCEPTS,
				id: 'pact',
				field: 'words[3]',
				message: '"who" is a question or function word, not a word of an idea',
			},
		]);
	});

	it('reports a frame naming entities that do not exist', () => {
		const dir = mini();
		appendToFile(dir, 'facts/trade.yaml', '  frame:\n    answers: [when]\n    speaker: abe\n    about: [tokyo]\n');
		expect(problemsOf(dir)).toEqual([
			{ file: TRADE, id: 'white-list-removal', field: 'frame.speaker', message: 'unknown entity "abe"' },
			{ file: TRADE, id: 'white-list-removal', field: 'frame.about[0]', message: 'unknown entity "tokyo"' },
		]);
	});

	it('requires every fact, entity, topic and event in each language bot.yaml declares', () => {
		const dir = mini();
		writeFileSync(join(dir, 'bot.yaml'), 'languages: [en, ko]\nscope:\n  en: a short test article\n');
		const problems = problemsOf(dir);
		expect(problems).toContainEqual({
			file: DECISION,
			id: 'decision-withdraw',
			field: 'ko',
			message: 'no ko question and answer',
		});
		expect(problems).toContainEqual({ file: 'knowledge/bot.yaml', field: 'scope.ko', message: 'no ko scope' });
		expect(problems).toContainEqual({ file: ENTITIES, id: 'gsomia', field: 'name.ko', message: 'no ko name' });
		expect(problems).toContainEqual({ file: TOPICS, id: 'pact', field: 'name.ko', message: 'no ko name' });
		expect(problems).toContainEqual({
			file: TIMELINE,
			id: 'decision-day',
			field: 'what_ko',
			message: 'no ko description',
		});
		expect(problems).toHaveLength(3 + 1 + 2 + 3 + 3);
	});
});

describe('every problem at once', () => {
	it('reports three different problems in three files together', () => {
		const dir = mini();
		appendToFile(dir, 'facts/trade.yaml', '  related: [no-such-fact]\n');
		replaceInFile(dir, 'facts/decision.yaml', '    - date: 2019-08-24\n', '    - date: 2019-08-25\n');
		replaceInFile(dir, 'entities.yaml', '[Moon Jae-in, President Moon, 문재인]', '[Moon Jae-in, GSOMIA]');
		expect(problemsOf(dir)).toEqual([
			{ file: TRADE, id: 'white-list-removal', field: 'related[0]', message: 'unknown fact id "no-such-fact"' },
			{
				file: ENTITIES,
				id: 'moon-jae-in',
				field: 'names[1]',
				message: '"GSOMIA" is also a name or word of entity gsomia',
			},
			{
				file: DECISION,
				id: 'notice-deadline',
				field: 'dates[0]',
				message: '2019-08-25 (day) is not a date the timeline resolves from the article',
			},
		]);
	});

	it('reports a malformed file, a schema error and a bad quote together', () => {
		const dir = mini();
		writeFileSync(join(dir, 'entities.yaml'), '- id: gsomia\n  kind: agreement\n  kind: thing\n  names: [GSOMIA]\n');
		replaceInFile(dir, 'timeline.yaml', '  facts: [decision-withdraw]\n', '  facts: []\n');
		replaceInFile(
			dir,
			'facts/trade.yaml',
			'    - removing Seoul from its white list of preferred trade partners on Aug. 2.\n',
			'    - removing Seoul from its whitelist of preferred trade partners on Aug. 2.\n',
		);
		expect(problemsOf(dir)).toEqual([
			{ file: ENTITIES, field: 'line 3', message: 'malformed YAML: Map keys must be unique at line 3, column 3:' },
			{ file: TIMELINE, id: 'decision-day', field: 'facts', message: 'must name at least one fact' },
			{
				file: TRADE,
				id: 'white-list-removal',
				field: 'quotes[0]',
				message: notVerbatim('removing Seoul from its whitelist of preferred trade partners on Aug. 2.'),
			},
			uncovered(3, PARAGRAPH_3),
			{
				file: DECISION,
				id: 'decision-withdraw',
				field: 'dates[0]',
				message: '2019-08-22 (day) is not a date the timeline resolves from the article',
			},
		]);
	});
});

describe('a missing or empty base', () => {
	it('reports no source and no fact file', () => {
		expect(problemsOf(tempDir())).toEqual([
			{ file: 'knowledge/sources', message: 'no source found' },
			{ file: 'knowledge/facts', message: 'no fact file found' },
			{ file: 'knowledge/bot.yaml', message: "missing: the bot's scope in every language" },
		]);
	});

	it('reports source metadata without its text', () => {
		const dir = tempDir();
		mkdirSync(join(dir, 'sources'));
		writeFileSync(join(dir, 'sources/a.yaml'), 'id: a\n');
		expect(problemsOf(dir)).toEqual([
			{
				file: 'knowledge/sources/a.yaml',
				field: 'title',
				message: 'Invalid input: expected string, received undefined',
			},
			{
				file: 'knowledge/sources/a.yaml',
				field: 'publisher',
				message: 'Invalid input: expected string, received undefined',
			},
			{
				file: 'knowledge/sources/a.yaml',
				field: 'published',
				message: 'Invalid input: expected string, received undefined',
			},
			{
				file: 'knowledge/sources/a.yaml',
				field: 'timezone',
				message: 'Invalid input: expected string, received undefined',
			},
			{
				file: 'knowledge/sources/a.yaml',
				field: 'section',
				message: 'Invalid input: expected string, received undefined',
			},
			{ file: 'knowledge/sources/a.yaml', message: 'the source text knowledge/sources/a.txt is missing' },
			{ file: 'knowledge/facts', message: 'no fact file found' },
			{ file: 'knowledge/bot.yaml', message: "missing: the bot's scope in every language" },
		]);
	});
});
