/**
 * Renders the engine's plain objects (Answer, topics, timeline, the knowledge base's sources) as Discord message
 * bodies. Everything goes through `reply()`, which enforces the limits and disables mentions. Pure functions: no
 * discord.js, no I/O, so the gateway bot and the HTTP endpoint send exactly the same bodies.
 */
import { type APIEmbed, type APIEmbedField, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { Answer, Citation, Suggestion, Topic } from '../engine/types.js';
import { customIds } from '../interactions/custom-id.js';
import { MONTH_NAMES } from '../knowledge/dates.js';
import type { KnowledgeBase, Precision, TimelineEvent } from '../knowledge/types.js';
import { blockQuote, escapeMarkdown } from './markdown.js';
import { type ActionRow, type ReplyInput, reply } from './reply.js';
import { strings } from './strings.js';

export const COLORS = { answered: 0x2f6fdf, abstained: 0x8a8f98, info: 0x4f9d69, error: 0xd64545 } as const;

// The month names the date helpers use, so every surface spells a date the same way.
const MONTHS = MONTH_NAMES;

function ymd(date: string): { y: number; m: number; d: number } | undefined {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!match) return undefined;
	return { y: Number(match[1]), m: Number(match[2] ?? 1), d: Number(match[3] ?? 1) };
}

/**
 * Unix seconds for a calendar day, at 12:00 UTC: that instant falls on the same calendar day in every time zone
 * from UTC-12 to UTC+11, so `<t:...:D>` shows the article's day to nearly every reader (Seoul, UTC+9, included).
 */
export function unixNoonUtc(date: string): number {
	const p = ymd(date);
	if (!p) throw new Error(`not a date: ${date}`);
	return Date.UTC(p.y, p.m - 1, p.d, 12) / 1000;
}

/** A Discord timestamp: `<t:unix:D>` shows the date in each reader's own locale. */
export function discordDate(date: string, style: 'D' | 'd' | 'F' | 'R' = 'D'): string {
	return `<t:${unixNoonUtc(date)}:${style}>`;
}

/** "August 22, 2019": for plain text that cannot hold a Discord timestamp (embed footers). */
export function longDate(date: string): string {
	const p = ymd(date);
	if (!p) return date;
	return `${MONTHS[p.m - 1] ?? ''} ${p.d}, ${p.y}`;
}

/**
 * When an event happened, at the precision the article gives: a day as a Discord timestamp, a month as
 * "August 2019", a year as "2019" (a timestamp would invent a day the article never names).
 */
export function renderWhen(date: string, precision: Precision): string {
	const p = ymd(date);
	if (!p) return date;
	if (precision === 'year') return String(p.y);
	if (precision === 'month') return `${MONTHS[p.m - 1] ?? ''} ${p.y}`;
	return discordDate(date, 'D');
}

/** The source line(s): publisher, title, date, and the paragraphs quoted. */
function sourceField(citations: Citation[]): APIEmbedField | undefined {
	const bySource = new Map<string, { ref: Citation['source']; paragraphs: number[] }>();
	for (const c of citations) {
		const entry = bySource.get(c.source.id) ?? { ref: c.source, paragraphs: [] };
		if (!entry.paragraphs.includes(c.paragraph)) entry.paragraphs.push(c.paragraph);
		bySource.set(c.source.id, entry);
	}
	if (bySource.size === 0) return undefined;
	const lines = [...bySource.values()].map(({ ref, paragraphs }) => {
		const sorted = [...paragraphs].sort((a, b) => a - b);
		const where =
			sorted.length === 1 ? strings.answer.paragraph(sorted[0] as number) : strings.answer.paragraphs(sorted);
		return `${ref.publisher}, “${ref.title}”, ${discordDate(ref.published)} (${where})`;
	});
	return { name: bySource.size === 1 ? strings.answer.source : strings.answer.sources, value: lines.join('\n') };
}

