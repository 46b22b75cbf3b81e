/**
 * /ask question:<text> [public:<bool>] [for:@user]: answers with the quote; autocomplete suggests answerable
 * questions. It also handles the components under every answer: the related-questions menu, 👍/👎, "Post in
 * channel" and "Delete".
 */
import {
	type APIApplicationCommandInteractionDataOption,
	type APIModalSubmitInteraction,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	ComponentType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Suggestion } from '../src/engine/types.js';
import type { Vote } from '../src/interactions/actions.js';
import { answerRequest, notice } from '../src/interactions/answer.js';
import { type Command, EVERYWHERE } from '../src/interactions/command.js';
import type { FeedbackEntry } from '../src/interactions/feedback.js';
import { cleanMentions } from '../src/interactions/names.js';
import { messageUrl, postKey } from '../src/interactions/posts.js';
import type { ComponentIds } from '../src/interactions/registry.js';
import type { Handled } from '../src/interactions/replies.js';
import {
	booleanOption,
	canManageMessages,
	focusedOption,
	interactionUser,
	isEphemeralMessage,
	isSharedChannel,
	placeOf,
	resolvedUserNames,
	stringOption,
	unescapeMarkdown,
	userOption,
	visibilityFor,
} from '../src/interactions/util.js';
import { descriptions, names } from './define.js';

/** Autocomplete values longer than a choice allows are sent as `fact:<id>` and answered by id. */
const FACT_VALUE = /^fact:([a-z0-9-]+)$/;
const CHOICE_MAX = 100;

