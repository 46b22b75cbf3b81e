/**
 * The HTTP interactions endpoint over real HTTP on 127.0.0.1, with real Ed25519 signatures from a key pair
 * generated here. Every interaction payload is also given straight to the shared handler: the HTTP response must
 * be exactly what the gateway bot would send for the same interaction (one code path for both transports).
 */
import { request } from 'node:http';
import type { APIInteraction } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../commands/index.js';
import { parseConfig } from '../../src/config.js';
import { createEngine } from '../../src/engine/index.js';
import type { Engine, Lang } from '../../src/engine/types.js';
import { createInteractionServer, type InteractionServer, MAX_BODY_BYTES } from '../../src/http/server.js';
import { createInteractionContext } from '../../src/interactions/context.js';
import { createCooldown } from '../../src/interactions/cooldown.js';
import { memoryFeedbackSink } from '../../src/interactions/feedback.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { type FollowUpRest, respond } from '../../src/render/respond.js';
import { fixtureKb } from '../fixtures/kb.js';
import {
	APPLICATION_ID,
	askAutocomplete,
	askInteraction,
	buttonInteraction,
	CHANNEL_ID,
	commandInteraction,
	GUILD_ID,
	generateKeys,
	pingInteraction,
	postInteraction,
	selectInteraction,
	send,
	signedHeaders,
	USER,
} from './helpers.js';

const keys = generateKeys();
const config = parseConfig({
	DISCORD_TRANSPORT: 'http',
	DISCORD_PUBLIC_KEY: keys.publicKeyHex,
	DISCORD_APPLICATION_ID: APPLICATION_ID,
	COOLDOWN_LIMIT: '1000',
	LOG_LEVEL: 'silent',
});
const engine = createEngine(fixtureKb());
const feedback = memoryFeedbackSink();
let http: InteractionServer;
let base: string;

/** The same handling and rendering, called directly, as the gateway bot calls it. */
async function direct(interaction: unknown) {
	const ctx = createInteractionContext({
		engine,
		registry,
		config,
		logger: silentLogger(),
		readsMessages: false,
		cooldown: createCooldown({ limit: 1000, windowMs: 20_000 }),
		feedback: memoryFeedbackSink(),
	});
	return (await respond(interaction as APIInteraction, ctx)).body;
}

/** Discord's webhook routes, recorded: what the endpoint does after answering (never a request off this machine). */
const calls: { route: string; body?: unknown }[] = [];
let nextMessage = 5000;
const followUps: FollowUpRest = {
	async getOriginal(app, token) {
		calls.push({ route: `GET ${app}/${token}/@original` });
		return { id: String(++nextMessage) };
	},
	async editOriginal(app, token, body) {
		calls.push({ route: `PATCH ${app}/${token}/@original`, body });
	},
	async followUp(app, token, body) {
		calls.push({ route: `POST ${app}/${token}`, body });
		return { id: String(++nextMessage) };
	},
	async deleteOriginal(app, token) {
		calls.push({ route: `DELETE ${app}/${token}/@original` });
	},
};
const until = async (check: () => boolean) => {
	for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
	expect(check()).toBe(true);
};

/** The value of one sample line of the Prometheus text, 0 when absent. */
function sample(text: string, line: string): number {
	const found = text.split('\n').find((l) => l.startsWith(`${line} `));
	return found ? Number(found.slice(line.length + 1)) : 0;
}

beforeAll(async () => {
	http = createInteractionServer({
		config,
		engine,
		logger: silentLogger(),
		feedback,
		followUps,
		metrics: createMetrics({ defaultMetrics: false }),
	});
	const address = await http.listen(0, '127.0.0.1');
	base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
	await http?.close();
});

describe('When Discord sends a PING', () => {
	it('answers PONG', async () => {
		const reply = await postInteraction(base, keys, pingInteraction());
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
		expect(reply.json).toEqual({ type: 1 });
	});
});

