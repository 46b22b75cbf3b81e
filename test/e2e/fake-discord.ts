/**
 * A fake Discord for end-to-end tests: a real HTTP + WebSocket server on 127.0.0.1 that the real discord.js Client
 * talks to. Point discord.js at it with `rest: { api: fake.apiUrl }` (config DISCORD_API_URL); the gateway URL then
 * comes from GET /gateway/bot, as with the real Discord.
 *
 * REST (under /api/v10): GET /gateway/bot, GET /gateway, GET /users/@me, GET /applications/@me, GET/PUT application
 * (and guild) commands, POST /interactions/:id/:token/callback, POST/DELETE channel messages, PUT a reaction,
 * POST /users/@me/channels, webhooks (follow-ups: POST, GET/PATCH/DELETE messages/@original or :id). Bot routes need
 * `Authorization: Bot <token>`; interaction and webhook routes are authenticated by their token, as on Discord.
 * Every request is recorded. Messages the bot creates are kept (`messages`), as Discord would: an interaction's
 * `@original` is the message its response created, or, for a component answered with UPDATE_MESSAGE or
 * DEFERRED_UPDATE_MESSAGE, the message the component is on.
 * Failures can be injected: a 429 with retry_after (`rateLimitNext`) or any status and error body (`failNext`).
 *
 * Gateway: HELLO, IDENTIFY -> READY (user, guilds, application, session_id, resume_gateway_url) then one GUILD_CREATE
 * per guild of that shard, heartbeat ACKs, RESUME -> missed events replayed then RESUMED (INVALID_SESSION for an
 * unknown session). Every IDENTIFY is recorded with its shard field, every RESUME and heartbeat too.
 * `closeGateway()` drops a shard's socket to force a reconnect; `dispatch()` sends an event (queued for replay while
 * the shard is disconnected); `dispatchInteraction()` / `dispatchMessage()` send one and await the bot's REST reply.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import { apiMessage } from '../fixtures/discord-message.js';

export const DEFAULT_TOKEN = 'fake-bot-token.NOT-A-REAL-ONE';
export const DEFAULT_APPLICATION_ID = '1100000000000000001';
export const DEFAULT_BOT_ID = '1100000000000000001';

/** View Channel, Send Messages, Send Messages in Threads, Embed Links, Read Message History, Add Reactions. */
export const DEFAULT_EVERYONE_PERMISSIONS =
	(1n << 10n) | (1n << 11n) | (1n << 38n) | (1n << 14n) | (1n << 16n) | (1n << 6n);

export interface FakeChannelSpec {
	id: string;
	name?: string;
	/** Permission bits denied to the bot by a member overwrite in this channel. */
	denyBot?: bigint;
}

export interface FakeGuildSpec {
	id: string;
	name?: string;
	channels: FakeChannelSpec[];
}

export interface FakeDiscordOptions {
	token?: string;
	applicationId?: string;
	bot?: { id: string; username: string };
	guilds?: FakeGuildSpec[];
	/** The shard count GET /gateway/bot recommends. Default 1. */
	shards?: number;
	/** session_start_limit.max_concurrency (identify buckets). Default 1. */
	maxConcurrency?: number;
	/** HELLO's heartbeat_interval. Default 41250 (Discord's). */
	heartbeatIntervalMs?: number;
	/** Permissions of @everyone in every guild. Default DEFAULT_EVERYONE_PERMISSIONS. */
	everyonePermissions?: bigint;
}

export interface RecordedRequest {
	method: string;
	/** Without /api/v10 and without the query string, e.g. /channels/123/messages. */
	path: string;
	query: URLSearchParams;
	headers: IncomingMessage['headers'];
	body: unknown;
	/** The status the fake answered. */
	status: number;
}

export interface Identify {
	token: string;
	intents: number;
	shard?: [number, number];
	properties: unknown;
}

export interface Resume {
	token: string;
	session_id: string;
	seq: number;
}

