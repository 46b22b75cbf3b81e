/** Engine entry point. (Provisional matcher: replaced by the tiered matcher in a following commit.) */
import Fuse from 'fuse.js';
import type { Fact, KnowledgeBase } from '../knowledge/types.js';
import type { Answer, Citation, Engine, Suggestion, Topic } from './types.js';

export type { Answer, Citation, Engine, Suggestion, Topic } from './types.js';

export interface EngineOptions {
	/** The clock for "how long ago" questions; injectable for tests. */
	now?: () => Date;
}

export function createEngine(kb: KnowledgeBase, _options: EngineOptions = {}): Engine {
	const byId = new Map(kb.facts.map((f) => [f.id, f]));
	const fuse = new Fuse(kb.facts, { keys: ['question', 'alternates', 'keywords'], includeScore: true, ignoreLocation: true, threshold: 0.4 });
	const asOf = kb.primary.published;
	const sourceRef = (id: string) => {
		const s = kb.sources.find((x) => x.id === id) ?? kb.primary;
		return { id: s.id, title: s.title, publisher: s.publisher, published: s.published, section: s.section };
	};
	const suggestion = (f: Fact): Suggestion => ({ factId: f.id, question: f.question });
	const answerOf = (f: Fact, confidence: number): Answer => ({
		answered: true,
		kind: 'answered',
		answer: f.answer,
		citations: f.quotes.map((q): Citation => ({ quote: q.text, source: sourceRef(q.source), paragraph: q.paragraph })),
		confidence,
		factIds: [f.id],
		suggestions: f.related.flatMap((id) => (byId.get(id) ? [suggestion(byId.get(id) as Fact)] : [])),
		asOf,
	});
	return {
		kb,
		ask(question) {
			const q = question.trim();
			const hit = q ? fuse.search(q.slice(0, 300))[0] : undefined;
			if (!hit || (hit.score ?? 1) > 0.35) {
				return {
					answered: false,
					kind: q ? 'not-in-article' : 'empty',
					answer: "The article doesn't say.",
					citations: [],
					confidence: 0,
					factIds: [],
					suggestions: kb.facts.slice(0, 3).map(suggestion),
					asOf,
				};
			}
			return answerOf(hit.item, 1 - (hit.score ?? 0));
		},
		answerFact(id) {
			const f = byId.get(id);
			return f ? answerOf(f, 1) : undefined;
		},
		suggest(prefix, limit = 25) {
			const p = prefix.trim();
			if (!p) return kb.facts.slice(0, limit).map(suggestion);
			return fuse.search(p, { limit }).map((r) => suggestion(r.item));
		},
		topics(): Topic[] {
			const map = new Map<string, Suggestion[]>();
			for (const f of kb.facts) map.set(f.topic, [...(map.get(f.topic) ?? []), suggestion(f)]);
			return [...map].map(([name, facts]) => ({ name, facts }));
		},
		timeline() {
			return kb.timeline;
		},
	};
}