describe('When a user runs /ask in a server', () => {
	it('answers with type 4, the embed, no mentions, privately, exactly as the gateway bot would', async () => {
		const interaction = askInteraction('Why did South Korea withdraw from GSOMIA?');
		const reply = await postInteraction(base, keys, interaction);
		expect(reply.status).toBe(200);
		const body = reply.json as {
			type: number;
			data: { flags?: number; allowed_mentions: unknown; embeds: { description?: string }[]; components?: unknown[] };
		};
		expect(body.type).toBe(4);
		expect(body.data.allowed_mentions).toEqual({ parse: [] });
		expect(body.data.flags).toBe(64);
		expect(body.data.embeds).toHaveLength(1);
		const description = body.data.embeds[0]?.description ?? '';
		expect(description).toContain(engine.answerFact('decision-reason')?.answer);
		expect(description).toContain(
			'> citing “serious changes” in security cooperation between the two countries as a result of Tokyo’s removal',
		);
		expect(reply.json).toEqual(await direct(interaction));
	});

	it('posts it for the channel with public:true, then learns the post’s id (the same fact again gets a link)', async () => {
		const interaction = askInteraction('How did Japan react to the decision?', { public: true });
		const reply = await postInteraction(base, keys, interaction);
		const body = reply.json as { type: number; data: { flags?: number; allowed_mentions: unknown } };
		expect(reply.status).toBe(200);
		expect(body.type).toBe(4);
		expect((body.data.flags ?? 0) & 64).toBe(0);
		expect(body.data.allowed_mentions).toEqual({ parse: [] });
		expect(reply.json).toEqual(await direct(interaction));
		const learnt = `GET ${APPLICATION_ID}/${interaction.token}/@original`;
		await until(() => calls.some((c) => c.route === learnt));
		const id = String(nextMessage);

		const again = await postInteraction(
			base,
			keys,
			askInteraction('How did Japan react to the decision?', { public: true, userId: '1100000000000000099' }),
		);
		const data = (again.json as { data: { flags?: number; content?: string } }).data;
		expect(data.flags).toBe(64);
		expect(data.content).toContain(`(https://discord.com/channels/${GUILD_ID}/${CHANNEL_ID}/${id})`);
	});

	it('never pings: @everyone in the question still comes back with allowed_mentions { parse: [] }', async () => {
		const interaction = askInteraction('@everyone why did korea scrap gsomia');
		const reply = await postInteraction(base, keys, interaction);
		const body = reply.json as { type: number; data: { allowed_mentions: unknown } };
		expect(body.type).toBe(4);
		expect(body.data.allowed_mentions).toEqual({ parse: [] });
		expect(reply.json).toEqual(await direct(interaction));
	});
});

describe('When a user types in the /ask question box', () => {
	it('answers autocomplete with type 8 and the choices', async () => {
		const interaction = askAutocomplete('japan');
		const reply = await postInteraction(base, keys, interaction);
		expect(reply.status).toBe(200);
		const body = reply.json as { type: number; data: { choices: { name: string; value: string }[] } };
		expect(body.type).toBe(8);
		expect(body.data.choices.length).toBeGreaterThan(0);
		expect(body.data.choices.length).toBeLessThanOrEqual(25);
		// What was typed comes first (it can be sent as it is), then the questions.
		expect(body.data.choices[0]).toEqual({ name: 'japan', value: 'japan' });
		expect(body.data.choices[1]?.name).toBe('How did Japan react to the decision?');
		for (const choice of body.data.choices) expect(choice.name.length).toBeLessThanOrEqual(100);
		expect(reply.json).toEqual(await direct(interaction));
	});
});

