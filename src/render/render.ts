/**
 * Discord rendering: turns the Replies that interaction handling decides (src/interactions/replies.ts) into
 * Discord's JSON, in one language, with the custom ids the command registry writes. Everything goes through
 * `reply()`, which enforces the limits and allows no mention but the ones named. Pure functions: no discord.js, no
 * I/O, so the gateway bot and the HTTP endpoint send exactly the same bodies.
 */
import {
	type APIActionRowComponent,
	type APIButtonComponentWithCustomId,
	type APIComponentInMessageActionRow,
	type APIEmbed,
	type APIEmbedField,
	type APIInteractionResponse,
	type APIInteractionResponseCallbackData,
	type APIMessage,
	type APIStringSelectComponent,
	ButtonStyle,
	ComponentType,
	InteractionResponseType,
	TextInputStyle,
} from 'discord-api-types/v10';
import type { Answer, AnswerPart, Citation, Lang, Suggestion } from '../engine/types.js';
import { writtenDate } from '../i18n/dates.js';
import { type Strings, stringsFor } from '../i18n/index.js';
import type { Action, Vote } from '../interactions/actions.js';
import type { ComponentIds } from '../interactions/registry.js';
import type { AnswerView, CuratorNote, HelpView, Notice, Reply, TopicView } from '../interactions/replies.js';
import type { KnowledgeBase, TimelineEvent } from '../knowledge/types.js';
import { blockQuote, escapeMarkdown } from './markdown.js';
import { type ActionRow, choices, LIMITS, reply, truncate } from './reply.js';
import { firstSentence } from './sentence.js';

export const COLORS = { answered: 0x2f6fdf, abstained: 0x8a8f98, info: 0x4f9d69, error: 0xd64545 } as const;

export interface RenderOptions {
	lang: Lang;
	/** The registry's custom-id writer. */
	ids: ComponentIds;
}

type Data = APIInteractionResponseCallbackData;

/** The article's day, written out in `lang` (Asia/Seoul's calendar day, never a timestamp). */
export function articleDate(date: string, lang: Lang): string {
	return writtenDate(date, 'day', lang);
}

/** A relative Discord timestamp ("in 12 seconds", "3 minutes ago"), which each reader's client writes. */
export function relativeTime(ms: number): string {
	return `<t:${Math.ceil(ms / 1000)}:R>`;
}

// ------------------------------------------------------------------------------------------------ answers

/** The source line(s): publisher, title, date, and the paragraphs quoted. */
function sourceField(citations: Citation[], s: Strings, lang: Lang): APIEmbedField | undefined {
	const bySource = new Map<string, { ref: Citation['source']; paragraphs: number[] }>();
	for (const c of citations) {
		const entry = bySource.get(c.source.id) ?? { ref: c.source, paragraphs: [] };
		if (!entry.paragraphs.includes(c.paragraph)) entry.paragraphs.push(c.paragraph);
		bySource.set(c.source.id, entry);
	}
	if (bySource.size === 0) return undefined;
	const lines = [...bySource.values()].map(({ ref, paragraphs }) => {
		const sorted = [...paragraphs].sort((a, b) => a - b);
		const where = sorted.length === 1 ? s.answer.paragraph(sorted[0] as number) : s.answer.paragraphs(sorted);
		return s.answer.sourceLine(ref.publisher, ref.title, articleDate(ref.published, lang), where);
	});
	return { name: bySource.size === 1 ? s.answer.source : s.answer.sources, value: lines.join('\n') };
}

/** The answer text with its quotes: each part followed by the quotes that support it. */
function answerBody(answer: Answer): string {
	const parts: AnswerPart[] =
		answer.parts.length > 1 ? answer.parts : [{ answer: answer.answer, citations: answer.citations, factIds: [] }];
	return parts.flatMap((p) => [p.answer, ...p.citations.map((c) => blockQuote(c.quote))]).join('\n\n');
}

function selectRow(customId: string, placeholder: string, options: { label: string; value: string }[]): ActionRow {
	const seen = new Set<string>();
	const unique = options.filter((o) => !seen.has(o.value) && seen.add(o.value));
	const select: APIStringSelectComponent = {
		type: ComponentType.StringSelect,
		custom_id: customId,
		placeholder,
		options: unique.slice(0, LIMITS.selectOptions),
	};
	return { type: ComponentType.ActionRow, components: [select] };
}