function suggestionRow(suggestions: Suggestion[]): ActionRow | undefined {
	const seen = new Set<string>();
	const buttons = suggestions
		.filter((s) => !seen.has(s.factId) && seen.add(s.factId))
		.slice(0, 5)
		.map((s) => ({
			type: ComponentType.Button as const,
			style: ButtonStyle.Secondary as const,
			label: s.question,
			custom_id: customIds.fact(s.factId),
		}));
	return buttons.length > 0 ? { type: ComponentType.ActionRow, components: buttons } : undefined;
}

function feedbackRow(factIds: string[]): ActionRow {
	return {
		type: ComponentType.ActionRow,
		components: [
			{
				type: ComponentType.Button,
				style: ButtonStyle.Secondary,
				emoji: { name: '👍' },
				label: strings.answer.helpful,
				custom_id: customIds.feedback('up', factIds),
			},
			{
				type: ComponentType.Button,
				style: ButtonStyle.Secondary,
				emoji: { name: '👎' },
				label: strings.answer.notHelpful,
				custom_id: customIds.feedback('down', factIds),
			},
		],
	};
}

export interface RenderAnswerOptions {
	/** The question as the user asked it: shown escaped as the title. Default: none. */
	question?: string;
	/** See ReplyInput.ephemeral (undefined for an UPDATE_MESSAGE). */
	ephemeral?: boolean;
	/** Rows appended after the answer's own (e.g. "back" navigation in /topics). */
	extraRows?: ActionRow[];
}

/**
 * An answer: the question as the title, the answer, the supporting quotes as block quotes, the source line and an
 * "as of" footer; buttons for related questions (or, for an abstention, the suggestions) and 👍/👎.
 */
export function renderAnswer(answer: Answer, options: RenderAnswerOptions = {}) {
	const quotes = answer.citations.map((c) => blockQuote(c.quote));
	const description = [answer.answer, ...quotes].join('\n\n');
	const question = options.question?.trim();
	const embed: APIEmbed = {
		color: answer.answered ? COLORS.answered : COLORS.abstained,
		...(question ? { title: escapeMarkdown(question.replace(/\s+/g, ' ')) } : {}),
		description,
		footer: {
			text: answer.answered
				? `${strings.answer.asOf(longDate(answer.asOf))} ${strings.answer.wasItHelpful}`
				: strings.answer.asOf(longDate(answer.asOf)),
		},
	};
	const source = sourceField(answer.citations);
	if (source) embed.fields = [source];

	const rows: ActionRow[] = [];
	const suggestions = suggestionRow(answer.suggestions);
	if (suggestions) rows.push(suggestions);
	if (answer.answered && answer.factIds.length > 0) rows.push(feedbackRow(answer.factIds));
	rows.push(...(options.extraRows ?? []));
	return reply({ embeds: [embed], components: rows, ephemeral: options.ephemeral });
}

/** A short notice (cooldown, error, unknown command, feedback thanks): plain content, no embed. */
export function renderNotice(text: string, options: { ephemeral?: boolean } = { ephemeral: true }) {
	const input: ReplyInput = { content: text, ephemeral: options.ephemeral };
	return reply(input);
}

export function renderTopics(topics: Topic[], options: { ephemeral?: boolean } = {}) {
	const facts = topics.reduce((n, t) => n + t.facts.length, 0);
	if (topics.length === 0) return renderNotice(strings.topics.empty, options);
	const embed: APIEmbed = {
		color: COLORS.info,
		title: strings.topics.title,
		description: [
			strings.topics.intro(facts, topics.length),
			'',
			...topics.map((t) => `• **${escapeMarkdown(t.name)}**: ${strings.topics.questionCount(t.facts.length)}`),
		].join('\n'),
	};
	const select: ActionRow = {
		type: ComponentType.ActionRow,
		components: [
			{
				type: ComponentType.StringSelect,
				custom_id: customIds.topicSelect,
				placeholder: strings.topics.topicPlaceholder,
				options: topics.slice(0, 25).map((t, i) => ({
					label: t.name,
					value: String(i),
					description: strings.topics.questionCount(t.facts.length),
				})),
			},
		],
	};
	return reply({ embeds: [embed], components: [select], ephemeral: options.ephemeral });
}