describe('When a user clicks a button under an answer', () => {
	it('on a private answer, replaces it with the answer to the related question (type 7)', async () => {
		const interaction = selectInteraction('ask:related', ['japan-regret']);
		const reply = await postInteraction(base, keys, interaction);
		expect(reply.status).toBe(200);
		const body = reply.json as {
			type: number;
			data: { allowed_mentions: unknown; embeds: { description?: string }[] };
		};
		expect(body.type).toBe(7);
		expect(body.data.allowed_mentions).toEqual({ parse: [] });
		expect(body.data.embeds[0]?.description).toContain(engine.answerFact('japan-regret')?.answer);
		expect(reply.json).toEqual(await direct(interaction));
	});

	it('on a public answer, gives the clicker a private answer of their own (type 4, ephemeral)', async () => {
		const interaction = selectInteraction('ask:related', ['japan-regret'], { messageFlags: 0 });
		const reply = await postInteraction(base, keys, interaction);
		const body = reply.json as {
			type: number;
			data: { flags?: number; allowed_mentions: unknown; embeds: { description?: string }[] };
		};
		expect(body.type).toBe(4);
		expect(body.data.flags).toBe(64);
		expect(body.data.allowed_mentions).toEqual({ parse: [] });
		expect(body.data.embeds[0]?.description).toContain(engine.answerFact('japan-regret')?.answer);
		expect(reply.json).toEqual(await direct(interaction));
	});

	it('records 👍 for curators and shows it on the same message (type 7)', async () => {
		const before = feedback.entries.length;
		const vote = { type: 2, style: 2, label: 'Helpful', custom_id: 'ask:vote:up:0:decision-withdraw' };
		const reply = await postInteraction(
			base,
			keys,
			buttonInteraction('ask:vote:up:0:decision-withdraw', { components: [{ type: 1, components: [vote] }] }),
		);
		expect(reply.status).toBe(200);
		expect(reply.json).toEqual({
			type: 7,
			data: {
				components: [{ type: 1, components: [{ ...vote, emoji: { name: '👍' }, style: 3, disabled: true }] }],
				allowed_mentions: { parse: [] },
			},
		});
		expect(feedback.entries.slice(before)).toEqual([
			expect.objectContaining({ vote: 'up', userId: USER.id, factIds: ['decision-withdraw'] }),
		]);
	});

	it('"Post in channel" updates the private answer and posts the same answer as a follow-up', async () => {
		const share = { type: 2, style: 1, label: 'Post in channel', custom_id: 'ask:share:renewal-deadline' };
		const embeds = [{ title: 'When was the deadline?', description: 'Saturday.' }];
		const interaction = buttonInteraction('ask:share:renewal-deadline', {
			components: [{ type: 1, components: [share] }],
			embeds,
		});
		const reply = await postInteraction(base, keys, interaction);
		expect((reply.json as { type: number }).type).toBe(7);
		const route = `POST ${APPLICATION_ID}/${interaction.token}`;
		await until(() => calls.some((c) => c.route === route));
		expect(calls.find((c) => c.route === route)?.body).toMatchObject({ embeds, allowed_mentions: { parse: [] } });
	});

	it('"Delete" by the asker acknowledges (type 6) and deletes the message through the interaction’s webhook', async () => {
		const interaction = buttonInteraction(`ask:delete:${USER.id}`, { messageFlags: 0 });
		const reply = await postInteraction(base, keys, interaction);
		expect(reply.json).toEqual({ type: 6 });
		const route = `DELETE ${APPLICATION_ID}/${interaction.token}/@original`;
		await until(() => calls.some((c) => c.route === route));
	});
});

describe('When a user runs /help over HTTP', () => {
	it('says the bot answers commands only: mentions and DMs are not read here', async () => {
		const reply = await postInteraction(base, keys, commandInteraction('help'));
		const fields = (reply.json as { data: { embeds: { fields: { name: string }[] }[] } }).data.embeds[0]?.fields;
		expect(fields?.map((f) => f.name)).toContain('Commands only');
		expect(fields?.map((f) => f.name)).not.toContain('Mentions and DMs');
	});
});