function relatedRow(suggestions: Suggestion[], placeholder: string, ids: ComponentIds): ActionRow | undefined {
	if (suggestions.length === 0) return undefined;
	return selectRow(
		ids.encode({ type: 'related' }),
		placeholder,
		suggestions.map((q) => ({ label: q.question, value: q.factId })),
	);
}

const VOTE_EMOJI: Record<Vote, string> = { up: '👍', down: '👎' };

/** "Helpful" or, once counted, "Helpful · 3". */
function voteLabel(vote: Vote, count: number, s: Strings): string {
	const label = vote === 'up' ? s.answer.helpful : s.answer.notHelpful;
	return count > 0 ? `${label} · ${count}` : label;
}

function voteButton(
	vote: Vote,
	factIds: string[],
	count: number,
	s: Strings,
	ids: ComponentIds,
): APIButtonComponentWithCustomId {
	return {
		type: ComponentType.Button,
		style: ButtonStyle.Secondary,
		emoji: { name: VOTE_EMOJI[vote] },
		label: voteLabel(vote, count, s),
		custom_id: ids.encode({ type: 'vote', vote, count, factIds }),
	};
}

function shareButton(factIds: string[], s: Strings, ids: ComponentIds): APIButtonComponentWithCustomId {
	return {
		type: ComponentType.Button,
		style: ButtonStyle.Primary,
		emoji: { name: '📢' },
		label: s.answer.share,
		custom_id: ids.encode({ type: 'share', factIds }),
	};
}

function deleteButton(owners: string[], s: Strings, ids: ComponentIds): APIButtonComponentWithCustomId {
	return {
		type: ComponentType.Button,
		style: ButtonStyle.Danger,
		emoji: { name: '🗑️' },
		label: s.answer.delete,
		custom_id: ids.encode({ type: 'delete', owners }),
	};
}

function backRow(topicId: string, s: Strings, ids: ComponentIds): ActionRow {
	return {
		type: ComponentType.ActionRow,
		components: [
			{
				type: ComponentType.Button,
				style: ButtonStyle.Secondary,
				label: s.topics.backToTopic,
				emoji: { name: '⬅️' },
				custom_id: ids.encode({ type: 'back', topicId }),
			},
		],
	};
}

/** The message content of an answer: a repeat note, the one user it is for, one plain sentence. */
function answerContent(view: AnswerView, s: Strings): string | undefined {
	const lines: string[] = [];
	if (view.repeat) {
		const link = view.repeat.url ? `[${s.answer.jump}](${view.repeat.url})` : undefined;
		lines.push(s.answer.repeat(relativeTime(view.repeat.at), link));
	}
	const sentence = view.sentence ? firstSentence(view.answer.answer) : '';
	const ping = view.ping ? `<@${view.ping}>` : '';
	if (ping || sentence) lines.push([ping, sentence].filter(Boolean).join(' '));
	return lines.length > 0 ? lines.join('\n') : undefined;
}

/**
 * An answer: the question as the title (escaped; a link to the message answered, if any), the answer and its
 * quotes as block quotes, the source line and an "as of" footer; the related questions (or, for an abstention,
 * the suggestions) as one select menu; 👍/👎, "Post in channel" or "Delete"; the way back to a topic.
 */