export function renderTopic(topic: Topic, index: number, options: { ephemeral?: boolean } = {}) {
	const embed: APIEmbed = {
		color: COLORS.info,
		title: strings.topics.topicTitle(topic.name),
		description: topic.facts.map((f) => `• ${f.question}`).join('\n'),
	};
	const rows: ActionRow[] = [
		{
			type: ComponentType.ActionRow,
			components: [
				{
					type: ComponentType.StringSelect,
					custom_id: customIds.questionSelect(index),
					placeholder: strings.topics.questionPlaceholder,
					options: topic.facts.slice(0, 25).map((f) => ({ label: f.question, value: f.factId })),
				},
			],
		},
		{
			type: ComponentType.ActionRow,
			components: [
				{
					type: ComponentType.Button,
					style: ButtonStyle.Secondary,
					label: strings.topics.allTopics,
					emoji: { name: '⬅️' },
					custom_id: customIds.topicsHome,
				},
			],
		},
	];
	return reply({ embeds: [embed], components: rows, ephemeral: options.ephemeral });
}

/** The "back to the topic" row shown under an answer picked in /topics. */
export function topicBackRow(index: number): ActionRow {
	return {
		type: ComponentType.ActionRow,
		components: [
			{
				type: ComponentType.Button,
				style: ButtonStyle.Secondary,
				label: strings.topics.backToTopic,
				emoji: { name: '⬅️' },
				custom_id: customIds.topicBack(index),
			},
		],
	};
}

/** The dated events in order; each date at its own precision, the article's words beside it. */
export function renderTimeline(events: TimelineEvent[], asOf: string, options: { ephemeral?: boolean } = {}) {
	const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
	const lines = sorted.map(
		(e) => `• **${renderWhen(e.date, e.precision)}**: ${e.what} (${strings.timeline.said(e.said)})`,
	);
	const embed: APIEmbed = {
		color: COLORS.info,
		title: strings.timeline.title,
		description: sorted.length > 0 ? [strings.timeline.intro, '', ...lines].join('\n') : strings.timeline.empty,
		footer: { text: strings.answer.asOf(longDate(asOf)) },
	};
	return reply({ embeds: [embed], ephemeral: options.ephemeral });
}

/** What the bot knows and from where. */
export function renderSource(kb: KnowledgeBase, options: { ephemeral?: boolean } = {}) {
	const articles = kb.sources.map((s) =>
		strings.source.article(s.publisher, s.title, discordDate(s.published), s.section),
	);
	const embed: APIEmbed = {
		color: COLORS.info,
		title: strings.source.title,
		description: strings.source.knows(kb.facts.length, kb.timeline.length),
		fields: [
			{ name: strings.source.articleField, value: articles.join('\n') },
			{ name: strings.source.citationsField, value: strings.source.citations },
			{ name: strings.source.limitsField, value: strings.source.limits(discordDate(kb.primary.published)) },
		],
		footer: { text: strings.answer.asOf(longDate(kb.primary.published)) },
	};
	return reply({ embeds: [embed], ephemeral: options.ephemeral });
}

export function renderHelp(cooldown: { limit: number; windowMs: number }, options: { ephemeral?: boolean } = {}) {
	const embed: APIEmbed = {
		color: COLORS.info,
		title: strings.help.title,
		description: strings.help.intro,
		fields: [
			{ name: strings.help.serverField, value: strings.help.server },
			{ name: strings.help.dmField, value: strings.help.dm },
			{ name: strings.help.browseField, value: strings.help.browse },
			{ name: strings.help.anywhereField, value: strings.help.anywhere },
		],
		footer: { text: strings.help.limits(cooldown.limit, Math.round(cooldown.windowMs / 1000)) },
	};
	return reply({ embeds: [embed], ephemeral: options.ephemeral });
}
