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

export const factSchema = z.strictObject({
	id: kebab,
	topic: text,
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
});

export const factFileSchema = z.array(factSchema).min(1, 'must list at least one fact');

export const aliasSchema = z.strictObject({
	canonical: text,
	kind: z.enum(['agreement', 'person', 'organisation', 'place', 'list', 'term', 'country', 'title']),
	title: text.optional(),
	names: z.array(text).min(1),
});

export const aliasFileSchema = z.array(aliasSchema);

export const timelineEventSchema = z.strictObject({
	id: kebab,
	said: text,
	direction: z.enum(['past', 'future']).optional(),
	what: text,
	quote: quoteSchema,
	facts: z.array(kebab).min(1, 'must name at least one fact'),
});

export const timelineFileSchema = z.array(timelineEventSchema);

export type RawFact = z.infer<typeof factSchema>;
export type RawQuote = z.infer<typeof quoteSchema>;
