/** Cross-file rules: unique ids, related ids exist, quotes verbatim, every paragraph covered, dates agree. */
import type { z } from 'zod';
import { resolveWhen } from './dates.js';
import type { aliasSchema, factSchema, quoteSchema, sourceMetaSchema, timelineEventSchema } from './schema.js';
import type { Alias, Fact, KnowledgeBase, Problem, Quote, Source, TimelineEvent } from './types.js';

export interface RawKnowledge {
	sources: { meta: z.infer<typeof sourceMetaSchema>; text: string; file: string }[];
	facts: { fact: z.infer<typeof factSchema>; file: string }[];
	aliases: { alias: z.infer<typeof aliasSchema>; file: string }[];
	timeline: { event: z.infer<typeof timelineEventSchema>; file: string }[];
}

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

/** A topic's id, from its name in the fact files: "Japan's reaction" -> "japans-reaction". */
export function topicId(topic: string): string {
	return topic
		.normalize('NFKC')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

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
			file,
		});
	}
	// Topics are picked by id in /topics menus: each topic name needs an id of its own that fits a custom_id.
	const topicNames = new Map<string, string>();
	for (const fact of facts) {
		const id = topicId(fact.topic);
		const owner = topicNames.get(id);
		if (owner === fact.topic) continue;
		if (!id)
			problems.push({
				file: fact.file,
				id: fact.id,
				field: 'topic',
				message: 'the topic name has no letters or digits',
			});
		else if (owner)
			problems.push({
				file: fact.file,
				id: fact.id,
				field: 'topic',
				message: `topic "${fact.topic}" has the same id "${id}" as topic "${owner}"`,
			});
		else {
			const long = tooLongForComponents(id);
			if (long)
				problems.push({ file: fact.file, id: fact.id, field: 'topic', message: `the topic's id "${id}" ${long}` });
		}
		topicNames.set(id, owner ?? fact.topic);
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

	const aliases: Alias[] = [];
	const seenNames = new Map<string, string>();
	for (const { alias, file } of raw.aliases) {
		for (const name of alias.names) {
			const key = questionKey(name);
			const owner = seenNames.get(key);
			if (owner && owner !== alias.canonical) {
				problems.push({ file, id: alias.canonical, field: 'names', message: `"${name}" is also a name of "${owner}"` });
			}
			seenNames.set(key, alias.canonical);
		}
		aliases.push({ ...alias });
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
			timeline.push({ id: event.id, said: event.said, ...resolved, what: event.what, quote, facts: event.facts });
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

	if (!primary || problems.length > 0) return { problems };
	return { kb: { sources, primary, facts, aliases, timeline }, problems };
}
