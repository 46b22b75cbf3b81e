/** The shape of the files under knowledge/, as zod schemas. Cross-file rules live in validate.ts. */
import { z } from 'zod';

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');
const text = z.string().trim().min(1, 'must not be empty');
const isoPartial = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

export const sourceMetaSchema = z.strictObject({
	id: kebab,
	title: text,
	publisher: text,
	published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
	timezone: text,
	section: text,
});

export const quoteSchema = z.union([text, z.strictObject({ text, source: kebab })]);

/** What a fact's answer can be: the question types it answers. */
export const ANSWER_TYPES = ['who', 'when', 'where', 'why', 'count', 'duration', 'said', 'how', 'what'] as const;

/** A fact's question and answer in another language (the quotes stay verbatim in the source's language). */
const localizedSchema = z.strictObject({ question: text, answer: text });

export const frameSchema = z.strictObject({
	/** Question types this fact answers; when absent, derived from its canonical question (and its dates). */
	answers: z.array(z.enum(ANSWER_TYPES)).min(1).optional(),
	/** The entity whose words the fact reports, when it reports someone speaking. */
	speaker: kebab.optional(),
	/** Entities the fact is about beyond those its text names (which are found by the engine). */
	about: z.array(kebab).optional(),
	/** Places where what the fact tells happened. */
	where: z.array(kebab).optional(),
});

export const factSchema = z.strictObject({
	id: kebab,
	topic: kebab,
	question: text,
	alternates: z.array(text).min(3, 'needs at least three alternates'),
	answer: text.refine((s) => s.length <= 600, 'must be at most 600 characters (one to three sentences)'),
	quotes: z.array(quoteSchema).min(1, 'needs at least one quote'),
	keywords: z.array(text).min(1, 'needs at least one keyword'),
	dates: z
		.array(
			z.strictObject({
				date: isoPartial,
				precision: z.enum(['day', 'month', 'year']),
				what: text,
			}),
		)
		.optional(),
	related: z.array(kebab).optional(),
	frame: frameSchema.optional(),
	ko: localizedSchema.optional(),
	ja: localizedSchema.optional(),
});

export const factFileSchema = z.array(factSchema).min(1, 'must list at least one fact');

export const ENTITY_KINDS = [
	'person',
	'country',
	'organisation',
	'place',
	'agreement',
	'media',
	'thing',
	'event',
] as const;

/** A named thing: a person, a country, an organisation... Questions may name it any of these ways. */
export const entitySchema = z.strictObject({
	id: kebab,
	kind: z.enum(ENTITY_KINDS),
	/** How the bot writes it, per language. */
	name: z.strictObject({ en: text, ko: text.optional(), ja: text.optional() }),
	title: text.optional(),
	/** Every way of writing it (any language); each belongs to this entity only. */
	names: z.array(text).min(1),
	/** Parts of its names that people use alone and that may also mean another entity ("Kim"). */
	short_names: z.array(text).optional(),
	/** What it speaks for or belongs to: an official's country, a ministry's government. */
	part_of: z.array(kebab).optional(),
});
export const entityFileSchema = z.array(entitySchema);

/** One idea and the words people use for it (any language). No numbers, no misspellings, no words of another meaning. */
export const conceptSchema = z.strictObject({
	id: kebab,
	words: z.array(text).min(2, 'needs at least two words (an idea with one word needs no entry)'),
});
export const conceptFileSchema = z.array(conceptSchema);

/** A topic: a group of facts, how people ask about it as a whole, and the facts of its digest. */
export const topicSchema = z.strictObject({
	id: kebab,
	name: z.strictObject({ en: text, ko: text.optional(), ja: text.optional() }),
	/** Broad questions about the topic as a whole ("what did Japan say", "give me the short version"). */
	phrasings: z.array(text).min(3, 'needs at least three phrasings'),
	/** The facts a broad question gets, best first (at most three are shown). */
	digest: z.array(kebab).min(2, 'needs at least two facts').max(5),
});
export const topicFileSchema = z.array(topicSchema);

/** What the bot is about, per language, for greetings and off-topic replies. */
export const botSchema = z.strictObject({
	/** The languages every fact, topic and event must be written in (English always). */
	languages: z.array(z.enum(['en', 'ko', 'ja'])).min(1),
	scope: z.strictObject({ en: text, ko: text.optional(), ja: text.optional() }),
});

export const timelineEventSchema = z.strictObject({
	id: kebab,
	said: text,
	direction: z.enum(['past', 'future']).optional(),
	what: text,
	what_ko: text.optional(),
	what_ja: text.optional(),
	quote: quoteSchema,
	facts: z.array(kebab).min(1, 'must name at least one fact'),
});

export const timelineFileSchema = z.array(timelineEventSchema);

export type RawFact = z.infer<typeof factSchema>;
export type AnswerTypeName = (typeof ANSWER_TYPES)[number];
export type RawQuote = z.infer<typeof quoteSchema>;
