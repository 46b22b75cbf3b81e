/**
 * Helpers for the HTTP endpoint tests (and bench/http.ts): an Ed25519 key pair generated on the spot, Discord-style
 * signatures, interaction payloads, and a tiny node:http client that can also send bodies the server refuses early.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { request } from 'node:http';
import { apiMessage } from '../fixtures/discord-message.js';

export const APPLICATION_ID = '1100000000000000001';
export const GUILD_ID = '1100000000000000002';
export const CHANNEL_ID = '1100000000000000003';
export const USER = {
	id: '1100000000000000004',
	username: 'curious',
	global_name: 'Curious',
	discriminator: '0',
	avatar: null,
};

export interface TestKeys {
	/** The 64 hex characters Discord shows as the application's public key. */
	publicKeyHex: string;
	privateKey: KeyObject;
}

export function generateKeys(): TestKeys {
	const { publicKey, privateKey } = generateKeyPairSync('ed25519');
	const x = publicKey.export({ format: 'jwk' }).x;
	if (!x) throw new Error('no public key bytes');
	return { publicKeyHex: Buffer.from(x, 'base64url').toString('hex'), privateKey };
}

/** The headers Discord sends: an Ed25519 signature (hex) of timestamp + body. */
export function signedHeaders(
	keys: Pick<TestKeys, 'privateKey'>,
	body: string | Buffer,
	timestampSeconds = Math.floor(Date.now() / 1000),
): Record<string, string> {
	const timestamp = String(timestampSeconds);
	const signature = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), keys.privateKey);
	return {
		'content-type': 'application/json',
		'x-signature-ed25519': signature.toString('hex'),
		'x-signature-timestamp': timestamp,
	};
}

let sequence = 0n;
/** A fresh snowflake-looking id for each interaction. */
export function nextId(): string {
	sequence += 1n;
	return String(1200000000000000000n + sequence);
}

interface Where {
	/** Default: in a server (guild). */
	dm?: boolean;
	userId?: string;
	/** The user's Discord locale. Default en-US. */
	locale?: string;
}

function base(type: number, where: Where = {}) {
	const user = { ...USER, id: where.userId ?? USER.id };
	const place = where.dm
		? { user, channel: { id: CHANNEL_ID, type: 1 }, channel_id: CHANNEL_ID, context: 1 }
		: {
				guild_id: GUILD_ID,
				guild: { id: GUILD_ID, locale: 'en-US', features: [] },
				channel: { id: CHANNEL_ID, type: 0 },
				channel_id: CHANNEL_ID,
				member: {
					user,
					roles: [],
					permissions: '2248473465835073',
					joined_at: '2019-08-22T00:00:00.000000+00:00',
					deaf: false,
					mute: false,
					flags: 0,
				},
				context: 0,
			};
	return {
		id: nextId(),
		application_id: APPLICATION_ID,
		type,
		token: `aW50ZXJhY3Rpb246${nextId()}OnRlc3QtdG9rZW4`,
		version: 1,
		locale: where.locale ?? 'en-US',
		app_permissions: '2248473465835073',
		entitlements: [],
		authorizing_integration_owners: where.dm ? { 1: user.id } : { 0: GUILD_ID },
		attachment_size_limit: 10485760,
		...place,
	};
}

export function pingInteraction() {
	return { id: nextId(), application_id: APPLICATION_ID, type: 1, token: 'ping-token', version: 1 };
}

/** `/ask question:<question> [public:<true|false>]` */
export function askInteraction(question: string, options: Where & { public?: boolean } = {}) {
	const opts: { name: string; type: number; value: string | boolean }[] = [
		{ name: 'question', type: 3, value: question },
	];
	if (options.public !== undefined) opts.push({ name: 'public', type: 5, value: options.public });
	return {
		...base(2, options),
		data: { id: '1100000000000000010', name: 'ask', type: 1, options: opts },
	};
}

/** Autocomplete for `/ask question:` with `typed` so far. */
export function askAutocomplete(typed: string, where: Where = {}) {
	return {
		...base(4, where),
		data: {
			id: '1100000000000000010',
			name: 'ask',
			type: 1,
			options: [{ name: 'question', type: 3, value: typed, focused: true }],
		},
	};
}

/** A command with no options, e.g. `/help`, `/timeline`, or one Discord knows but the bot does not. */
export function commandInteraction(name: string, where: Where = {}) {
	return { ...base(2, where), data: { id: '1100000000000000011', name, type: 1 } };
}

type OnMessage = Where & { messageFlags?: number; components?: unknown[]; embeds?: unknown[] };

function botMessage(where: OnMessage) {
	return apiMessage({
		id: nextId(),
		channel_id: CHANNEL_ID,
		author: { id: APPLICATION_ID, username: 'gsomia', discriminator: '0', avatar: null, bot: true },
		timestamp: '2019-08-22T00:00:00.000000+00:00',
		type: 20,
		flags: where.messageFlags ?? 64,
		components: where.components ?? [],
		embeds: where.embeds ?? [],
	});
}

/** A button click (component_type 2) on a message the bot sent (private, flags 64, unless messageFlags says). */
export function buttonInteraction(customId: string, where: OnMessage = {}) {
	return { ...base(3, where), message: botMessage(where), data: { custom_id: customId, component_type: 2 } };
}

/** A pick in a select menu (component_type 3) on a message the bot sent. */
export function selectInteraction(customId: string, values: string[], where: OnMessage = {}) {
	return {
		...base(3, where),
		message: botMessage(where),
		data: { custom_id: customId, component_type: 3, values },
	};
}

export interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	text: string;
	/** The body parsed as JSON, when it is JSON. */
	json: unknown;
}

/** A plain HTTP request on a fresh connection (no keep-alive), resolving with whatever the server answered. */
export function send(
	url: string,
	options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = request(url, { method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				let json: unknown;
				try {
					json = JSON.parse(text);
				} catch {
					json = undefined;
				}
				resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
			});
			res.on('error', reject);
		});
		// The server may answer (413) and close before the whole body is written; the answer is what counts.
		req.on('error', reject);
		if (options.body !== undefined) req.end(options.body);
		else req.end();
	});
}

/** POSTs `payload` to /interactions, signed with `keys` unless headers are given. */
export function postInteraction(
	baseUrl: string,
	keys: Pick<TestKeys, 'privateKey'>,
	payload: unknown,
	headers?: Record<string, string>,
): Promise<Reply> {
	const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
	return send(`${baseUrl}/interactions`, { method: 'POST', body, headers: headers ?? signedHeaders(keys, body) });
}