describe('When Discord sends a command the bot does not know', () => {
	it('answers with a private error message, not an HTTP error', async () => {
		const interaction = commandInteraction('no-such-command');
		const reply = await postInteraction(base, keys, interaction);
		expect(reply.status).toBe(200);
		const body = reply.json as { type: number; data: { flags?: number; allowed_mentions: unknown } };
		expect(body.type).toBe(4);
		expect(body.data.flags).toBe(64);
		expect(body.data.allowed_mentions).toEqual({ parse: [] });
		expect(reply.json).toEqual(await direct(interaction));
	});
});

describe('When a request is not genuinely from Discord', () => {
	const refused = { error: 'invalid request signature' };

	it('refuses a tampered body with 401', async () => {
		const body = JSON.stringify(askInteraction('Why did South Korea withdraw from GSOMIA?'));
		const headers = signedHeaders(keys, body);
		const reply = await postInteraction(base, keys, body.replace('Why', 'How'), headers);
		expect(reply.status).toBe(401);
		expect(reply.json).toEqual(refused);
	});

	it('refuses a signature made with another key with 401', async () => {
		const other = generateKeys();
		const body = JSON.stringify(pingInteraction());
		const reply = await postInteraction(base, keys, body, signedHeaders(other, body));
		expect(reply.status).toBe(401);
		expect(reply.json).toEqual(refused);
	});

	it('refuses a timestamp more than 5 minutes old or ahead with 401', async () => {
		const body = JSON.stringify(pingInteraction());
		const now = Math.floor(Date.now() / 1000);
		const stale = await postInteraction(base, keys, body, signedHeaders(keys, body, now - 301));
		const ahead = await postInteraction(base, keys, body, signedHeaders(keys, body, now + 301));
		expect([stale.status, ahead.status]).toEqual([401, 401]);
		expect(stale.json).toEqual(refused);
	});

	it('refuses missing or malformed signature headers with 401', async () => {
		const body = JSON.stringify(pingInteraction());
		const missing = await send(`${base}/interactions`, {
			method: 'POST',
			body,
			headers: { 'content-type': 'application/json' },
		});
		const malformed = await postInteraction(base, keys, body, {
			...signedHeaders(keys, body),
			'x-signature-ed25519': 'not-hex',
		});
		expect([missing.status, malformed.status]).toEqual([401, 401]);
	});
});

describe('When the request itself is wrong', () => {
	it('refuses a body over 64 KiB with 413 (declared length)', async () => {
		const body = JSON.stringify({ ...pingInteraction(), padding: 'x'.repeat(MAX_BODY_BYTES) });
		const reply = await postInteraction(base, keys, body);
		expect(reply.status).toBe(413);
		expect(reply.json).toEqual({ error: 'request body too large' });
	});

	it('refuses a chunked body that grows past 64 KiB with 413', async () => {
		const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
			const req = request(
				`${base}/interactions`,
				{
					method: 'POST',
					agent: false,
					headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
				},
				(res) => {
					let text = '';
					res.on('data', (c: Buffer) => {
						text += c.toString();
					});
					res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
				},
			);
			req.on('error', reject);
			const chunk = Buffer.alloc(16 * 1024, 0x61);
			for (let i = 0; i < 5; i++) req.write(chunk);
			req.end();
		});
		expect(reply.status).toBe(413);
		expect(JSON.parse(reply.body)).toEqual({ error: 'request body too large' });
	});

	it('refuses malformed JSON (validly signed) with 400', async () => {
		const reply = await postInteraction(base, keys, '{"type": 2, "data": ');
		expect(reply.status).toBe(400);
		expect(reply.json).toEqual({ error: 'malformed JSON' });
	});

	it('refuses JSON that is not an interaction with 400', async () => {
		const reply = await postInteraction(base, keys, '["type", 1]');
		expect(reply.status).toBe(400);
		expect(reply.json).toEqual({ error: 'not an interaction' });
	});

	it('answers an unknown route with 404 and a wrong method with 405', async () => {
		const missing = await send(`${base}/nope`);
		const getInteractions = await send(`${base}/interactions`);
		const postHealth = await send(`${base}/healthz`, { method: 'POST', body: '{}' });
		expect([missing.status, getInteractions.status, postHealth.status]).toEqual([404, 405, 405]);
		expect(missing.json).toEqual({ error: 'not found' });
		expect(getInteractions.headers.allow).toBe('POST');
		expect(postHealth.headers.allow).toBe('GET, HEAD');
	});
});

