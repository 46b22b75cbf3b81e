/**
 * Composing the Answer every surface renders: one fact, a digest of several, several questions in one message, a
 * yes/no lead, a near miss that says what the article does say, an abstention with suggestions. Every answered
 * part carries its own verbatim quotes.
 */
import type { Fact, KnowledgeBase } from '../knowledge/types.js';
import type { AnswerType } from './frame.js';
import { type EngineMessages, MESSAGES } from './messages.js';
import type { Answer, AnswerKind, AnswerPart, Citation, Lang, SourceRef, Suggestion } from './types.js';

export const MAX_SUGGESTIONS = 3;
export const MAX_DIGEST = 3;

export class Composer {
	private readonly sources: Map<string, SourceRef>;
	private readonly byId: Map<string, Fact>;

	constructor(readonly kb: KnowledgeBase) {
		this.sources = new Map(
			kb.sources.map((s) => [
				s.id,
				{ id: s.id, title: s.title, publisher: s.publisher, published: s.published, section: s.section },
			]),
		);
		this.byId = new Map(kb.facts.map((f) => [f.id, f]));
	}

	get asOf(): string {
		return this.kb.primary.published;
	}

	messages(lang: Lang): EngineMessages {
		return MESSAGES[lang];
	}

	scope(lang: Lang): string {
		return this.kb.scope[lang] ?? this.kb.scope.en;
	}

	fact(id: string): Fact | undefined {
		return this.byId.get(id);
	}

	citation(q: { text: string; source: string; paragraph: number }): Citation {
		return {
			quote: q.text,
			source: this.sources.get(q.source) ?? (this.sources.get(this.kb.primary.id) as SourceRef),
			paragraph: q.paragraph,
		};
	}

	/** A fact's answer in the language, falling back to English where a translation is missing. */
	answerText(fact: Fact, lang: Lang): string {
		return (lang === 'en' ? fact.answer : fact[lang]?.answer) ?? fact.answer;
	}

	/** The language a fact's answer is written in when asked for `lang`: `lang`, or English where none is curated. */
	langOf(fact: Fact, lang: Lang): Lang {
		return lang === 'en' || fact[lang] ? lang : 'en';
	}

	question(fact: Fact, lang: Lang): string {
		return (lang === 'en' ? fact.question : fact[lang]?.question) ?? fact.question;
	}

	suggestion(fact: Fact, lang: Lang): Suggestion {
		return { factId: fact.id, question: this.question(fact, lang) };
	}

	part(fact: Fact, lang: Lang, lead?: string): AnswerPart {
		const text = this.answerText(fact, lang);
		return {
			answer: lead ? `${lead} ${text}` : text,
			citations: fact.quotes.map((q) => this.citation(q)),
			factIds: [fact.id],
		};
	}

	/** Related questions first, then the given ones; none already answered. */
	suggestionsFor(lang: Lang, answered: string[], more: string[] = [], limit = MAX_SUGGESTIONS): Suggestion[] {
		const out: Suggestion[] = [];
		const seen = new Set(answered);
		const related = answered.flatMap((id) => this.byId.get(id)?.related ?? []);
		for (const id of [...related, ...more]) {
			if (seen.has(id)) continue;
			const f = this.byId.get(id);
			if (!f) continue;
			seen.add(id);
			out.push(this.suggestion(f, lang));
			if (out.length >= limit) break;
		}
		return out;
	}

	answered(parts: AnswerPart[], lang: Lang, confidence: number, more: string[] = []): Answer {
		const factIds = [...new Set(parts.flatMap((p) => p.factIds))];
		// The language the answer is written in: the one asked for, unless a fact has no translation in it yet.
		const written = factIds.every((id) => {
			const f = this.byId.get(id);
			return !f || this.langOf(f, lang) === lang;
		})
			? lang
			: 'en';
		const citations: Citation[] = [];
		for (const c of parts.flatMap((p) => p.citations)) {
			if (!citations.some((x) => x.quote === c.quote && x.paragraph === c.paragraph)) citations.push(c);
		}
		return {
			answered: true,
			kind: 'answered',
			answer: parts.map((p) => p.answer).join('\n'),
			citations,
			confidence: round(confidence),
			factIds,
			suggestions: this.suggestionsFor(lang, factIds, more),
			asOf: this.asOf,
			lang: written,
			parts,
		};
	}

	abstain(
		kind: AnswerKind,
		text: string,
		lang: Lang,
		confidence: number,
		suggest: string[],
		citations: Citation[] = [],
	): Answer {
		return {
			answered: false,
			kind,
			answer: text,
			citations,
			confidence: round(confidence),
			factIds: [],
			suggestions: this.suggestionsFor(lang, [], suggest),
			asOf: this.asOf,
			lang,
			parts: [],
		};
	}

	/** "The article doesn't say where. What it does say: ..." with the closest fact's own quotes. */
	nearMiss(asked: AnswerType, fact: Fact, lang: Lang, confidence: number, suggest: string[]): Answer {
		const text = this.messages(lang).nearMiss(asked, this.answerText(fact, lang));
		return this.abstain(
			'not-in-article',
			text,
			lang,
			confidence,
			[fact.id, ...suggest],
			fact.quotes.map((q) => this.citation(q)),
		);
	}
}

function round(p: number): number {
	return Math.round(p * 1000) / 1000;
}