export interface RouteMatch {
	method?: string;
	path: RegExp | string;
}

interface Injection {
	match: RouteMatch;
	remaining: number;
	status: number;
	body: unknown;
	headers: Record<string, string>;
}

interface Session {
	id: string;
	shard: [number, number];
	seq: number;
	socket: WebSocket | null;
	log: { s: number; payload: string }[];
}

type Json = Record<string, unknown>;

/** Which shard a guild belongs to: (guild_id >> 22) % shard_count. */
export function shardOf(guildId: string, shardCount: number): number {
	return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

let snowflakeCounter = 0n;
/** Unique snowflakes (19 digits) for ids the fake makes up. */
export function snowflake(): string {
	snowflakeCounter += 1n;
	return String(1_300_000_000_000_000_000n + snowflakeCounter);
}

function matches(match: RouteMatch, method: string, path: string): boolean {
	if (match.method && match.method.toUpperCase() !== method) return false;
	return typeof match.path === 'string' ? match.path === path : match.path.test(path);
}

export class FakeDiscord extends EventEmitter {
	readonly token: string;
	readonly applicationId: string;
	readonly bot: { id: string; username: string };
	readonly guilds: FakeGuildSpec[];
	readonly requests: RecordedRequest[] = [];
	readonly identifies: Identify[] = [];
	readonly resumes: Resume[] = [];
	readonly heartbeats: { shard?: [number, number]; seq: number | null }[] = [];
	/** Every gateway socket closed, with its close code (1000 when the bot shuts down cleanly). */
	readonly closes: { shard?: [number, number]; code: number }[] = [];
	/** Every gateway connection: its path ("/" first, the resume URL's path on resume) and query. */
	readonly connections: { path: string; query: string }[] = [];
	/** Commands stored by PUT, by route ("global" or the guild id). */
	readonly commands = new Map<string, Json[]>();
	/** Every message the bot created (channel messages, interaction responses, follow-ups), by id, until deleted. */
	readonly messages = new Map<string, Json>();
	/** Ids of the messages the bot deleted, in order. */
	readonly deleted: string[] = [];
	/** Reactions the bot added: channel, message and emoji. */
	readonly reactions: { channelId: string; messageId: string; emoji: string }[] = [];
	/** Interactions dispatched, by token; and the message each one's `@original` is. */
	private readonly interactions = new Map<string, Json>();
	private readonly originals = new Map<string, string>();
	shards: number;
	maxConcurrency: number;
	heartbeatIntervalMs: number;
	private readonly everyone: bigint;
	private readonly server: Server;
	private readonly wss: WebSocketServer;
	private readonly sessions = new Map<string, Session>();
	private readonly shardSessions = new Map<number, Session>();
	private readonly injections: Injection[] = [];
	private port = 0;

	private constructor(options: FakeDiscordOptions) {
		super();
		this.setMaxListeners(100);
		this.token = options.token ?? DEFAULT_TOKEN;
		this.applicationId = options.applicationId ?? DEFAULT_APPLICATION_ID;
		this.bot = options.bot ?? { id: DEFAULT_BOT_ID, username: 'GSOMIA Bot' };
		this.guilds = options.guilds ?? [];
		this.shards = options.shards ?? 1;
		this.maxConcurrency = options.maxConcurrency ?? 1;
		this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
		this.everyone = options.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS;
		this.server = createServer((req, res) => void this.onRequest(req, res));
		this.wss = new WebSocketServer({ noServer: true });
		this.server.on('upgrade', (req, socket, head) => {
			this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws, req));
		});
	}

	static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
		const fake = new FakeDiscord(options);
		await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
		fake.port = (fake.server.address() as AddressInfo).port;
		return fake;
	}

	/** The REST base without the version, as discord.js's `rest.api` (and DISCORD_API_URL) expects. */
	get apiUrl(): string {
		return `http://127.0.0.1:${this.port}/api`;
	}

	get gatewayUrl(): string {
		return `ws://127.0.0.1:${this.port}`;
	}

	get resumeUrl(): string {
		return `ws://127.0.0.1:${this.port}/resume`;
	}

	botUser(): Json {
		return {
			id: this.bot.id,
			username: this.bot.username,
			discriminator: '0',
			global_name: null,
			avatar: null,
			bot: true,
			verified: true,
			mfa_enabled: false,
			flags: 0,
		};
	}

	// ---------------------------------------------------------------- waiting

	/** Resolves once `check()` is true, re-checked after every request and gateway message. */
	waitUntil(check: () => boolean, what = 'condition', timeoutMs = 5000): Promise<void> {
		if (check()) return Promise.resolve();
		return new Promise((resolve, reject) => {
			const onChange = () => {
				if (!check()) return;
				cleanup();
				resolve();
			};
			const timer = setTimeout(() => {
				cleanup();
				reject(new Error(`fake Discord: timed out waiting for ${what}`));
			}, timeoutMs);
			const cleanup = () => {
				clearTimeout(timer);
				this.off('change', onChange);
			};
			this.on('change', onChange);
		});
	}

	/** The first successful request (status < 400) recorded from now on that satisfies `predicate`. */
	waitForRequest(
		predicate: (r: RecordedRequest) => boolean,
		what = 'a request',
		timeoutMs = 5000,
	): Promise<RecordedRequest> {
		const from = this.requests.length;
		let found: RecordedRequest | undefined;
		return this.waitUntil(
			() => {
				found = this.requests.slice(from).find((r) => r.status < 400 && predicate(r));
				return found !== undefined;
			},
			what,
			timeoutMs,
		).then(() => found as RecordedRequest);
	}

	/** Resolves when `count` sessions have received READY. */
	waitForIdentifies(count: number, timeoutMs = 10_000): Promise<void> {
		return this.waitUntil(() => this.identifies.length >= count, `${count} IDENTIFY`, timeoutMs);
	}

	// ---------------------------------------------------------------- injection

	/** The next `count` requests matching `match` get a 429 with retry_after (seconds). */
	rateLimitNext(match: RouteMatch, options: { retryAfter?: number; count?: number; global?: boolean } = {}): void {
		const retryAfter = options.retryAfter ?? 0.05;
		const headers: Record<string, string> = {
			'retry-after': String(retryAfter),
			'x-ratelimit-limit': '5',
			'x-ratelimit-remaining': '0',
			'x-ratelimit-reset-after': String(retryAfter),
			'x-ratelimit-bucket': 'fake-bucket',
			'x-ratelimit-scope': options.global ? 'global' : 'user',
		};
		if (options.global) headers['x-ratelimit-global'] = 'true';
		this.injections.push({
			match,
			remaining: options.count ?? 1,
			status: 429,
			body: { message: 'You are being rate limited.', retry_after: retryAfter, global: options.global ?? false },
			headers,
		});
	}

	/** The next `count` requests matching `match` fail with `status` and a Discord error body. */
	failNext(match: RouteMatch, options: { status: number; code: number; message?: string; count?: number }): void {
		this.injections.push({
			match,
			remaining: options.count ?? 1,
			status: options.status,
			body: { message: options.message ?? `fake error ${options.code}`, code: options.code },
			headers: {},
		});
	}

	// ---------------------------------------------------------------- gateway control

	/** Sends a dispatch event on `shard` (default: the shard owning `d.guild_id`, else 0). Returns its sequence. */
	dispatch(t: string, d: Json, options: { shard?: number } = {}): number {
		const guildId = typeof d.guild_id === 'string' ? d.guild_id : undefined;
		const shard = options.shard ?? (guildId ? shardOf(guildId, this.sessionShardCount()) : 0);
		const session = this.shardSessions.get(shard);
		if (!session) throw new Error(`fake Discord: shard ${shard} has no session`);
		session.seq += 1;
		if (t === 'INTERACTION_CREATE' && typeof d.token === 'string') this.interactions.set(d.token, d);
		const payload = JSON.stringify({ op: 0, t, s: session.seq, d });
		session.log.push({ s: session.seq, payload });
		if (session.socket && session.socket.readyState === session.socket.OPEN) session.socket.send(payload);
		return session.seq;
	}

	/** Dispatches INTERACTION_CREATE and resolves with the bot's successful callback request. */
	dispatchInteraction(
		interaction: Json,
		options: { shard?: number; timeoutMs?: number } = {},
	): Promise<RecordedRequest> {
		const path = `/interactions/${String(interaction.id)}/${String(interaction.token)}/callback`;
		const reply = this.waitForRequest(
			(r) => r.method === 'POST' && r.path === path,
			`the callback of interaction ${String(interaction.id)}`,
			options.timeoutMs,
		);
		this.dispatch('INTERACTION_CREATE', interaction, options);
		return reply;
	}

	/**
	 * Dispatches MESSAGE_CREATE and resolves with the bot's message that replies to it (or, with `predicate`, the
	 * first successful request satisfying it).
	 */
	dispatchMessage(
		message: Json,
		options: { shard?: number; timeoutMs?: number; predicate?: (r: RecordedRequest) => boolean } = {},
	): Promise<RecordedRequest> {
		const predicate =
			options.predicate ??
			((r: RecordedRequest) =>
				r.method === 'POST' &&
				/^\/channels\/\d+\/messages$/.test(r.path) &&
				(r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference?.message_id ===
					message.id);
		const reply = this.waitForRequest(predicate, `a reply to message ${String(message.id)}`, options.timeoutMs);
		this.dispatch('MESSAGE_CREATE', message, options);
		return reply;
	}

	/**
	 * Closes `shard`'s socket from the server side (code 4000, "unknown error": a client should RESUME). Resolves once
	 * the bot has resumed (RESUMED sent), unless `waitForResume` is false.
	 */
	async closeGateway(
		options: { shard?: number; code?: number; waitForResume?: boolean; timeoutMs?: number } = {},
	): Promise<void> {
		const shard = options.shard ?? 0;
		const session = this.shardSessions.get(shard);
		if (!session?.socket) throw new Error(`fake Discord: shard ${shard} is not connected`);
		const resumesBefore = this.resumes.length;
		const resumed = this.waitUntil(
			() => this.resumes.length > resumesBefore && session.socket !== null,
			`shard ${shard} to resume`,
			options.timeoutMs ?? 10_000,
		);
		session.socket.close(options.code ?? 4000, 'fake Discord: forced reconnect');
		session.socket = null;
		if (options.waitForResume ?? true) await resumed;
		else resumed.catch(() => {});
	}

	/** The session id of `shard`'s current session (from its READY). */
	sessionId(shard = 0): string | undefined {
		return this.shardSessions.get(shard)?.id;
	}

	/** The number of shards sessions identified with (the shard count of the first IDENTIFY), default 1. */
	private sessionShardCount(): number {
		return this.identifies[0]?.shard?.[1] ?? 1;
	}

	async close(): Promise<void> {
		for (const client of this.wss.clients) client.terminate();
		await new Promise<void>((resolve) => this.wss.close(() => resolve()));
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	// ---------------------------------------------------------------- gateway

	private send(ws: WebSocket, payload: Json): void {
		if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
	}

	private onSocket(ws: WebSocket, req: IncomingMessage): void {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		this.connections.push({ path: url.pathname, query: url.search });
		let session: Session | undefined;
		this.send(ws, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } });
		ws.on('message', (raw: RawData) => {
			let msg: { op?: number; d?: Json } | undefined;
			try {
				msg = JSON.parse(raw.toString()) as { op?: number; d?: Json };
			} catch {
				ws.close(4002, 'Error while decoding payload.');
				return;
			}
			const d = msg.d ?? {};
			switch (msg.op) {
				case 1:
					this.heartbeats.push({ shard: session?.shard, seq: (msg.d as unknown as number | null) ?? null });
					this.send(ws, { op: 11 });
					break;
				case 2:
					session = this.identify(ws, d);
					break;
				case 6:
					session = this.resume(ws, d) ?? session;
					break;
				default:
					break;
			}
			this.emit('change');
		});
		ws.on('close', (code: number) => {
			this.closes.push({ shard: session?.shard, code });
			if (session && session.socket === ws) session.socket = null;
			this.emit('change');
		});
	}

	private identify(ws: WebSocket, d: Json): Session | undefined {
		const shard = (Array.isArray(d.shard) ? d.shard : undefined) as [number, number] | undefined;
		this.identifies.push({ token: String(d.token), intents: Number(d.intents), shard, properties: d.properties });
		if (d.token !== this.token) {
			ws.close(4004, 'Authentication failed.');
			return undefined;
		}
		const [index, count] = shard ?? [0, 1];
		if (index >= count) {
			ws.close(4010, 'Invalid shard.');
			return undefined;
		}
		const session: Session = { id: `fake-session-${snowflake()}`, shard: [index, count], seq: 0, socket: ws, log: [] };
		this.sessions.set(session.id, session);
		this.shardSessions.set(index, session);
		const guilds = this.guilds.filter((g) => shardOf(g.id, count) === index);
		this.dispatch(
			'READY',
			{
				v: 10,
				user: this.botUser(),
				guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
				session_id: session.id,
				resume_gateway_url: this.resumeUrl,
				shard: [index, count],
				application: { id: this.applicationId, flags: 0 },
				private_channels: [],
				presences: [],
				relationships: [],
				guild_join_requests: [],
				geo_ordered_rtc_regions: [],
				user_settings: {},
			},
			{ shard: index },
		);
		for (const guild of guilds) this.dispatch('GUILD_CREATE', this.guildPayload(guild), { shard: index });
		return session;
	}

	private resume(ws: WebSocket, d: Json): Session | undefined {
		this.resumes.push({ token: String(d.token), session_id: String(d.session_id), seq: Number(d.seq) });
		const session = this.sessions.get(String(d.session_id));
		if (!session || d.token !== this.token) {
			this.send(ws, { op: 9, d: false });
			return undefined;
		}
		session.socket = ws;
		for (const entry of session.log) if (entry.s > Number(d.seq)) ws.send(entry.payload);
		session.seq += 1;
		const payload = JSON.stringify({ op: 0, t: 'RESUMED', s: session.seq, d: {} });
		session.log.push({ s: session.seq, payload });
		ws.send(payload);
		return session;
	}

	/** The id of the bot's managed role in `guildId` (Discord creates one when a bot joins). */
	botRoleId(guildId: string): string {
		return String(BigInt(guildId) + 1000n);
	}

	guildPayload(guild: FakeGuildSpec): Json {
		const ownerId = snowflake();
		return {
			id: guild.id,
			name: guild.name ?? `Guild ${guild.id}`,
			icon: null,
			splash: null,
			discovery_splash: null,
			owner_id: ownerId,
			afk_channel_id: null,
			afk_timeout: 300,
			verification_level: 0,
			default_message_notifications: 0,
			explicit_content_filter: 0,
			roles: [
				{
					id: guild.id,
					name: '@everyone',
					permissions: String(this.everyone),
					position: 0,
					color: 0,
					hoist: false,
					managed: false,
					mentionable: false,
					flags: 0,
				},
				{
					id: this.botRoleId(guild.id),
					name: this.bot.username,
					permissions: '0',
					position: 1,
					color: 0,
					hoist: false,
					managed: true,
					mentionable: true,
					flags: 0,
					tags: { bot_id: this.bot.id },
				},
			],
			emojis: [],
			stickers: [],
			features: [],
			mfa_level: 0,
			application_id: null,
			system_channel_id: null,
			system_channel_flags: 0,
			rules_channel_id: null,
			vanity_url_code: null,
			description: null,
			banner: null,
			premium_tier: 0,
			preferred_locale: 'en-US',
			public_updates_channel_id: null,
			nsfw_level: 0,
			premium_progress_bar_enabled: false,
			joined_at: '2024-01-01T00:00:00.000Z',
			large: false,
			unavailable: false,
			member_count: 2,
			voice_states: [],
			members: [
				{
					user: this.botUser(),
					roles: [this.botRoleId(guild.id)],
					joined_at: '2024-01-01T00:00:00.000Z',
					deaf: false,
					mute: false,
					flags: 0,
				},
			],
			channels: guild.channels.map((c, position) => ({
				id: c.id,
				type: 0,
				name: c.name ?? `channel-${position}`,
				position,
				parent_id: null,
				topic: null,
				nsfw: false,
				last_message_id: null,
				rate_limit_per_user: 0,
				permission_overwrites: c.denyBot ? [{ id: this.bot.id, type: 1, allow: '0', deny: String(c.denyBot) }] : [],
			})),
			threads: [],
			presences: [],
			stage_instances: [],
			guild_scheduled_events: [],
		};
	}

	// ---------------------------------------------------------------- REST

	private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const raw = Buffer.concat(chunks).toString('utf8');
		let body: unknown;
		try {
			body = raw ? JSON.parse(raw) : undefined;
		} catch {
			body = raw;
		}
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const method = (req.method ?? 'GET').toUpperCase();
		// Decoded, as Discord reads it (discord.js sends @original as %40original, emoji percent-encoded).
		const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10(?=\/)/, ''));
		const record: RecordedRequest = { method, path, query: url.searchParams, headers: req.headers, body, status: 0 };
		const respond = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
			record.status = status;
			this.requests.push(record);
			res.writeHead(status, { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
			res.end(payload === undefined ? undefined : JSON.stringify(payload));
			this.emit('change');
		};

		if (!url.pathname.startsWith('/api/v10/')) return respond(404, { message: '404: Not Found', code: 0 });
		const tokenRoute = path.startsWith('/interactions/') || path.startsWith('/webhooks/');
		if (!tokenRoute && req.headers.authorization !== `Bot ${this.token}`) {
			return respond(401, { message: '401: Unauthorized', code: 0 });
		}
		const injection = this.injections.find((i) => i.remaining > 0 && matches(i.match, method, path));
		if (injection) {
			injection.remaining -= 1;
			return respond(injection.status, injection.body, injection.headers);
		}
		const [status, payload] = this.route(method, path, body);
		respond(status, payload);
	}

	/** Creates and keeps a message of the bot. */
	private message(channelId: string, body: Json, extra: Json = {}): Json {
		const message = apiMessage({
			id: snowflake(),
			channel_id: channelId,
			author: this.botUser(),
			content: body.content ?? '',
			timestamp: new Date(0).toISOString(),
			embeds: body.embeds ?? [],
			components: body.components ?? [],
			type: body.message_reference ? 19 : 0,
			flags: body.flags ?? 0,
			...extra,
		});
		this.messages.set(String(message.id), message);
		return message;
	}

	/** The channel an interaction happened in. */
	private interactionChannel(token: string): string {
		const i = this.interactions.get(token);
		return String(i?.channel_id ?? (i?.channel as Json | undefined)?.id ?? snowflake());
	}

	private callback(token: string, body: Json): void {
		const type = Number(body.type);
		const data = (body.data ?? {}) as Json;
		const interaction = this.interactions.get(token);
		if (type === 4 || type === 5) {
			const created = this.message(this.interactionChannel(token), data, {
				webhook_id: this.applicationId,
				interaction_metadata: {
					id: interaction?.id,
					type: interaction?.type,
					user: (interaction?.member as Json | undefined)?.user ?? interaction?.user,
					authorizing_integration_owners: interaction?.authorizing_integration_owners ?? {},
				},
			});
			this.originals.set(token, String(created.id));
		} else if (type === 6 || type === 7) {
			const on = (interaction?.message as Json | undefined)?.id;
			if (on) {
				this.originals.set(token, String(on));
				const kept = this.messages.get(String(on));
				if (kept && type === 7) this.messages.set(String(on), { ...kept, ...data });
			}
		}
	}

	private route(method: string, path: string, body: unknown): [number, unknown] {
		const b = (body ?? {}) as Json;
		const app = this.applicationId;
		const commandsRoute = new RegExp(`^/applications/${app}(?:/guilds/(\\d+))?/commands$`).exec(path);
		const channelMessages = /^\/channels\/(\d+)\/messages$/.exec(path);
		const webhook = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path);
		if (method === 'GET' && path === '/gateway/bot') {
			return [
				200,
				{
					url: this.gatewayUrl,
					shards: this.shards,
					session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.maxConcurrency },
				},
			];
		}
		if (method === 'GET' && path === '/gateway') return [200, { url: this.gatewayUrl }];
		if (method === 'GET' && path === '/users/@me') return [200, this.botUser()];
		if (method === 'GET' && path === '/applications/@me') {
			return [
				200,
				{
					id: app,
					name: this.bot.username,
					icon: null,
					description: '',
					bot_public: true,
					flags: 0,
					bot: this.botUser(),
				},
			];
		}
		if (commandsRoute) {
			const guildId = commandsRoute[1];
			const key = guildId ?? 'global';
			if (method === 'GET') return [200, this.commands.get(key) ?? []];
			if (method === 'PUT' && Array.isArray(body)) {
				const stored = (body as Json[]).map((c) => ({
					id: snowflake(),
					application_id: app,
					version: snowflake(),
					default_member_permissions: null,
					type: 1,
					...(guildId ? { guild_id: guildId } : {}),
					...c,
				}));
				this.commands.set(key, stored);
				return [200, stored];
			}
		}
		const callback = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(path);
		if (method === 'POST' && callback) {
			this.callback(callback[1] as string, b);
			return [204, undefined];
		}
		if (channelMessages && method === 'POST') {
			return [200, this.message(channelMessages[1] as string, b)];
		}
		const channelMessage = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path);
		if (channelMessage && method === 'DELETE') return this.remove(channelMessage[2] as string);
		const reaction = /^\/channels\/(\d+)\/messages\/(\d+)\/reactions\/([^/]+)\/@me$/.exec(path);
		if (reaction && method === 'PUT') {
			this.reactions.push({
				channelId: reaction[1] as string,
				messageId: reaction[2] as string,
				emoji: reaction[3] as string,
			});
			return [204, undefined];
		}
		if (method === 'POST' && path === '/users/@me/channels') {
			const recipient = String(b.recipient_id);
			return [
				200,
				{
					id: String(BigInt(recipient) + 7n),
					type: 1,
					last_message_id: null,
					recipients: [{ id: recipient, username: 'someone', discriminator: '0', avatar: null, global_name: null }],
				},
			];
		}
		if (webhook) {
			const token = webhook[2] ?? '';
			const target = webhook[3] === '@original' ? this.originals.get(token) : webhook[3];
			const kept = target ? this.messages.get(target) : undefined;
			if (method === 'POST' && !webhook[3])
				return [200, this.message(this.interactionChannel(token), b, { webhook_id: webhook[1] })];
			if (!kept) return [404, { message: 'Unknown Message', code: 10008 }];
			if (method === 'GET') return [200, kept];
			if (method === 'PATCH') {
				const edited = { ...kept, ...b };
				this.messages.set(String(kept.id), edited);
				return [200, edited];
			}
			if (method === 'DELETE') return this.remove(String(kept.id));
		}
		return [404, { message: '404: Not Found', code: 0 }];
	}

	private remove(messageId: string): [number, unknown] {
		if (!this.messages.delete(messageId)) return [404, { message: 'Unknown Message', code: 10008 }];
		this.deleted.push(messageId);
		return [204, undefined];
	}
}
