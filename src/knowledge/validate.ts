/** Cross-file rules: unique ids, related ids exist, quotes verbatim, every paragraph covered, dates agree. */
import type { z } from 'zod';
import { resolveWhen } from './dates.js';
import type {
	botSchema,
	conceptSchema,
	entitySchema,
	factSchema,
	quoteSchema,
	sourceMetaSchema,
	timelineEventSchema,
	topicSchema,
} from './schema.js';
import type { Concept, Entity, Fact, KnowledgeBase, Problem, Quote, Source, TimelineEvent, Topic } from './types.js';

export interface RawKnowledge {
	sources: { meta: z.infer<typeof sourceMetaSchema>; text: string; file: string }[];
	facts: { fact: z.infer<typeof factSchema>; file: string }[];
	entities: { entity: z.infer<typeof entitySchema>; file: string }[];
	concepts: { concept: z.infer<typeof conceptSchema>; file: string }[];
	topics: { topic: z.infer<typeof topicSchema>; file: string }[];
	timeline: { event: z.infer<typeof timelineEventSchema>; file: string }[];
	bot?: { bot: z.infer<typeof botSchema>; file: string };
}

/** Words that ask, count or say "not": never words of an idea (the engine reads them itself). */
const RESERVED_WORDS = new Set(
	'who whom whose what which when where why how not no never did does do is was were be been yes'.split(' '),
);

export function splitParagraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter((p) => p.length > 0);
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds `quote` in the paragraphs, white space being the only thing allowed to differ. */
export function locateQuote(paragraphs: string[], quote: string): { paragraph: number; text: string } | undefined {
	const pattern = new RegExp(quote.trim().split(/\s+/).map(escapeRegExp).join('\\s+'), 'u');
	for (let i = 0; i < paragraphs.length; i++) {
		const match = pattern.exec(paragraphs[i] ?? '');
		if (match) return { paragraph: i + 1, text: match[0] };
	}
	return undefined;
}

/** Discord's limit on a message component's custom_id. */
export const CUSTOM_ID_LIMIT = 100;
/**
 * The most the bot writes around one fact or topic id in a custom_id (e.g. "ask:vote:down:123456:" before a fact
 * id); test/interactions/registry.test.ts checks that the command registry stays within it.
 */
export const CUSTOM_ID_RESERVE = 24;
/** The longest fact or topic id a button or menu can carry. */
export const MAX_COMPONENT_ID_LENGTH = CUSTOM_ID_LIMIT - CUSTOM_ID_RESERVE;

/** An id that would make a component's custom_id longer than Discord allows. */
function tooLongForComponents(id: string): string | undefined {
	return id.length > MAX_COMPONENT_ID_LENGTH
		? `is ${id.length} characters: buttons and menus carry ids of at most ${MAX_COMPONENT_ID_LENGTH} (Discord's custom_id holds ${CUSTOM_ID_LIMIT}, ${CUSTOM_ID_RESERVE} are the bot's own)`
		: undefined;
}

