/**
 * The gateway bot: discord.js 14 over the WebSocket gateway. Interactions are taken raw (INTERACTION_CREATE) and
 * answered by POSTing exactly what handleInteraction returns to the interaction callback, the same body the HTTP
 * endpoint returns. DMs and mentions arrive as messageCreate and are answered through the same renderers.
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
import type { Config } from '../config.js';
import type { Engine } from '../engine/types.js';
import { type Answerer, createAnswerer } from '../interactions/answerer.js';
import { type Cooldown, createCooldown } from '../interactions/cooldown.js';
import { type FeedbackSink, fileFeedbackSink } from '../interactions/feedback.js';
import {
	errorRef,
	handleInteraction,
	type InteractionContext,
	type InteractionEvent,
	malformed,
} from '../interactions/handle.js';
import type { Registry } from '../interactions/registry.js';
import type { Logger } from '../logger.js';
import { createMetrics, type InteractionMetrics } from '../metrics.js';
import { errorReply, type IncomingMessage, planMessageReply } from './messages.js';
import { withoutEmbeds } from './reply.js';

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
	registry?: Registry;
	observe?: (event: InteractionEvent) => void;
	/** Default: a fresh registry (main.ts passes the process's own, served on HEALTH_PORT). */
	metrics?: InteractionMetrics;
	/** Default: the engine behind an answer cache of config.answerCacheSize and a queue. */
	answerer?: Answerer;
	/** How long stop() waits for replies in flight before closing the connection. Default 5 s. */
	shutdownTimeoutMs?: number;
	/** When a pending interaction answer is deferred (see handle.ts). Default 2 s after the event arrived. */
	deferAfterMs?: number;
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
		intents: INTENTS,
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
	const cooldown = options.cooldown ?? createCooldown(config.cooldown);
	const metrics = options.metrics ?? createMetrics({ defaultMetrics: false });
	const answerer =
		options.answerer ??
		createAnswerer(engine, { cacheSize: config.answerCacheSize, onCache: (hit) => metrics.cache(hit) });
	const ctx: InteractionContext = {
		engine,
		answerer,
		config,
		logger,
		cooldown,
		feedback: options.feedback ?? fileFeedbackSink(config.feedbackFile, logger),
		observe: (event) => {
			metrics.observe(event);
			options.observe?.(event);
		},
		onOverload: (action) => metrics.overload(action),
		registry: options.registry,
		deferAfterMs: options.deferAfterMs,
		rest: async (method, path, body) => {
			const route = path as `/${string}`;
			if (method === 'PATCH') await client.rest.patch(route, { body, auth: false });
			else if (method === 'POST') await client.rest.post(route, { body, auth: false });
			else await client.rest.delete(route, { auth: false });
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
		const body = await handleInteraction(interaction, ctx, { receivedAt });
		try {
			await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body, auth: false });
		} catch (error) {
			const code = apiCode(error);
			const fields = { interactionId: interaction.id, ...describeError(error) };
			if (code === DiscordErrorCodes.UnknownInteraction) logger.warn(fields, 'interaction expired before the reply');
			else if (code === DiscordErrorCodes.AlreadyAcknowledged) logger.warn(fields, 'interaction already acknowledged');
			else logger.error(fields, 'could not reply to the interaction');
		}
	}

	async function send(channelId: string, body: RESTPostAPIChannelMessageJSONBody): Promise<void> {
		await client.rest.post(Routes.channelMessages(channelId), { body });
	}

	/** Whether the bot may reply in the message's channel, and how (null: unknown, try anyway). */
	function channelAbilities(message: Message): { send: boolean; embed: boolean; reference: boolean } | null {
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
		};
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
		};
		let outcome = 'error';
		let body: RESTPostAPIChannelMessageJSONBody;
		let isPrivate = false;
		let answer: { kind: string; confidence: number; lang: string } | undefined;
		try {
			const plan = await planMessageReply(incoming, {
				engine,
				answerer,
				cooldown,
				cooldownLimits: config.cooldown,
				botUserId: client.user.id,
			});
			if (plan.action === 'ignore') return;
			({ body, outcome, answer } = plan);
			isPrivate = plan.private === true;
		} catch (error) {
			const ref = errorRef();
			logger.error({ err: error, ref, messageId: message.id }, 'message handling failed');
			body = errorReply(ref, message.id);
		}
		try {
			if (isPrivate && (await sendPrivately(message, body))) return;
			const abilities = channelAbilities(message);
			if (abilities && !abilities.send) {
				logger.warn(
					{ channelId: message.channelId, guildId: message.guildId },
					'missing permission to reply in the channel',
				);
				outcome = 'no-permission';
				return;
			}
			let out = body;
			if (abilities && !abilities.embed) out = withoutEmbeds(out);
			if (abilities && !abilities.reference) {
				const { message_reference: _reference, ...rest } = out;
				out = rest;
			}
			await send(message.channelId, out);
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
			const surface = message.inGuild() ? 'mention' : 'dm';
			const latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
			metrics.message({ surface, outcome, latencyMs });
			logger.info(
				{
					surface,
					outcome,
					latencyMs,
					messageId: message.id,
					userId: message.author.id,
					guildId: message.guildId ?? undefined,
					locale: message.guild?.preferredLocale,
					...(answer ? { answerKind: answer.kind, confidence: answer.confidence, lang: answer.lang } : {}),
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