describe('When an operator checks the server', () => {
	it('GET /healthz gives the knowledge-base size and the uptime', async () => {
		const reply = await send(`${base}/healthz`);
		expect(reply.status).toBe(200);
		const body = reply.json as { uptimeSeconds: number };
		expect(body).toEqual({
			status: 'ok',
			knowledge: { facts: 4, sources: 1, timelineEvents: 4, asOf: '2019-08-22' },
			uptimeSeconds: body.uptimeSeconds,
		});
		expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
	});

	it('GET /metrics counts interactions by command and outcome, abstentions, latency and refusals', async () => {
		const read = async () => (await send(`${base}/metrics`)).text;
		const answered = 'gsomia_interactions_total{command="ask",kind="command",outcome="answered"}';
		const abstained = 'gsomia_interactions_total{command="ask",kind="command",outcome="abstained"}';
		const abstentions = 'gsomia_abstentions_total{surface="interaction"}';
		const latencyCount = 'gsomia_interaction_duration_seconds_count{kind="command"}';
		const unauthorized = 'gsomia_http_rejected_total{status="401",reason="bad-signature"}';
		const before = await read();

		await postInteraction(base, keys, askInteraction('Why did South Korea withdraw from GSOMIA?'));
		await postInteraction(base, keys, askInteraction('What is the capital of France?'));
		const body = JSON.stringify(pingInteraction());
		await postInteraction(base, keys, body, signedHeaders(generateKeys(), body));

		const reply = await send(`${base}/metrics`);
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
		const after = reply.text;
		expect(sample(after, answered) - sample(before, answered)).toBe(1);
		expect(sample(after, abstained) - sample(before, abstained)).toBe(1);
		expect(sample(after, abstentions) - sample(before, abstentions)).toBe(1);
		expect(sample(after, latencyCount) - sample(before, latencyCount)).toBe(2);
		expect(sample(after, unauthorized) - sample(before, unauthorized)).toBe(1);
	});
});

