/**
 * The gateway bot: discord.js 14 over the WebSocket gateway, a transport. Interactions are taken raw
 * (INTERACTION_CREATE) and answered by POSTing exactly what respond() renders to the interaction callback, the same
 * body the HTTP endpoint returns; follow-up work (learning a public post's id, posting a shared answer, deleting an
 * answer) then goes through the interaction's webhook. DMs and mentions arrive as messageCreate: planned by
 * src/interactions/messages.ts, rendered by src/render, sent here (a greeting or thanks gets a reaction).
 *
 * Failures Discord reports (expired interactions, missing permissions, closed DMs) are logged and the bot carries on.
 */
import {
	type APIInteraction,
	Client,
	DiscordAPIError,
	Events,
	GatewayDispatchEvents,
	GatewayIntentBits,
	type Message,
	Partials,
	PermissionFlagsBits,
	RESTEvents,
	type RESTPostAPIChannelMessageJSONBody,
	Routes,
	Status,
} from 'discord.js';
import { registry as defaultRegistry } from '../../commands/index.js';
import type { Config } from '../config.js';
import { groupMisses } from '../curator.js';
import type { Engine, Lang } from '../engine/types.js';
import { langFromLocale } from '../i18n/lang.js';
import { type Answerer, createAnswerer } from '../interactions/answerer.js';
import { createInteractionContext, type InteractionContext, type InteractionEvent } from '../interactions/context.js';
import type { Cooldown } from '../interactions/cooldown.js';
import type { FeedbackSink } from '../interactions/feedback.js';
import { errorRef, malformed } from '../interactions/handle.js';
import { type IncomingMessage, type MessagePlan, planMessageReply } from '../interactions/messages.js';
import type { MentionNames } from '../interactions/names.js';
import type { PostLog } from '../interactions/posts.js';
import type { Registry } from '../interactions/registry.js';
import type { CuratorNote } from '../interactions/replies.js';
import type { Logger } from '../logger.js';
import { createMetrics, type InteractionMetrics } from '../metrics.js';
import { renderMessage } from '../render/message.js';
import { renderCuratorNote, renderDigest } from '../render/render.js';
import { toMessageBody, withoutEmbeds } from '../render/reply.js';
import { type FollowUpRest, respondInTime, runAfter } from '../render/respond.js';
import type { Storage } from '../storage/types.js';

/** Discord error codes the bot expects now and then and handles by logging. */
export const DiscordErrorCodes = {
	UnknownChannel: 10003,
	UnknownMessage: 10008,
	UnknownInteraction: 10062,
	MissingAccess: 50001,
	CannotMessageUser: 50007,
	MissingPermissions: 50013,
	AlreadyAcknowledged: 40060,
} as const;

/** The intents the bot needs, and no more: mentions and DMs carry their content without MessageContent. */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

export interface GatewayOptions {
	config: Config;
	engine: Engine;
	logger: Logger;
	/** Default: JSON Lines appended to config.feedbackFile. */
	feedback?: FeedbackSink;
	/** Default: a per-user cooldown from config.cooldown. */
	cooldown?: Cooldown;
	/** Default: the no-repeat window in memory, config.repeatWindowMs long. */
	posts?: PostLog;
	/** Default: the registry of commands/index.ts. */
	registry?: Registry;
	observe?: (event: InteractionEvent) => void;
	/** Default: a fresh registry (main.ts passes the process's own, served on HEALTH_PORT). */
	metrics?: InteractionMetrics;
	/** Default: the engine behind an answer cache of config.answerCacheSize, in this thread. */
	answerer?: Answerer;
	/** Where declined questions, votes and fact usage are recorded. Default: nowhere. */
	storage?: Storage;
	/** How long stop() waits for replies in flight before closing the connection. Default 5 s. */
	shutdownTimeoutMs?: number;
	/** When a pending interaction answer is deferred (see respondInTime). Default 2 s after the event arrived. */
	deferAfterMs?: number;
	/** The daily digest is checked this often (default one hour), the first time after `firstDigestAfterMs` (1 min). */
	digestEveryMs?: number;
	firstDigestAfterMs?: number;
}

export interface GatewayBot {
	readonly client: Client<true>;
	/** True while every shard of this client holds a ready gateway connection. */
	ready(): boolean;
	/** Stops taking new events, lets replies in flight finish, then closes the gateway connection. Idempotent. */
	stop(): Promise<void>;
}

