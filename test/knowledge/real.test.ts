/**
 * The curated knowledge base in the repository's knowledge/ folder: it loads with zero problems, and the rules the
 * integrity check enforces hold when checked again here independently, from the raw YAML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LoadResult, loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { fold, type Item, readItems, realKnowledgeDir } from './helpers.js';

let result: LoadResult;
let kb: KnowledgeBase;

beforeAll(() => {
	result = loadKnowledge(realKnowledgeDir);
	if (!result.kb) throw new Error(`the knowledge base did not load: ${JSON.stringify(result.problems)}`);
	kb = result.kb;
});

const factFiles = readdirSync(join(realKnowledgeDir, 'facts'))
	.filter((name) => name.endsWith('.yaml'))
	.sort();

/** Every fact as written in the YAML files, with the file it is in. */
function rawFacts(): { file: string; fact: Item }[] {
	return factFiles.flatMap((name) =>
		readItems(realKnowledgeDir, join('facts', name)).map((fact) => ({ file: `knowledge/facts/${name}`, fact })),
	);
}

function rawQuoteText(quote: unknown): string {
	if (typeof quote === 'string') return quote;
	return String((quote as { text: unknown }).text);
}

describe('the knowledge base in knowledge/', () => {
	it('loads with zero problems', () => {
		expect(result.problems).toEqual([]);
		expect(result.kb).toBeDefined();
	});

	it('has the article as its one source, with its metadata and no URL', () => {
		expect(kb.sources).toHaveLength(1);
		expect(kb.primary).toBe(kb.sources[0]);
		const { paragraphs, text, ...meta } = kb.primary;
		expect(meta).toEqual({
			id: 'joongang-2019-08-22-gsomia',
			title: 'Seoul pulls out of Gsomia pact with Tokyo',
			publisher: 'Korea JoongAng Daily',
			published: '2019-08-22',
			timezone: 'Asia/Seoul',
			section: 'National > Politics',
			file: 'knowledge/sources/joongang-2019-08-22-gsomia.txt',
		});
		expect(text).toBe(readFileSync(join(realKnowledgeDir, 'sources/joongang-2019-08-22-gsomia.txt'), 'utf8'));
		expect(paragraphs).toHaveLength(24);
	});

	it('keeps the photo caption as paragraph 1 and the body verbatim, typos included, without page chrome', () => {
		const paragraphs = kb.primary.paragraphs;
		expect(paragraphs[0]).toBe(
			'Kim Yu-geun, first deputy director of the Blue House National Security Office, announces Korea’s scrapping of the General Security of Military Information Agreement (Gsomia) with Japan at the Blue House in central Seoul on Thursday. [YONHAP]',
		);
		expect(paragraphs[13]).toContain('it must provide the other with at leasta 90 days’ notice.');
		expect(paragraphs[23]).toBe(
			'After the Blue House announcement, Kang told reporters Thursday that the decision to exit the pact was over trust issues with Japan that were entirely separate from South Korea’s alliance with the United States.',
		);
		expect(kb.primary.text.toLowerCase()).not.toContain('print dictionary print');
		expect(kb.primary.text).not.toMatch(/https?:\/\//);
	});

	it('has between 40 and 70 facts, each in the file it was read from, in file order', () => {
		expect(kb.facts.length).toBeGreaterThanOrEqual(40);
		expect(kb.facts.length).toBeLessThanOrEqual(70);
		expect(kb.facts.map((f) => [f.file, f.id])).toEqual(rawFacts().map(({ file, fact }) => [file, fact.id]));
	});

	it('quotes the source verbatim: every raw quote is a substring of the paragraph it is cited from (white space folded)', () => {
		const paragraphs = kb.primary.paragraphs.map(fold);
		const byId = new Map(kb.facts.map((f) => [f.id, f]));
		const wrong: string[] = [];
		let checked = 0;
		for (const { fact } of rawFacts()) {
			const loaded = byId.get(String(fact.id));
			(fact.quotes as unknown[]).forEach((quote, i) => {
				const text = fold(rawQuoteText(quote));
				const cited = loaded?.quotes[i];
				checked++;
				if (!cited || !(paragraphs[cited.paragraph - 1] ?? '').includes(text)) wrong.push(`${fact.id} quotes[${i}]`);
				else if (fold(cited.text) !== text) wrong.push(`${fact.id} quotes[${i}] cites other text`);
			});
		}
		expect(wrong).toEqual([]);
		expect(checked).toBe(kb.facts.reduce((n, f) => n + f.quotes.length, 0));
	});

	it('quotes the source verbatim in the timeline too, and each quote contains the words for its date', () => {
		const paragraphs = kb.primary.paragraphs.map(fold);
		const raw = readItems(realKnowledgeDir, 'timeline.yaml');
		expect(kb.timeline.map((e) => e.id).sort()).toEqual(raw.map((e) => String(e.id)).sort());
		for (const event of raw) {
			const loaded = kb.timeline.find((e) => e.id === event.id);
			const text = fold(rawQuoteText(event.quote));
			expect(paragraphs[(loaded?.quote.paragraph ?? 0) - 1], String(event.id)).toContain(text);
			expect(text.toLowerCase(), String(event.id)).toContain(String(event.said).toLowerCase());
		}
	});

	it('covers every paragraph of the article with at least one fact', () => {
		const covered = new Set(kb.facts.flatMap((f) => f.quotes.map((q) => q.paragraph)));
		expect([...covered].sort((a, b) => a - b)).toEqual(kb.primary.paragraphs.map((_, i) => i + 1));
	});

	it('has unique fact ids, event ids and canonical questions', () => {
		const ids = kb.facts.map((f) => f.id);
		expect(new Set(ids).size).toBe(ids.length);
		const events = kb.timeline.map((e) => e.id);
		expect(new Set(events).size).toBe(events.length);
		const questions = kb.facts.map((f) =>
			f.question
				.toLowerCase()
				.replace(/[^\p{L}\p{N}]+/gu, ' ')
				.trim(),
		);
		expect(new Set(questions).size).toBe(questions.length);
	});

	it('relates facts only to other facts that exist, and the timeline only to facts that exist', () => {
		const ids = new Set(kb.facts.map((f) => f.id));
		const dangling = kb.facts.flatMap((f) =>
			f.related.filter((r) => !ids.has(r) || r === f.id).map((r) => `${f.id} -> ${r}`),
		);
		const timeline = kb.timeline.flatMap((e) => e.facts.filter((id) => !ids.has(id)).map((id) => `${e.id} -> ${id}`));
		expect(dangling).toEqual([]);
		expect(timeline).toEqual([]);
	});

	it('gives each fact at least three alternates, one quote and one keyword', () => {
		const short = kb.facts.filter((f) => f.alternates.length < 3 || f.quotes.length < 1 || f.keywords.length < 1);
		expect(short.map((f) => f.id)).toEqual([]);
	});

	it('dates facts only with dates the timeline resolves, at the same precision', () => {
		const known = new Set(kb.timeline.map((e) => `${e.date}/${e.precision}`));
		const unknown = kb.facts.flatMap((f) =>
			f.dates.filter((d) => !known.has(`${d.date}/${d.precision}`)).map((d) => `${f.id} ${d.date}`),
		);
		expect(unknown).toEqual([]);
	});

	it('gives no name to two entities', () => {
		const owners = new Map<string, string>();
		const shared: string[] = [];
		for (const entity of kb.entities) {
			for (const name of entity.names) {
				const key = name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
				const owner = owners.get(key);
				if (owner !== undefined && owner !== entity.id) shared.push(`${name}: ${owner} / ${entity.id}`);
				owners.set(key, entity.id);
			}
		}
		expect(shared).toEqual([]);
	});

	it('is complete in English, Korean and Japanese', () => {
		expect(kb.languages).toEqual(['en', 'ko', 'ja']);
		expect(kb.facts.filter((f) => !f.ko || !f.ja).map((f) => f.id)).toEqual([]);
		expect(kb.timeline.filter((e) => !e.whatKo || !e.whatJa).map((e) => e.id)).toEqual([]);
		expect(kb.topics.filter((t) => !t.name.ko || !t.name.ja).map((t) => t.id)).toEqual([]);
	});

	it('has the names the issue asks for among the entities', () => {
		const canonicalOf = new Map(kb.entities.flatMap((e) => e.names.map((n) => [n.toLowerCase(), e.id] as const)));
		const same = (names: string[]) => new Set(names.map((n) => canonicalOf.get(n.toLowerCase())));
		expect(
			same([
				'GSOMIA',
				'General Security of Military Information Agreement',
				'intelligence-sharing pact',
				'intel pact',
				'지소미아',
				'한일 군사정보보호협정',
				'日韓秘密軍事情報保護協定',
			]),
		).toEqual(new Set([canonicalOf.get('gsomia')]));
		expect(canonicalOf.get('gsomia')).toBeDefined();
		for (const [english, native] of [
			['Moon Jae-in', '문재인'],
			['Kim Yu-geun', '김유근'],
			['Kim Hyun-chong', '김현종'],
			['Kang Kyung-wha', '강경화'],
			['Abe', '安倍晋三'],
			['Suga', '菅義偉'],
			['Kono', '河野太郎'],
		] as const) {
			expect(canonicalOf.get(native.toLowerCase()), native).toBeDefined();
			expect(canonicalOf.get(english.toLowerCase()), english).toBe(canonicalOf.get(native.toLowerCase()));
		}
	});
});