describe('When Discord sends the user’s locale (Korean, Japanese, English)', () => {
	/** An engine that answers in the asked language, as the engine's localised data will, and records every call. */
	const LOCAL = {
		en: 'Seoul cited “serious changes” in security cooperation.',
		ko: '한국 정부는 안보 협력 환경에 “중대한 변화”가 생겼다고 밝혔습니다.',
		ja: '韓国政府は安全保障協力に「重大な変化」が生じたと説明しました。',
	} as const;
	const calls: unknown[] = [];
	const localized: Engine = Object.assign(Object.create(engine) as Engine, {
		ask(question: string, options?: { lang?: Lang }) {
			calls.push(['ask', options]);
			const lang = options?.lang ?? 'en';
			const real = engine.ask(question, options);
			return { ...real, lang, answer: LOCAL[lang], parts: [], suggestions: real.suggestions.slice(0, 1) };
		},
		suggest(prefix: string, limit?: number, options?: { lang?: Lang }) {
			calls.push(['suggest', options]);
			return engine.suggest(prefix, limit, options);
		},
	});
	let local: InteractionServer;
	let url: string;
	beforeAll(async () => {
		local = createInteractionServer({
			config,
			engine: localized,
			logger: silentLogger(),
			feedback: memoryFeedbackSink(),
			followUps,
			metrics: createMetrics({ defaultMetrics: false }),
		});
		url = `http://127.0.0.1:${(await local.listen(0, '127.0.0.1')).port}`;
	});
	afterAll(async () => {
		await local?.close();
	});

	/** Text a reader sees outside the article's quotes and names. */
	const outside = (data: {
		embeds: {
			title?: string;
			description: string;
			footer: { text: string };
			fields: { name: string; value: string }[];
		}[];
		components: { components: { label?: string; placeholder?: string }[] }[];
	}) =>
		[
			...data.embeds.flatMap((e) => [
				e.description
					.split('\n')
					.filter((l) => !l.startsWith('> '))
					.join('\n'),
				e.footer.text,
				...e.fields.flatMap((f) => [f.name, f.value]),
			]),
			...data.components.flatMap((r) => r.components.flatMap((c) => [c.label ?? '', c.placeholder ?? ''])),
		]
			.join('\n')
			.replace(/“[^”]*”|「[^」]*」|Korea JoongAng Daily/g, '');

	for (const [locale, lang, script] of [
		['ko', 'ko', /\p{Script=Hangul}/u],
		['ja', 'ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
		['en-US', 'en', /[A-Za-z]/],
	] as const) {
		it(`a signed /ask with locale ${locale} answers in ${lang} outside the quotes`, async () => {
			calls.length = 0;
			const reply = await postInteraction(
				url,
				keys,
				askInteraction('Why did South Korea withdraw from GSOMIA?', {
					locale,
					userId: `11000000000000001${lang.length}${locale.length}`,
				}),
			);
			expect(reply.status).toBe(200);
			const data = (reply.json as { data: Parameters<typeof outside>[0] }).data;
			expect(calls).toEqual([['ask', { lang }]]);
			const text = outside(data);
			expect(text).toMatch(script);
			if (lang !== 'en') expect(text.match(/[A-Za-z]{2,}/g)).toBeNull();
			else expect(text).not.toMatch(/[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u);
			// The quote stays verbatim English: it is the evidence.
			expect(data.embeds[0]?.description).toContain('> citing “serious changes” in security cooperation');
		});
	}

	it('with the engine answering in English only, the frame is Korean and says the answer is in English', async () => {
		const reply = await postInteraction(
			base,
			keys,
			askInteraction('Why did South Korea withdraw from GSOMIA?', { locale: 'ko' }),
		);
		const embed = (reply.json as { data: { embeds: { footer: { text: string }; fields: { name: string }[] }[] } }).data
			.embeds[0];
		expect(embed?.fields[0]?.name).toBe('출처');
		expect(embed?.footer.text).toBe(
			'기사가 나온 2019년 8월 22일 (목) 기준이며, 그 이후의 일은 다루지 않습니다. 도움이 되었나요? 답변 본문은 영어로 되어 있습니다. 아직 한국어로 작성되지 않았습니다.',
		);
	});

	it('autocomplete with locale ko asks the engine for Korean question texts', async () => {
		calls.length = 0;
		const reply = await postInteraction(url, keys, askAutocomplete('지소미아', { locale: 'ko' }));
		expect(reply.status).toBe(200);
		expect(calls).toEqual([['suggest', { lang: 'ko' }]]);
		const choices = (reply.json as { data: { choices: { name: string }[] } }).data.choices;
		expect(choices[0]).toEqual({ name: '지소미아', value: '지소미아' });
	});

	it('/help with locale ja is Japanese, and tells the truth about HTTP (commands only)', async () => {
		const reply = await postInteraction(url, keys, commandInteraction('help', { locale: 'ja' }));
		const embed = (reply.json as { data: { embeds: { title: string; fields: { name: string }[] }[] } }).data.embeds[0];
		expect(embed?.title).toBe('使い方');
		expect(embed?.fields.map((f) => f.name)).toContain('コマンド専用');
	});
});