/** What is safe to log about a REST failure: never the URL (an interaction callback URL holds its token). */
function describeError(error: unknown): Record<string, unknown> {
	if (error instanceof DiscordAPIError)
		return { code: error.code, status: error.status, method: error.method, message: error.message };
	if (error instanceof Error) return { name: error.name, message: error.message };
	return { message: String(error) };
}

/** A REST route without the interaction or webhook token it may hold. */
export function safeRoute(route: string): string {
	return route.replace(/\/(interactions|webhooks)\/([^/]+)\/[^/]+/g, '/$1/$2/:token');
}

function apiCode(error: unknown): number | string | undefined {
	return error instanceof DiscordAPIError ? error.code : undefined;
}

export function createClient(config: Config): Client {
	return new Client({
		// Message Content is privileged: requested only when the operator turned it on for auto-answer channels.
		intents: config.messageContent ? [...INTENTS, GatewayIntentBits.MessageContent] : INTENTS,
		// DM channels are not cached before their first message: without this partial, DMs would never arrive.
		partials: [Partials.Channel],
		allowedMentions: { parse: [] },
		rest: config.apiUrl ? { api: config.apiUrl } : {},
	});
}

export async function startGateway(options: GatewayOptions): Promise<GatewayBot> {
	const { config, engine, logger } = options;
	if (!config.token) throw new Error('DISCORD_TOKEN is required to start the gateway bot');
	const client = createClient(config);
	const metrics = options.metrics ?? createMetrics({ defaultMetrics: false });
	const answerer =
		options.answerer ??
		createAnswerer(engine, { cacheSize: config.answerCacheSize, onCache: (hit) => metrics.cache(hit) });
	const ctx: InteractionContext = createInteractionContext({
		engine,
		config,
		logger,
		registry: options.registry ?? defaultRegistry,
		readsMessages: true,
		readsContent: config.messageContent,
		answerer,
		...(options.storage ? { storage: options.storage } : {}),
		onOverload: (action) => metrics.overload(action),
		observe: (event) => {
			metrics.observe(event);
			options.observe?.(event);
		},
		...(options.cooldown ? { cooldown: options.cooldown } : {}),
		...(options.feedback ? { feedback: options.feedback } : {}),
		...(options.posts ? { posts: options.posts } : {}),
	});
	const ids = ctx.registry.ids;
	const webhooks: FollowUpRest = {
		async getOriginal(app, token) {
			return (await client.rest.get(Routes.webhookMessage(app, token, '@original'), { auth: false })) as { id: string };
		},
		async editOriginal(app, token, body) {
			await client.rest.patch(Routes.webhookMessage(app, token, '@original'), { body, auth: false });
		},
		async followUp(app, token, body) {
			return (await client.rest.post(Routes.webhook(app, token), { body, auth: false })) as { id: string };
		},
		async deleteOriginal(app, token) {
			await client.rest.delete(Routes.webhookMessage(app, token, '@original'), { auth: false });
		},
		async deleteMessage(channelId, messageId) {
			await client.rest.delete(Routes.channelMessage(channelId, messageId));
		},
	};

	const inFlight = new Set<Promise<void>>();
	let stopping = false;
	const track = (work: Promise<void>) => {
		inFlight.add(work);
		void work
			.catch((error: unknown) => logger.error({ err: error }, 'event handling failed'))
			.finally(() => inFlight.delete(work));
	};

	/** One bad event costs that event only: logged, counted, dropped. */
	const drop = (event: string, reason: string, fields: Record<string, unknown> = {}) => {
		metrics.droppedEvent(event, reason);
		logger.warn({ event, reason, ...fields }, 'dropped a malformed gateway event');
	};

	async function answerInteraction(interaction: APIInteraction, receivedAt: number): Promise<void> {
		const { body, after, handled } = await respondInTime(interaction, ctx, {
			receivedAt,
			deferAfterMs: options.deferAfterMs,
		});
		try {
			await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body, auth: false });
		} catch (error) {
			const code = apiCode(error);
			const fields = { interactionId: interaction.id, ...describeError(error) };
			if (code === DiscordErrorCodes.UnknownInteraction) logger.warn(fields, 'interaction expired before the reply');
			else if (code === DiscordErrorCodes.AlreadyAcknowledged) logger.warn(fields, 'interaction already acknowledged');
			else logger.error(fields, 'could not reply to the interaction');
			// Nothing was posted: the channel may get this answer again.
			await handled.posted?.(undefined);
			return;
		}
		await runAfter(after, interaction, webhooks, logger);
		if (handled.curatorNote) await postCuratorNote(handled.curatorNote, handled.lang);
	}

	/** Posts a 👎 reason to the server's curator channel, when it set one; a failure is logged, never the user's. */
	async function postCuratorNote(note: CuratorNote, lang: Lang): Promise<void> {
		const channel = (await ctx.settings?.of(note.guildId))?.curatorChannel;
		if (!channel) return;
		try {
			await send(channel, toMessageBody(renderCuratorNote(note, lang)));
		} catch (error) {
			logger.warn(
				{ guildId: note.guildId, channelId: channel, ...describeError(error) },
				'could not post to the curator channel',
			);
		}
	}

	/**
	 * The daily digest of declined questions, in each server's curator channel: checked every hour, posted once a
	 * day (the day is claimed in the database, so several instances or shards post it once), for the servers this
	 * client is in, about the last 24 hours of that server.
	 */
	async function postDigests(): Promise<void> {
		const storage = options.storage;
		if (!storage || stopping) return;
		const now = Date.now();
		const day = new Date(now).toISOString().slice(0, 10);
		try {
			for (const { guildId, channelId } of await storage.curatorChannels()) {
				const guild = client.guilds.cache.get(guildId);
				if (!guild || !(await storage.claimDigest(guildId, day, now))) continue;
				const misses = (await storage.misses(now - 86_400_000)).filter((m) => m.guildId === guildId);
				if (misses.length === 0) continue;
				const lang = langFromLocale(guild.preferredLocale);
				await send(channelId, toMessageBody(renderDigest(groupMisses(misses, engine.kb), lang)));
				logger.info({ guildId, misses: misses.length }, 'daily digest posted');
			}
		} catch (error) {
			logger.warn({ ...describeError(error) }, 'could not post the daily digests; will try again in an hour');
		}
	}

	async function send(channelId: string, body: RESTPostAPIChannelMessageJSONBody): Promise<{ id: string }> {
		return (await client.rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
	}

	/** Whether the bot may reply in the message's channel, and how (null: unknown, try anyway). */
	function channelAbilities(
		message: Message,
	): { send: boolean; embed: boolean; reference: boolean; react: boolean } | null {
		if (!message.inGuild() || !client.user) return null;
		const permissions = message.channel.permissionsFor(client.user);
		if (!permissions) return null;
		const sendFlag = message.channel.isThread()
			? PermissionFlagsBits.SendMessagesInThreads
			: PermissionFlagsBits.SendMessages;
		return {
			send: permissions.has([PermissionFlagsBits.ViewChannel, sendFlag]),
			embed: permissions.has(PermissionFlagsBits.EmbedLinks),
			reference: permissions.has(PermissionFlagsBits.ReadMessageHistory),
			react: permissions.has([PermissionFlagsBits.AddReactions, PermissionFlagsBits.ReadMessageHistory]),
		};
	}

	/** The names of the users, roles and channels a message mentions (server nicknames first). */
	function mentionNames(message: Message): MentionNames {
		const users: Record<string, string> = {};
		for (const [id, user] of message.mentions.users) {
			users[id] = message.mentions.members?.get(id)?.displayName ?? user.displayName;
		}
		const roles = Object.fromEntries(message.mentions.roles.map((role, id) => [id, role.name]));
		const channels: Record<string, string> = {};
		for (const [id, channel] of message.mentions.channels)
			if ('name' in channel && channel.name) channels[id] = channel.name;
		return { users, roles, channels };
	}

	/** Sends a reply meant for the author only: by DM, or in the channel when their DMs are closed. */
	async function sendPrivately(message: Message, body: RESTPostAPIChannelMessageJSONBody): Promise<boolean> {
		if (!message.inGuild()) return false;
		const { message_reference: _reference, ...dmBody } = body;
		try {
			const dm = (await client.rest.post(Routes.userChannels(), { body: { recipient_id: message.author.id } })) as {
				id: string;
			};
			await send(dm.id, dmBody);
			return true;
		} catch (error) {
			logger.info(
				{ userId: message.author.id, ...describeError(error) },
				'could not DM the user; replying in the channel',
			);
			return false;
		}
	}

	async function answerMessage(message: Message): Promise<void> {
		if (!client.user) return;
		if (!message.author || typeof message.content !== 'string' || !message.channelId) {
			drop('MESSAGE_CREATE', 'no author, content or channel', { messageId: message.id });
			return;
		}
		const started = performance.now();
		const botRoleId = message.guild?.members.me?.roles.botRole?.id;
		const incoming: IncomingMessage = {
			id: message.id,
			channelId: message.channelId,
			guildId: message.guildId,
			authorId: message.author.id,
			authorIsBot: message.author.bot,
			content: message.content,
			mentionsBot: message.mentions.users.has(client.user.id) || (!!botRoleId && message.mentions.roles.has(botRoleId)),
			botRoleId,
			names: mentionNames(message),
		};
		let outcome = 'error';
		let plan: MessagePlan;
		try {
			plan = await planMessageReply(incoming, {
				engine,
				answerer,
				...(options.storage ? { storage: options.storage } : {}),
				...(ctx.settings ? { settings: ctx.settings } : {}),
				cooldown: ctx.cooldown,
				posts: ctx.posts,
				botUserId: client.user.id,
				help: { readsMessages: true, cooldown: config.cooldown, repeatWindowMs: config.repeatWindowMs },
			});
			if (plan.action === 'ignore') return;
		} catch (error) {
			const ref = errorRef();
			logger.error({ err: error, ref, messageId: message.id }, 'message handling failed');
			plan = {
				action: 'reply',
				handled: { reply: { type: 'notice', notice: { type: 'error', ref } }, outcome: 'error', lang: 'en' },
			};
		}
		const abilities = channelAbilities(message);
		const posted = plan.action === 'reply' ? plan.handled.posted : undefined;
		let postedId: string | undefined;
		try {
			if (plan.action === 'react') {
				outcome = plan.outcome;
				if (abilities && !abilities.react) {
					logger.info({ channelId: message.channelId }, 'missing permission to react; staying quiet');
					return;
				}
				await client.rest.put(
					Routes.channelMessageOwnReaction(message.channelId, message.id, encodeURIComponent(plan.emoji)),
				);
				return;
			}
			const { handled } = plan;
			outcome = handled.outcome ?? 'ok';
			const render = { lang: handled.lang, ids };
			if (plan.private && message.inGuild()) {
				if (await sendPrivately(message, renderMessage(handled.reply, render))) return;
			}
			const reply = plan.private && plan.fallback ? plan.fallback : handled.reply;
			if (abilities && !abilities.send) {
				logger.warn(
					{ channelId: message.channelId, guildId: message.guildId },
					'missing permission to reply in the channel',
				);
				outcome = 'no-permission';
				return;
			}
			let out = renderMessage(reply, render, message.id);
			if (abilities && !abilities.embed) out = withoutEmbeds(out);
			if (abilities && !abilities.reference) {
				const { message_reference: _reference, allowed_mentions: mentions, ...rest } = out;
				out = { ...rest, allowed_mentions: { ...mentions, replied_user: false } };
			}
			postedId = (await send(message.channelId, out)).id;
		} catch (error) {
			const code = apiCode(error);
			const fields = { channelId: message.channelId, guildId: message.guildId, ...describeError(error) };
			outcome = 'send-failed';
			if (
				code === DiscordErrorCodes.MissingPermissions ||
				code === DiscordErrorCodes.MissingAccess ||
				code === DiscordErrorCodes.CannotMessageUser ||
				code === DiscordErrorCodes.UnknownChannel
			) {
				logger.warn(fields, 'could not reply to the message');
			} else logger.error(fields, 'could not reply to the message');
		} finally {
			await posted?.(postedId);
			const surface = message.inGuild() ? 'mention' : 'dm';
			const latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
			metrics.message({ surface, outcome, latencyMs });
			const verdict = plan.action === 'reply' ? plan.handled.verdict : undefined;
			logger.info(
				{
					surface,
					outcome,
					lang: plan.action === 'reply' ? plan.handled.lang : undefined,
					latencyMs,
					messageId: message.id,
					userId: message.author.id,
					guildId: message.guildId ?? undefined,
					locale: message.guild?.preferredLocale,
					...(verdict ? { answerKind: verdict.kind, confidence: verdict.confidence } : {}),
				},
				'message',
			);
		}
	}

	// Interactions are answered from the raw event; discord.js's own Interaction objects are never built (a payload
	// without `data` would throw inside them).
	(
		client as unknown as { actions: { InteractionCreate: { handle: (data: unknown) => unknown } } }
	).actions.InteractionCreate.handle = () => ({});
	// Any other packet discord.js cannot digest is dropped and logged instead of taking the process down.
	const ws = client.ws as unknown as { handlePacket: (packet?: { t?: string }, shard?: unknown) => boolean };
	const handlePacket = ws.handlePacket.bind(client.ws);
	ws.handlePacket = (packet, shard) => {
		try {
			return handlePacket(packet, shard);
		} catch (error) {
			drop(packet?.t ?? 'unknown', 'discord.js could not handle it', { err: error });
			return true;
		}
	};
	client.ws.on(GatewayDispatchEvents.InteractionCreate, (raw: APIInteraction) => {
		if (stopping) return;
		const receivedAt = performance.now();
		if (!raw || typeof raw !== 'object' || malformed(raw) === 'no id or token') {
			// Without an id and token there is nothing to answer.
			drop('INTERACTION_CREATE', 'no id or token');
			return;
		}
		track(answerInteraction(raw, receivedAt));
	});
	client.on(Events.MessageCreate, (message) => {
		if (!stopping) track(answerMessage(message));
	});
	client.on(Events.Error, (error) => logger.error({ ...describeError(error) }, 'discord.js error'));
	client.on(Events.Warn, (message) => logger.warn({ message }, 'discord.js warning'));
	client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'gateway disconnected'));
	client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
	client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));
	client.on(Events.ShardError, (error, shard) => logger.error({ shard, ...describeError(error) }, 'gateway error'));
	// Waits discord.js makes before sending (a bucket known to be exhausted)...
	client.rest.on(RESTEvents.RateLimited, (info) =>
		logger.warn(
			{
				route: safeRoute(info.route),
				method: info.method,
				retryAfterMs: info.retryAfter,
				global: info.global,
				scope: info.scope,
			},
			'rate limited by Discord; waiting',
		),
	);
	// ...and 429s Discord answers (retried by discord.js after retry_after; interaction callbacks only get these).
	client.rest.on(RESTEvents.Response, (request, response) => {
		if (response.status !== 429) return;
		logger.warn(
			{
				route: safeRoute(request.route),
				method: request.method,
				retryAfterSeconds: Number(response.headers.get('retry-after')),
				scope: response.headers.get('x-ratelimit-scope') ?? undefined,
				global: response.headers.has('x-ratelimit-global'),
			},
			'rate limited by Discord (429); retrying',
		);
	});

	// The engine builds its indexes on first use; do it now, not inside the first user's 3-second reply window.
	const warm = performance.now();
	try {
		engine.warm();
	} catch (error) {
		logger.warn({ err: error }, 'engine warm-up failed');
	}
	logger.debug({ ms: Math.round(performance.now() - warm) }, 'engine warmed up');

	const loggedIn = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
	try {
		await client.login(config.token);
		await loggedIn;
	} catch (error) {
		await client.destroy();
		throw error;
	}
	const user = client.user as NonNullable<typeof client.user>;
	logger.info(
		{ user: user.id, tag: user.tag, guilds: client.guilds.cache.size, shards: client.ws.shards.size },
		'gateway bot ready',
	);

	let stopped: Promise<void> | undefined;
	const stop = () => {
		stopped ??= (async () => {
			stopping = true;
			clearInterval(digests);
			clearTimeout(firstDigest);
			metrics.gatewayReady.set(0);
			const timeoutMs = options.shutdownTimeoutMs ?? 5000;
			let timer: NodeJS.Timeout | undefined;
			const timeout = new Promise<void>((resolve) => {
				timer = setTimeout(resolve, timeoutMs);
			});
			await Promise.race([Promise.allSettled([...inFlight]), timeout]);
			clearTimeout(timer);
			await client.destroy();
			logger.info({ abandoned: inFlight.size }, 'gateway bot stopped');
		})();
		return stopped;
	};
	const digests = setInterval(() => void postDigests(), options.digestEveryMs ?? 3_600_000);
	digests.unref();
	const firstDigest = setTimeout(() => void postDigests(), options.firstDigestAfterMs ?? 60_000);
	firstDigest.unref();
	const ready = () =>
		!stopping && client.ws.shards.size > 0 && [...client.ws.shards.values()].every((s) => s.status === Status.Ready);
	metrics.gatewayReady.set(1);
	const update = () => metrics.gatewayReady.set(ready() ? 1 : 0);
	client.on(Events.ShardDisconnect, update);
	client.on(Events.ShardReconnecting, update);
	client.on(Events.ShardResume, update);
	client.on(Events.ShardReady, update);
	return { client: client as Client<true>, stop, ready };
}