const data = {
	type: ApplicationCommandType.ChatInput,
	...names((s) => s.commands.ask.name),
	...descriptions((s) => s.commands.ask.description),
	options: [
		{
			type: ApplicationCommandOptionType.String,
			...names((s) => s.commands.ask.question.name),
			...descriptions((s) => s.commands.ask.question.description),
			required: true,
			autocomplete: true,
			max_length: 500,
		},
		{
			type: ApplicationCommandOptionType.Boolean,
			...names((s) => s.commands.ask.public.name),
			...descriptions((s) => s.commands.ask.public.description),
			required: false,
		},
		{
			type: ApplicationCommandOptionType.User,
			...names((s) => s.commands.ask.for.name),
			...descriptions((s) => s.commands.ask.for.description),
			required: false,
		},
	],
	...EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The autocomplete order: what the user typed, as typed, first (so it can be sent as it is); then the questions
 * that start with it; then the engine's other suggestions, in its order. A question identical to the typed text
 * takes the typed text's place. Long questions travel as `fact:<id>`.
 */
export function orderChoices(typed: string, suggestions: readonly Suggestion[]): { name: string; value: string }[] {
	const text = typed.replace(/\s+/g, ' ').trim();
	const key = fold(text);
	const choice = (s: Suggestion) => ({
		name: s.question,
		value: s.question.length <= CHOICE_MAX ? s.question : `fact:${s.factId}`,
	});
	if (!key) return suggestions.map(choice);
	const same = suggestions.filter((s) => fold(s.question) === key);
	const prefix = suggestions.filter((s) => fold(s.question) !== key && fold(s.question).startsWith(key));
	const rest = suggestions.filter((s) => !fold(s.question).startsWith(key));
	const typedChoice = same.length === 0 && text.length <= CHOICE_MAX ? [{ name: text, value: text }] : [];
	return [...typedChoice, ...[...same, ...prefix, ...rest].map(choice)];
}

/** The 👍/👎 counts shown on a message's vote buttons. */
function tallyOf(
	components: readonly { components?: readonly { custom_id?: string }[] }[] | undefined,
	decode: ComponentIds['decode'],
): Record<Vote, number> {
	const tally: Record<Vote, number> = { up: 0, down: 0 };
	for (const row of components ?? []) {
		for (const c of row.components ?? []) {
			const action = c.custom_id ? decode(c.custom_id) : undefined;
			if (action?.type === 'vote') tally[action.vote] = action.count;
		}
	}
	return tally;
}

export default {
	data,
	// The answer is charged by answerRequest.
	cost: 0,
	async execute(interaction, ctx) {
		if (interaction.data.type !== ApplicationCommandType.ChatInput)
			throw new Error('/ask got a non-chat-input interaction');
		const options = interaction.data.options as APIApplicationCommandInteractionDataOption[] | undefined;
		const question = stringOption(options, 'question') ?? '';
		const target = userOption(interaction, 'for');
		const userId = interactionUser(interaction)?.id ?? 'unknown';
		// Without public:, the server's default (/settings visibility), private when it set none.
		let makePublic = booleanOption(options, 'public');
		if (makePublic === undefined && interaction.guild_id && ctx.settings)
			makePublic = (await ctx.settings.of(interaction.guild_id)).visibility === 'public';
		const visibility = target ? 'public' : visibilityFor(interaction, makePublic ?? false);
		const factId = FACT_VALUE.exec(question.trim())?.[1];
		const byId = factId !== undefined && ctx.engine.kb.facts.some((f) => f.id === factId);
		const users = resolvedUserNames(interaction);
		return answerRequest(ctx, {
			userId,
			lang: ctx.lang,
			subject: byId ? { factId } : { question },
			...(byId ? {} : { title: cleanMentions(question, { users }) }),
			visibility,
			place: placeOf(interaction),
			...(target && !target.bot ? { ping: target.id, sentence: true } : {}),
			owners: target ? [userId, target.id] : [userId],
		});
	},
	autocomplete(interaction, ctx) {
		const typed = focusedOption(interaction.data.options)?.value ?? '';
		const suggestions = ctx.engine.suggest(typed.slice(0, 500), 25, { lang: ctx.lang });
		return { reply: { type: 'choices', choices: orderChoices(typed, suggestions) } };
	},
	components: {
		related(interaction, ctx) {
			const factId =
				interaction.data.component_type === ComponentType.StringSelect ? interaction.data.values[0] : undefined;
			if (!factId) return notice({ type: 'unknown-component' }, 'unknown');
			// On a private answer, picking a related question replaces it; on a public one, the picker gets an answer
			// of their own instead of changing the message for everyone.
			const onPrivate = isEphemeralMessage(interaction.message.flags);
			return answerRequest(ctx, {
				userId: interactionUser(interaction)?.id ?? 'unknown',
				lang: ctx.lang,
				subject: { factId },
				visibility: onPrivate ? 'private' : visibilityFor(interaction),
				update: onPrivate,
				place: placeOf(interaction),
			});
		},
		async vote(interaction, ctx, action): Promise<Handled> {
			const userId = interactionUser(interaction)?.id ?? 'unknown';
			const message = interaction.message;
			const isPrivate = isEphemeralMessage(message.flags);
			const title = message.embeds[0]?.title;
			const at = (ctx.now ?? Date.now)();
			let previous: string | undefined;
			if (ctx.storage) {
				// One vote per user per message, in the database: a new vote replaces the old one.
				try {
					({ previous } = await ctx.storage.recordVote({
						messageId: message.id,
						userId,
						vote: action.vote,
						factIds: action.factIds,
						...(title ? { question: unescapeMarkdown(title) } : {}),
						...(interaction.guild_id ? { guildId: interaction.guild_id } : {}),
						lang: ctx.lang,
						at,
					}));
				} catch (error) {
					const { message: reason } = error as Error;
					ctx.logger.error({ messageId: message.id, error: reason }, 'could not save a vote');
					return notice({ type: 'vote-failed' }, 'error');
				}
				if (previous === action.vote) return notice({ type: 'already-voted' }, 'refused');
				if (action.vote === 'down') {
					// 👎 asks why, optionally; the message shows the vote once the form is sent.
					const prior = previous === 'up' || previous === 'down' ? previous : 'none';
					ctx.logger.info({ vote: action.vote, factIds: action.factIds, userId, replaced: previous }, 'feedback');
					return {
						reply: { type: 'reason-form', action: { type: 'reason', previous: prior, factIds: action.factIds } },
						outcome: 'voted',
					};
				}
			} else if (!isPrivate && !ctx.votes.first(message.id, userId)) {
				return notice({ type: 'already-voted' }, 'refused');
			}
			const tally = tallyOf(message.components as never, (id) => ctx.registry.ids.decode(id));
			tally[action.vote] = action.count + 1;
			if (previous === 'up' || previous === 'down') tally[previous] = Math.max(0, tally[previous] - 1);
			const entry: FeedbackEntry = {
				at: new Date(at).toISOString(),
				vote: action.vote,
				userId,
				factIds: action.factIds,
				lang: ctx.lang,
			};
			if (title) entry.question = unescapeMarkdown(title);
			if (interaction.guild_id) entry.guildId = interaction.guild_id;
			entry.messageId = message.id;
			ctx.feedback.record(entry);
			ctx.logger.info({ vote: action.vote, factIds: action.factIds, userId, replaced: previous }, 'feedback');
			return { reply: { type: 'voted', message, vote: action.vote, tally, private: isPrivate }, outcome: 'voted' };
		},

		async reason(interaction, ctx, action): Promise<Handled> {
			// A modal submit, routed here like a component: the 👎 reason form.
			const submit = interaction as unknown as APIModalSubmitInteraction;
			const userId = interactionUser(submit)?.id ?? 'unknown';
			const message = submit.message;
			if (!message) return notice({ type: 'unknown-component' }, 'unknown');
			const field = submit.data.components?.[0] as { components?: { value?: string }[] } | undefined;
			const text = (field?.components?.[0]?.value ?? '').trim().slice(0, 500);
			if (text && ctx.storage) {
				try {
					await ctx.storage.setVoteReason(message.id, userId, text);
				} catch (error) {
					ctx.logger.error({ messageId: message.id, error: (error as Error).message }, 'could not save a reason');
					return notice({ type: 'vote-failed' }, 'error');
				}
			}
			const tally = tallyOf(message.components as never, (id) => ctx.registry.ids.decode(id));
			tally.down += 1;
			if (action.previous === 'up') tally.up = Math.max(0, tally.up - 1);
			const isPrivate = isEphemeralMessage(message.flags);
			const title = message.embeds[0]?.title;
			const guildId = submit.guild_id;
			return {
				reply: { type: 'voted', message, vote: 'down', tally, private: isPrivate },
				outcome: 'voted',
				...(text && guildId
					? {
							curatorNote: {
								guildId,
								reason: text,
								factIds: action.factIds,
								...(title ? { question: unescapeMarkdown(title) } : {}),
								...(isPrivate ? {} : { url: messageUrl(guildId, message.channel_id, message.id) }),
							},
						}
					: {}),
			};
		},
		async answerable(interaction, ctx, action): Promise<Handled> {
			const userId = interactionUser(interaction)?.id ?? 'unknown';
			const message = interaction.message;
			const title = message.embeds[0]?.title;
			try {
				await ctx.storage?.recordVote({
					messageId: message.id,
					userId,
					vote: 'answerable',
					factIds: action.factIds,
					...(title ? { question: unescapeMarkdown(title) } : {}),
					...(interaction.guild_id ? { guildId: interaction.guild_id } : {}),
					lang: ctx.lang,
					at: (ctx.now ?? Date.now)(),
				});
			} catch (error) {
				ctx.logger.error({ messageId: message.id, error: (error as Error).message }, 'could not save a flag');
				return notice({ type: 'vote-failed' }, 'error');
			}
			ctx.logger.info({ closest: action.factIds, userId }, 'declined answer flagged as answerable');
			return notice({ type: 'flagged' }, 'flagged');
		},
		async share(interaction, ctx, action) {
			const userId = interactionUser(interaction)?.id ?? 'unknown';
			const place = placeOf(interaction);
			if (!isSharedChannel(place)) return notice({ type: 'unknown-component' }, 'unknown');
			const claim = {
				channelId: place.channelId,
				...(place.guildId ? { guildId: place.guildId } : {}),
				key: postKey(action.factIds),
				at: (ctx.now ?? Date.now)(),
			};
			const earlier = await ctx.posts.claim(claim);
			if (earlier) {
				const url = earlier.messageId ? messageUrl(earlier.guildId, earlier.channelId, earlier.messageId) : undefined;
				return notice({ type: 'already-posted', at: earlier.at, ...(url ? { url } : {}) }, 'repeat');
			}
			return {
				reply: { type: 'shared', message: interaction.message, owners: [userId] },
				outcome: 'shared',
				posted: (messageId) => (messageId ? ctx.posts.posted(claim, messageId) : ctx.posts.release(claim)),
			};
		},
		async delete(interaction, ctx, action) {
			const userId = interactionUser(interaction)?.id ?? 'unknown';
			if (!action.owners.includes(userId) && !canManageMessages(interaction))
				return notice({ type: 'delete-refused' }, 'refused');
			const { channel_id: channelId, id: messageId } = interaction.message;
			await ctx.posts.forget(channelId, messageId);
			return { reply: { type: 'deleted', channelId, messageId }, outcome: 'deleted' };
		},
	},
} satisfies Command;