/** A question's comparable form, for the duplicate-question rule. */
function questionKey(q: string): string {
	return q
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export function validateKnowledge(raw: RawKnowledge): { kb?: KnowledgeBase; problems: Problem[] } {
	const problems: Problem[] = [];
	const sources: Source[] = [];
	const sourceIds = new Set<string>();
	for (const { meta, text, file } of raw.sources) {
		if (sourceIds.has(meta.id)) problems.push({ file, id: meta.id, field: 'id', message: 'duplicate source id' });
		sourceIds.add(meta.id);
		const paragraphs = splitParagraphs(text);
		if (paragraphs.length === 0) problems.push({ file, message: 'the source text is empty' });
		sources.push({ ...meta, paragraphs, text, file });
	}
	const primary = sources[0];
	const byId = new Map(sources.map((s) => [s.id, s]));

	const resolveQuote = (
		quote: z.infer<typeof quoteSchema>,
		file: string,
		id: string,
		field: string,
	): Quote | undefined => {
		const textValue = typeof quote === 'string' ? quote : quote.text;
		const sourceId = typeof quote === 'string' ? primary?.id : quote.source;
		const source = sourceId ? byId.get(sourceId) : undefined;
		if (!source) {
			problems.push({ file, id, field, message: `unknown source "${sourceId ?? ''}"` });
			return undefined;
		}
		const found = locateQuote(source.paragraphs, textValue);
		if (!found) {
			problems.push({
				file,
				id,
				field,
				message: `quote is not verbatim in ${source.file} (only white space may differ): "${textValue.slice(0, 80)}${textValue.length > 80 ? '…' : ''}"`,
			});
			return undefined;
		}
		return { text: found.text, source: source.id, paragraph: found.paragraph };
	};

	const facts: Fact[] = [];
	const factIds = new Map<string, string>();
	const questions = new Map<string, string>();
	for (const { fact, file } of raw.facts) {
		const long = tooLongForComponents(fact.id);
		if (long) problems.push({ file, id: fact.id, field: 'id', message: `the id ${long}` });
		const previous = factIds.get(fact.id);
		if (previous) problems.push({ file, id: fact.id, field: 'id', message: `duplicate fact id (also in ${previous})` });
		else factIds.set(fact.id, file);
		const key = questionKey(fact.question);
		const twin = questions.get(key);
		if (twin)
			problems.push({ file, id: fact.id, field: 'question', message: `same canonical question as fact ${twin}` });
		else questions.set(key, fact.id);
		const quotes = fact.quotes
			.map((q, i) => resolveQuote(q, file, fact.id, `quotes[${i}]`))
			.filter((q): q is Quote => q !== undefined);
		const dates = fact.dates ?? [];
		dates.forEach((d, i) => {
			const length = { year: 4, month: 7, day: 10 }[d.precision];
			if (d.date.length !== length) {
				problems.push({
					file,
					id: fact.id,
					field: `dates[${i}]`,
					message: `date ${d.date} does not match precision ${d.precision}`,
				});
			}
		});
		facts.push({
			id: fact.id,
			topic: fact.topic,
			question: fact.question,
			alternates: fact.alternates,
			answer: fact.answer,
			quotes,
			keywords: fact.keywords,
			dates,
			related: fact.related ?? [],
			frame: {
				...(fact.frame?.answers ? { answers: fact.frame.answers } : {}),
				...(fact.frame?.speaker ? { speaker: fact.frame.speaker } : {}),
				about: fact.frame?.about ?? [],
				where: fact.frame?.where ?? [],
			},
			...(fact.ko ? { ko: fact.ko } : {}),
			...(fact.ja ? { ja: fact.ja } : {}),
			file,
		});
	}
	for (const fact of facts) {
		fact.related.forEach((id, i) => {
			if (!factIds.has(id))
				problems.push({ file: fact.file, id: fact.id, field: `related[${i}]`, message: `unknown fact id "${id}"` });
			if (id === fact.id)
				problems.push({
					file: fact.file,
					id: fact.id,
					field: `related[${i}]`,
					message: 'a fact cannot be related to itself',
				});
		});
	}

	// Coverage: every paragraph of every source is supported by at least one fact.
	for (const source of sources) {
		const covered = new Set(
			facts.flatMap((f) => f.quotes.filter((q) => q.source === source.id).map((q) => q.paragraph)),
		);
		source.paragraphs.forEach((p, i) => {
			if (!covered.has(i + 1)) {
				problems.push({
					file: source.file,
					field: `paragraph ${i + 1}`,
					message: `no fact quotes this paragraph: "${p.slice(0, 60)}…"`,
				});
			}
		});
	}

	// Names of things: each written form belongs to one entity (short names may be shared: they are ambiguous).
	const entities: Entity[] = [];
	const entityIds = new Map<string, string>();
	const owners = new Map<string, string>();
	const claim = (surface: string, owner: string, file: string, id: string, field: string) => {
		const key = questionKey(surface);
		if (!key) return;
		const previous = owners.get(key);
		if (previous && previous !== owner)
			problems.push({ file, id, field, message: `"${surface}" is also a name or word of ${previous}` });
		else owners.set(key, owner);
	};
	for (const { entity, file } of raw.entities) {
		if (entityIds.has(entity.id))
			problems.push({
				file,
				id: entity.id,
				field: 'id',
				message: `duplicate entity id (also in ${entityIds.get(entity.id)})`,
			});
		entityIds.set(entity.id, file);
		entity.names.forEach((n, i) => {
			claim(n, `entity ${entity.id}`, file, entity.id, `names[${i}]`);
		});
		entities.push({
			id: entity.id,
			kind: entity.kind,
			name: entity.name,
			...(entity.title ? { title: entity.title } : {}),
			names: entity.names,
			shortNames: entity.short_names ?? [],
			partOf: entity.part_of ?? [],
		});
	}
	for (const entity of entities) {
		const file = entityIds.get(entity.id) ?? '';
		entity.partOf.forEach((id, i) => {
			if (!entityIds.has(id))
				problems.push({ file, id: entity.id, field: `part_of[${i}]`, message: `unknown entity "${id}"` });
		});
	}

	// Ideas: one list per idea, a word in one list only, no numbers, no question words.
	const concepts: Concept[] = [];
	const conceptIds = new Set<string>();
	for (const { concept, file } of raw.concepts) {
		if (conceptIds.has(concept.id))
			problems.push({ file, id: concept.id, field: 'id', message: 'duplicate concept id' });
		conceptIds.add(concept.id);
		concept.words.forEach((w, i) => {
			const field = `words[${i}]`;
			if (/\d/.test(w))
				problems.push({ file, id: concept.id, field, message: `"${w}" holds a number: numbers match as numbers` });
			const key = questionKey(w);
			if (RESERVED_WORDS.has(key))
				problems.push({
					file,
					id: concept.id,
					field,
					message: `"${w}" is a question or function word, not a word of an idea`,
				});
			claim(w, `concept ${concept.id}`, file, concept.id, field);
		});
		concepts.push({ id: concept.id, words: concept.words });
	}

	// Frames: speakers, subjects and places are entities.
	for (const fact of facts) {
		const check = (id: string | undefined, field: string) => {
			if (id !== undefined && !entityIds.has(id))
				problems.push({ file: fact.file, id: fact.id, field, message: `unknown entity "${id}"` });
		};
		check(fact.frame.speaker, 'frame.speaker');
		fact.frame.about.forEach((id, i) => {
			check(id, `frame.about[${i}]`);
		});
		fact.frame.where.forEach((id, i) => {
			check(id, `frame.where[${i}]`);
		});
	}

	// Topics: every fact belongs to one; digests name facts of the base.
	const topics: Topic[] = [];
	const topicIds = new Set<string>();
	const phrasings = new Map<string, string>();
	for (const f of facts) {
		for (const p of [f.question, ...f.alternates, f.ko?.question, f.ja?.question])
			if (p) phrasings.set(questionKey(p), f.id);
	}
	for (const { topic, file } of raw.topics) {
		if (topicIds.has(topic.id)) problems.push({ file, id: topic.id, field: 'id', message: 'duplicate topic id' });
		topicIds.add(topic.id);
		// Topics are picked by id in /topics menus: the id must fit a component's custom_id.
		const long = tooLongForComponents(topic.id);
		if (long) problems.push({ file, id: topic.id, field: 'id', message: `the topic's id ${long}` });
		topic.digest.forEach((id, i) => {
			if (!factIds.has(id))
				problems.push({ file, id: topic.id, field: `digest[${i}]`, message: `unknown fact id "${id}"` });
		});
		// A broad phrasing of a topic that is also a phrasing of one fact cannot say which of the two is meant.
		topic.phrasings.forEach((p, i) => {
			const owner = phrasings.get(questionKey(p));
			if (owner)
				problems.push({
					file,
					id: topic.id,
					field: `phrasings[${i}]`,
					message: `"${p}" is also a phrasing of fact ${owner}`,
				});
		});
		topics.push({ ...topic });
	}
	for (const fact of facts) {
		if (!topicIds.has(fact.topic))
			problems.push({
				file: fact.file,
				id: fact.id,
				field: 'topic',
				message: `unknown topic "${fact.topic}" (topics.yaml)`,
			});
	}

	// An answer states what the article says; whether that means Yes or No depends on the question asked, so the
	// engine writes the lead (a fact's answer is also read in digests and in "what it does say").
	const LEAD = /^\s*(yes|no|네|아니요|아뇨|はい|いいえ)(?=[\s.,。、:!]|$)/iu;
	for (const fact of facts) {
		for (const [field, text] of [
			['answer', fact.answer],
			['ko.answer', fact.ko?.answer],
			['ja.answer', fact.ja?.answer],
		] as const) {
			if (text && LEAD.test(text))
				problems.push({
					file: fact.file,
					id: fact.id,
					field,
					message: 'starts with Yes or No: the engine leads with them when the question asks',
				});
		}
	}

	// Translations: everything is written in every language the base declares (bot.yaml).
	const languages = (raw.bot?.bot.languages ?? ['en']).filter((l): l is 'ko' | 'ja' => l !== 'en');
	const botFile = raw.bot?.file ?? 'knowledge/bot.yaml';
	for (const lang of languages) {
		for (const fact of facts) {
			if (!fact[lang])
				problems.push({ file: fact.file, id: fact.id, field: lang, message: `no ${lang} question and answer` });
		}
		if (!raw.bot?.bot.scope[lang])
			problems.push({ file: botFile, field: `scope.${lang}`, message: `no ${lang} scope` });
		for (const { entity, file } of raw.entities) {
			if (!entity.name[lang]) problems.push({ file, id: entity.id, field: `name.${lang}`, message: `no ${lang} name` });
		}
		for (const { topic, file } of raw.topics) {
			if (!topic.name[lang]) problems.push({ file, id: topic.id, field: `name.${lang}`, message: `no ${lang} name` });
		}
		for (const { event, file } of raw.timeline) {
			if (!event[`what_${lang}`])
				problems.push({ file, id: event.id, field: `what_${lang}`, message: `no ${lang} description` });
		}
	}

	const timeline: TimelineEvent[] = [];
	const eventIds = new Set<string>();
	for (const { event, file } of raw.timeline) {
		if (eventIds.has(event.id)) problems.push({ file, id: event.id, field: 'id', message: 'duplicate event id' });
		eventIds.add(event.id);
		const quote = resolveQuote(event.quote, file, event.id, 'quote');
		event.facts.forEach((id, i) => {
			if (!factIds.has(id))
				problems.push({ file, id: event.id, field: `facts[${i}]`, message: `unknown fact id "${id}"` });
		});
		const source = byId.get(quote?.source ?? '') ?? primary;
		const resolved = source ? resolveWhen(event.said, source.published, event.direction) : undefined;
		if (!resolved) {
			problems.push({ file, id: event.id, field: 'said', message: `cannot resolve "${event.said}" to a date` });
			continue;
		}
		if (quote && !quote.text.toLowerCase().includes(event.said.toLowerCase())) {
			problems.push({
				file,
				id: event.id,
				field: 'quote',
				message: `the quote does not contain the words "${event.said}"`,
			});
		}
		if (quote)
			timeline.push({
				id: event.id,
				said: event.said,
				...resolved,
				what: event.what,
				whatKo: event.what_ko,
				whatJa: event.what_ja,
				quote,
				facts: event.facts,
			});
	}
	timeline.sort((a, b) => a.date.localeCompare(b.date));

	// A fact's date must be one the timeline resolves from the article's words, at the same precision.
	const known = new Set(timeline.map((e) => `${e.date}/${e.precision}`));
	for (const fact of facts) {
		fact.dates.forEach((d, i) => {
			if (!known.has(`${d.date}/${d.precision}`)) {
				problems.push({
					file: fact.file,
					id: fact.id,
					field: `dates[${i}]`,
					message: `${d.date} (${d.precision}) is not a date the timeline resolves from the article`,
				});
			}
		});
	}

	if (!raw.bot) problems.push({ file: 'knowledge/bot.yaml', message: "missing: the bot's scope in every language" });
	if (!primary || !raw.bot || problems.length > 0) return { problems };
	return {
		kb: {
			sources,
			primary,
			facts,
			entities,
			concepts,
			topics,
			timeline,
			languages: raw.bot.bot.languages,
			scope: raw.bot.bot.scope,
			...(raw.bot.bot.overview ? { overview: raw.bot.bot.overview } : {}),
		},
		problems,
	};
}