export function renderAnswer(view: AnswerView, o: RenderOptions, ephemeral?: boolean): Data {
	const s = stringsFor(o.lang);
	const { answer } = view;
	const title = view.title?.replace(/\s+/g, ' ').trim();
	const footer = [s.answer.asOf(articleDate(answer.asOf, o.lang))];
	if (answer.answered) footer.push(s.answer.wasItHelpful);
	if (answer.lang !== o.lang) footer.push(s.answer.otherLanguage(s.languages[answer.lang]));
	const embed: APIEmbed = {
		color: answer.answered ? COLORS.answered : COLORS.abstained,
		...(title ? { title: escapeMarkdown(title) } : {}),
		...(title && view.titleUrl ? { url: view.titleUrl } : {}),
		description: answerBody(answer),
		footer: { text: footer.join(' ') },
	};
	const source = sourceField(answer.citations, s, o.lang);
	if (source) embed.fields = [source];

	const rows: ActionRow[] = [];
	const related = relatedRow(answer.suggestions, answer.answered ? s.answer.related : s.answer.suggestions, o.ids);
	if (related) rows.push(related);
	const buttons: APIButtonComponentWithCustomId[] = [];
	if (answer.answered && answer.factIds.length > 0) {
		buttons.push(voteButton('up', answer.factIds, 0, s, o.ids), voteButton('down', answer.factIds, 0, s, o.ids));
		if (view.share) buttons.push(shareButton(answer.factIds, s, o.ids));
	} else if (answer.kind === 'not-in-article' || answer.kind === 'ambiguous') {
		// A declined question on topic: the reader can tell the curators it should have been answered.
		buttons.push({
			type: ComponentType.Button,
			style: ButtonStyle.Secondary,
			label: s.answer.answerable,
			custom_id: o.ids.encode({ type: 'answerable', factIds: answer.suggestions.map((x) => x.factId).slice(0, 3) }),
		});
	}
	if (view.deletableBy && view.deletableBy.length > 0) buttons.push(deleteButton(view.deletableBy, s, o.ids));
	if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
	if (view.backTo) rows.push(backRow(view.backTo, s, o.ids));
	const content = answerContent(view, s);
	return reply({
		...(content ? { content } : {}),
		embeds: [embed],
		components: rows,
		ephemeral,
		mentions: view.ping ? { users: [view.ping] } : {},
	});
}

// ------------------------------------------------------------------------------------------------ changing a message

type MessageRow = APIActionRowComponent<APIComponentInMessageActionRow>;

function rowsOf(message: APIMessage): MessageRow[] {
	return (message.components ?? []).filter((r): r is MessageRow => r.type === ComponentType.ActionRow);
}

function decodeOf(c: APIComponentInMessageActionRow, ids: ComponentIds): Action | undefined {
	return 'custom_id' in c && typeof c.custom_id === 'string' ? ids.decode(c.custom_id) : undefined;
}

/**
 * The vote buttons show the tally (public) or which vote was counted (private: both disabled). A public message
 * keeps the language it was posted in: only the count after its labels changes, whoever votes.
 */
export function renderVoted(
	message: APIMessage,
	vote: Vote,
	tally: Record<Vote, number>,
	isPrivate: boolean,
	o: RenderOptions,
): Data {
	const s = stringsFor(o.lang);
	const components = rowsOf(message).map((row) => ({
		...row,
		components: row.components.map((c): APIComponentInMessageActionRow => {
			const action = decodeOf(c, o.ids);
			if (action?.type !== 'vote' || c.type !== ComponentType.Button) return c;
			if (isPrivate) {
				const chosen = action.vote === vote;
				return {
					...voteButton(action.vote, action.factIds, 0, s, o.ids),
					style: chosen ? (vote === 'up' ? ButtonStyle.Success : ButtonStyle.Danger) : ButtonStyle.Secondary,
					disabled: true,
				} satisfies APIButtonComponentWithCustomId;
			}
			const fresh = voteButton(action.vote, action.factIds, tally[action.vote], s, o.ids);
			const shown = 'label' in c && c.label ? c.label.replace(/ · \d+$/, '') : undefined;
			const count = tally[action.vote];
			return shown ? { ...fresh, label: count > 0 ? `${shown} · ${count}` : shown } : fresh;
		}),
	}));
	return reply({ components });
}

/** The private answer once shared: its "Post in channel" button says it was posted. */
export function renderShared(message: APIMessage, o: RenderOptions): Data {
	const s = stringsFor(o.lang);
	const components = rowsOf(message).map((row) => ({
		...row,
		components: row.components.map(
			(c): APIComponentInMessageActionRow =>
				decodeOf(c, o.ids)?.type === 'share' && c.type === ComponentType.Button
					? {
							...(c as APIButtonComponentWithCustomId),
							label: s.answer.shared,
							emoji: { name: '✅' },
							style: ButtonStyle.Success,
							disabled: true,
						}
					: c,
		),
	}));
	return reply({ components });
}

