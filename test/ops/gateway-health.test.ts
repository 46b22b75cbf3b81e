/**
 * The gateway bot as operators run it (`node dist/src/main.js` with DISCORD_TOKEN and HEALTH_PORT) against the fake
 * Discord: /healthz and /metrics are scraped from the running bot, malformed gateway events cost only themselves,
 * and logs carry pid, hostname, locale and the engine's verdict.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BOT_ID, DEFAULT_TOKEN, FakeDiscord } from '../e2e/fake-discord.js';
import * as p from '../e2e/payloads.js';
import { freePort, MAIN, type Running, start } from './helpers.js';

let fake: FakeDiscord;
let bot: Running;
let health: string;
const Q = 'What did South Korea decide about GSOMIA?';

/** The value of one sample line of the Prometheus text, or 0 when absent. */
function sample(text: string, series: string): number {
	const line = text.split('\n').find((l) => l.startsWith(`${series} `));
	return line ? Number(line.slice(series.length + 1)) : 0;
}

beforeAll(async () => {
	fake = await FakeDiscord.start({ guilds: [{ id: p.IDS.guild, channels: [{ id: p.IDS.channel }] }] });
	const port = await freePort();
	health = `http://127.0.0.1:${port}`;
	bot = start(MAIN, [], {
		DISCORD_TOKEN: DEFAULT_TOKEN,
		DISCORD_API_URL: fake.apiUrl,
		HEALTH_HOST: '127.0.0.1',
		HEALTH_PORT: String(port),
		LOG_LEVEL: 'info',
	});
	await bot.waitFor('gateway bot ready');
});
afterAll(async () => {
	if (bot && bot.child.exitCode === null) bot.child.kill('SIGKILL');
	await fake?.close();
});

describe('A gateway bot with HEALTH_PORT', () => {
	it('serves /healthz: 200 with the knowledge fingerprint while connected', async () => {
		const res = await fetch(`${health}/healthz`);
		expect(res.status).toBe(200);
		const body = (await res.json()) as { status: string; knowledge: { fingerprint: string; facts: number } };
		expect(body.status).toBe('ok');
		expect(body.knowledge.fingerprint).toMatch(/^[0-9a-f]{12}$/);
		expect(body.knowledge.facts).toBeGreaterThan(10);
	});

	it('answers DMs and mentions, survives malformed events, and counts it all on /metrics', async () => {
		const userId = '1300000000000900001';
		const dm = await fake.dispatchMessage(p.message({ content: Q, authorId: userId }));
		expect(dm.status).toBeLessThan(400);
		const mention = await fake.dispatchMessage(
			p.message({
				content: `<@${DEFAULT_BOT_ID}> ${Q}`,
				authorId: userId,
				guildId: p.IDS.guild,
				mentions: [DEFAULT_BOT_ID],
			}),
		);
		expect(mention.status).toBeLessThan(400);

		// One bad event costs one event: a message without an author, a slash command without data.
		const { author: _author, ...noAuthor } = p.message({ content: Q, authorId: '1300000000000900002' });
		fake.dispatch('MESSAGE_CREATE', noAuthor);
		const { data: _data, ...noData } = p.ask(Q, { userId: '1300000000000900003' });
		const refused = await fake.dispatchInteraction(noData);
		expect((refused.body as { type: number }).type).toBe(4);
		const after = await fake.dispatchInteraction(p.ask(Q, { userId: '1300000000000900004' }));
		expect((after.body as { data: { embeds: unknown[] } }).data.embeds).toHaveLength(1);
		expect(bot.child.exitCode).toBeNull();

		const res = await fetch(`${health}/metrics`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toContain('text/plain');
		const text = await res.text();
		expect(text).toMatch(
			/^gsomia_build_info\{version="\d+\.\d+\.\d+",knowledge="[0-9a-f]{12}",mode="gateway",node="v\d+[^"]*"\} 1$/m,
		);
		// Node's default metrics, unprefixed, event-loop lag included.
		expect(text).toMatch(/^process_cpu_seconds_total \d/m);
		expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
		expect(text).not.toMatch(/^gsomia_process_/m);
		expect(sample(text, 'gsomia_gateway_ready')).toBe(1);
		expect(sample(text, 'gsomia_messages_total{surface="dm",outcome="answered"}')).toBe(1);
		expect(sample(text, 'gsomia_messages_total{surface="mention",outcome="answered"}')).toBe(1);
		expect(
			sample(
				text,
				'gsomia_gateway_events_dropped_total{event="MESSAGE_CREATE",reason="no author, content or channel"}',
			),
		).toBe(1);
		expect(sample(text, 'gsomia_interactions_total{command="unknown",kind="command",outcome="malformed"}')).toBe(1);
		expect(sample(text, 'gsomia_interactions_total{command="ask",kind="command",outcome="answered"}')).toBe(1);
		expect(text).toMatch(/^gsomia_interaction_duration_seconds_bucket\{le="0.005",kind="command"\} \d/m);
	});

	it('logs with pid, hostname, locale and the answer’s kind and confidence', async () => {
		// The child writes its log before its reply, but the pipe may deliver it after the reply arrived here.
		await bot.waitFor('"command":"ask","kind":"command","outcome":"answered"');
		await bot.waitFor('"msg":"dropped a malformed gateway event"');
		const lines = bot
			.output()
			.split('\n')
			.filter((l) => l.startsWith('{'))
			.map((l) => JSON.parse(l) as Record<string, unknown>);
		const interaction = lines.find((l) => l.msg === 'interaction' && l.outcome === 'answered');
		expect(interaction).toMatchObject({
			pid: bot.child.pid,
			hostname: expect.any(String),
			mode: 'gateway',
			command: 'ask',
			locale: 'en-US',
			answerKind: 'answered',
			confidence: expect.any(Number),
			lang: 'en',
		});
		const message = lines.find((l) => l.msg === 'message' && l.surface === 'dm');
		expect(message).toMatchObject({ pid: bot.child.pid, answerKind: 'answered', confidence: expect.any(Number) });
		expect(lines.find((l) => l.msg === 'dropped a malformed gateway event')).toMatchObject({
			level: 40,
			event: 'MESSAGE_CREATE',
		});
		expect(bot.output()).not.toContain(DEFAULT_TOKEN);
	});

	it('stops on SIGTERM (exit 0), and /healthz goes away with it', async () => {
		bot.child.kill('SIGTERM');
		const ran = await bot.exited;
		expect(ran.code).toBe(0);
		await expect(fetch(`${health}/healthz`)).rejects.toThrow();
	});
});