/**
 * The same answer for the channel: the private message's embed as it is, its related-questions menu, fresh
 * 👍/👎 and a "Delete" button for `owners`. The way back to a topic stays behind.
 */
export function renderPublicCopy(message: APIMessage, owners: string[], o: RenderOptions): Data {
	const s = stringsFor(o.lang);
	const rows: ActionRow[] = [];
	let factIds: string[] = [];
	for (const row of rowsOf(message)) {
		if (row.components.some((c) => decodeOf(c, o.ids)?.type === 'related')) rows.push(row);
		for (const c of row.components) {
			const action = decodeOf(c, o.ids);
			if (action?.type === 'share' || action?.type === 'vote') factIds = action.factIds;
		}
	}
	const buttons: APIButtonComponentWithCustomId[] = [];
	if (factIds.length > 0)
		buttons.push(voteButton('up', factIds, 0, s, o.ids), voteButton('down', factIds, 0, s, o.ids));
	buttons.push(deleteButton(owners, s, o.ids));
	rows.push({ type: ComponentType.ActionRow, components: buttons });
	return reply({ embeds: message.embeds, components: rows });
}

// ------------------------------------------------------------------------------------------------ notices

export function noticeText(notice: Notice, s: Strings): string {
	switch (notice.type) {
		case 'cooldown':
			return s.cooldown(Math.ceil(notice.retryAt / 1000));
		case 'error':
			return s.error(notice.ref);
		case 'unknown-command':
			return s.unknownCommand;
		case 'unknown-component':
			return s.unknownComponent;
		case 'unknown-fact':
			return s.answer.unknownFact;
		case 'no-text':
			return s.answer.noText;
		case 'topic-gone':
			return s.topics.unknown;
		case 'already-voted':
			return s.feedback.alreadyVoted;
		case 'delete-refused':
			return s.delete.refused;
		case 'already-posted':
			return s.answer.alreadyPosted(
				relativeTime(notice.at),
				notice.url ? `[${s.answer.jump}](${notice.url})` : undefined,
			);
		case 'busy':
			return s.busy;
		case 'vote-failed':
			return s.feedback.failed;
		case 'flagged':
			return s.feedback.flagged;
		case 'guild-only':
			return s.settings.guildOnly;
		case 'settings-failed':
			return s.settings.failed;
		case 'too-long':
			return s.answer.tooLong(notice.length, notice.max);
	}
}

/** A short notice (cooldown, error, unknown command...): plain content, no embed, private by default. */
export function renderNotice(text: string, options: { ephemeral?: boolean } = { ephemeral: true }): Data {
	return reply({ content: text, ephemeral: options.ephemeral });
}

// ------------------------------------------------------------------------------------------------ browsing

export function renderTopics(topics: TopicView[], o: RenderOptions, ephemeral?: boolean): Data {
	const s = stringsFor(o.lang);
	const facts = topics.reduce((n, t) => n + t.facts.length, 0);
	if (topics.length === 0) return renderNotice(s.topics.empty, { ephemeral });
	const embed: APIEmbed = {
		color: COLORS.info,
		title: s.topics.title,
		description: [
			s.topics.intro(facts, topics.length),
			'',
			...topics.map((t) => `• **${escapeMarkdown(t.name)}**: ${s.topics.questionCount(t.facts.length)}`),
		].join('\n'),
	};
	const select = selectRow(
		o.ids.encode({ type: 'topic' }),
		s.topics.topicPlaceholder,
		topics.map((t) => ({ label: t.name, value: t.id, description: s.topics.questionCount(t.facts.length) })),
	);
	return reply({ embeds: [embed], components: [select], ephemeral });
}

export function renderTopic(topic: TopicView, o: RenderOptions, ephemeral?: boolean): Data {
	const s = stringsFor(o.lang);
	const embed: APIEmbed = {
		color: COLORS.info,
		title: s.topics.topicTitle(topic.name),
		description: topic.facts.map((f) => `• ${f.question}`).join('\n'),
	};
	const rows: ActionRow[] = [
		selectRow(
			o.ids.encode({ type: 'questions', topicId: topic.id }),
			s.topics.questionPlaceholder,
			topic.facts.map((f) => ({ label: f.question, value: f.factId })),
		),
		{
			type: ComponentType.ActionRow,
			components: [
				{
					type: ComponentType.Button,
					style: ButtonStyle.Secondary,
					label: s.topics.allTopics,
					emoji: { name: '⬅️' },
					custom_id: o.ids.encode({ type: 'topics' }),
				},
			],
		},
	];
	return reply({ embeds: [embed], components: rows, ephemeral });
}

/** The dated events in order, each at its own precision, the article's words beside it. */
export function renderTimeline(events: TimelineEvent[], asOf: string, lang: Lang, ephemeral?: boolean): Data {
	const s = stringsFor(lang);
	const lines = events.map(
		(e) => `• **${writtenDate(e.date, e.precision, lang)}**: ${e.what} (${s.timeline.said(e.said)})`,
	);
	const embed: APIEmbed = {
		color: COLORS.info,
		title: s.timeline.title,
		description: events.length > 0 ? [s.timeline.intro, '', ...lines].join('\n') : s.timeline.empty,
		footer: { text: s.answer.asOf(articleDate(asOf, lang)) },
	};
	return reply({ embeds: [embed], ephemeral });
}

/** What the bot knows and from where. */
export function renderSource(kb: KnowledgeBase, lang: Lang, ephemeral?: boolean): Data {
	const s = stringsFor(lang);
	const articles = kb.sources.map((a) =>
		s.source.article(a.publisher, a.title, articleDate(a.published, lang), a.section),
	);
	const embed: APIEmbed = {
		color: COLORS.info,
		title: s.source.title,
		description: s.source.knows(kb.facts.length, kb.timeline.length),
		fields: [
			{ name: s.source.articleField, value: articles.join('\n') },
			{ name: s.source.citationsField, value: s.source.citations },
			{ name: s.source.limitsField, value: s.source.limits(articleDate(kb.primary.published, lang)) },
		],
		footer: { text: s.answer.asOf(articleDate(kb.primary.published, lang)) },
	};
	return reply({ embeds: [embed], ephemeral });
}

/** How to use the bot, as the running transport allows: mentions and DMs only when it reads messages. */
export function renderHelp(help: HelpView, lang: Lang, ephemeral?: boolean): Data {
	const s = stringsFor(lang);
	const tidy = [s.help.tidy];
	if (help.repeatWindowMs > 0) tidy.push(s.help.noRepeat(s.dates.duration(Math.round(help.repeatWindowMs / 1000))));
	const fields: APIEmbedField[] = [
		{ name: s.help.askField, value: s.help.ask },
		{ name: s.help.othersField, value: s.help.others },
		help.readsMessages
			? { name: s.help.messagesField, value: s.help.messages }
			: { name: s.help.commandsOnlyField, value: s.help.commandsOnly },
		{ name: s.help.browseField, value: s.help.browse },
		{ name: s.help.tidyField, value: tidy.join(' ') },
		{ name: s.help.anywhereField, value: s.help.anywhere },
	];
	const embed: APIEmbed = {
		color: COLORS.info,
		title: s.help.title,
		description: s.help.intro,
		fields,
		footer: { text: s.help.limits(help.cooldown.limit, Math.round(help.cooldown.windowMs / 1000)) },
	};
	return reply({ embeds: [embed], ephemeral });
}

// ------------------------------------------------------------------------------------------------ any reply

/** The message a reply shows (for a 'voted', 'shared' or 'deleted' reply: the change to the clicked message). */
export function renderData(r: Reply, o: RenderOptions): Data | undefined {
	const s = stringsFor(o.lang);
	const ephemeral = 'visibility' in r ? (r.visibility === 'private' ? true : undefined) : undefined;
	switch (r.type) {
		case 'pong':
		case 'choices':
		case 'deleted':
		case 'reason-form':
			return undefined;
		case 'notice':
			return renderNotice(noticeText(r.notice, s));
		case 'answer':
			return renderAnswer(r.view, o, ephemeral);
		case 'topics':
			return renderTopics(r.topics, o, ephemeral);
		case 'topic':
			return renderTopic(r.topic, o, ephemeral);
		case 'timeline':
			return renderTimeline(r.events, r.asOf, o.lang, ephemeral);
		case 'source':
			return renderSource(r.kb, o.lang, ephemeral);
		case 'help':
			return renderHelp(r.help, o.lang, ephemeral);
		case 'voted':
			return renderVoted(r.message, r.vote, r.tally, r.private, o);
		case 'shared':
			return renderShared(r.message, o);
		case 'settings':
			return renderSettings(r, o);
	}
}

/** A server's settings: always private (only whoever may change them asked). */
export function renderSettings(r: Extract<Reply, { type: 'settings' }>, o: RenderOptions): Data {
	const s = stringsFor(o.lang);
	const { settings } = r;
	const channels = settings.autoAnswerChannels.map((id) => `<#${id}>`).join(', ');
	const embed: APIEmbed = {
		color: COLORS.answered,
		title: s.settings.title,
		fields: [
			{
				name: s.settings.visibility,
				value: settings.visibility === 'public' ? s.settings.publicByDefault : s.settings.privateByDefault,
			},
			{ name: s.settings.autoAnswer, value: channels || s.settings.none },
			{ name: s.settings.curator, value: settings.curatorChannel ? `<#${settings.curatorChannel}>` : s.settings.none },
		],
	};
	const notes = [r.saved ? s.settings.saved : undefined, r.needsContent ? s.settings.needsContent : undefined];
	const content = notes.filter(Boolean).join(' ');
	return reply({ ...(content ? { content } : {}), embeds: [embed], ephemeral: true });
}

/** The interaction response for a reply. */
export function renderResponse(r: Reply, o: RenderOptions): APIInteractionResponse {
	switch (r.type) {
		case 'pong':
			return { type: InteractionResponseType.Pong };
		case 'choices':
			return {
				type: InteractionResponseType.ApplicationCommandAutocompleteResult,
				data: { choices: choices(r.choices) },
			};
		case 'deleted':
			return { type: InteractionResponseType.DeferredMessageUpdate };
		case 'reason-form': {
			const s = stringsFor(o.lang);
			return {
				type: InteractionResponseType.Modal,
				data: {
					custom_id: o.ids.encode(r.action),
					title: truncate(s.feedback.reasonTitle, 45),
					components: [
						{
							type: ComponentType.ActionRow,
							components: [
								{
									type: ComponentType.TextInput,
									custom_id: 'reason',
									style: TextInputStyle.Paragraph,
									label: truncate(s.feedback.reasonLabel, 45),
									placeholder: truncate(s.feedback.reasonPlaceholder, 100),
									required: false,
									max_length: 500,
								},
							],
						},
					],
				},
			};
		}
		default: {
			const data = renderData(r, o) as Data;
			const update = r.type === 'voted' || r.type === 'shared' || ('visibility' in r && r.visibility === 'update');
			return update
				? { type: InteractionResponseType.UpdateMessage, data }
				: { type: InteractionResponseType.ChannelMessageWithSource, data };
		}
	}
}

// ------------------------------------------------------------------------------------------------ curator channel

/** A 👎 reason for the server's curator channel: the question, the reason, a link, the facts. Pings no one. */
export function renderCuratorNote(note: CuratorNote, lang: Lang): Data {
	const s = stringsFor(lang);
	const lines = [s.curator.reason(escapeMarkdown(note.question ?? '-'), escapeMarkdown(note.reason))];
	if (note.url) lines.push(note.url);
	if (note.factIds.length > 0) lines.push(`-# ${s.curator.facts(note.factIds.join(', '))}`);
	return reply({ content: lines.join('\n') });
}

/** The daily digest of declined questions for a curator channel: the five largest groups, with what to do. */
export function renderDigest(
	groups: { count: number; examples: string[]; suggestion: { text: string } }[],
	lang: Lang,
): Data {
	const s = stringsFor(lang);
	const total = groups.reduce((n, g) => n + g.count, 0);
	const lines = [`**${s.curator.digestTitle(total)}**`];
	for (const g of groups.slice(0, 5)) {
		lines.push(`- ${g.count}× “${escapeMarkdown(g.examples[0] ?? '')}”: ${g.suggestion.text}`);
	}
	const rest = groups.slice(5).reduce((n, g) => n + g.count, 0);
	if (rest > 0) lines.push(s.curator.digestMore(rest));
	return reply({ content: lines.join('\n') });
}
