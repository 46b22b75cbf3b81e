/**
 * The curator channel, end to end with the real discord.js client against the fake Discord: a 👎 with a reason
 * (the button, then the reason form) is posted to the server's curator channel, and the daily digest of the
 * server's declined questions is posted there once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../commands/index.js';
import { parseConfig } from '../../src/config.js';
import { type GatewayBot, startGateway } from '../../src/discord/gateway.js';
import { createEngine } from '../../src/engine/index.js';
import { memoryFeedbackSink } from '../../src/interactions/feedback.js';
import { silentLogger } from '../../src/logger.js';
import { memoryStorage } from '../../src/storage/memory.js';
import { fixtureKb } from '../fixtures/kb.js';
import { DEFAULT_TOKEN, FakeDiscord } from './fake-discord.js';
import * as p from './payloads.js';

const CURATORS = '1200000000000000099';
let fake: FakeDiscord;
let bot: GatewayBot;
const storage = memoryStorage();

beforeAll(async () => {
	fake = await FakeDiscord.start({
		guilds: [{ id: p.IDS.guild, channels: [{ id: p.IDS.channel }, { id: CURATORS }] }],
	});
	await storage.saveSettings(
		p.IDS.guild,
		{ visibility: 'private', autoAnswerChannels: [], curatorChannel: CURATORS },
		0,
	);
	const now = Date.now();
	for (const text of ['did japan retaliate', 'did japan retaliate?', 'who won the world cup'])
		await storage.recordMiss({
			at: now - 1000,
			text,
			kind: text.includes('japan') ? 'not-in-article' : 'off-topic',
			confidence: 0.4,
			closest: ['japan-regret'],
			surface: 'slash',
			guildId: p.IDS.guild,
		});
	bot = await startGateway({
		config: parseConfig({ DISCORD_TOKEN: DEFAULT_TOKEN, DISCORD_API_URL: fake.apiUrl, COOLDOWN_LIMIT: '100' }),
		engine: createEngine(fixtureKb()),
		logger: silentLogger(),
		feedback: memoryFeedbackSink(),
		storage,
		firstDigestAfterMs: 100,
		digestEveryMs: 200,
	});
});
afterAll(async () => {
	await bot?.stop();
	await fake?.close();
});

const toCurators = (r: { method: string; path: string }) =>
	r.method === 'POST' && r.path === `/channels/${CURATORS}/messages`;

describe('A server with a curator channel', () => {
	it('gets the daily digest of its declined questions, once', async () => {
		const digest = await fake.waitForRequest(
			(r) => toCurators(r) && String((r.body as { content?: string }).content).includes('went unanswered'),
			'the digest',
		);
		expect((digest.body as { content: string }).content).toBe(
			[
				'**Yesterday 3 questions went unanswered**',
				'- 2× “did japan retaliate”: add "did japan retaliate" as an alternate of japan-regret if that fact answers it',
				'- 1× “who won the world cup”: off-topic: nothing to add (the bot declines it as it should)',
			].join('\n'),
		);
		// Checked again every 200 ms here: the day is claimed, so it is not posted twice.
		await new Promise((r) => setTimeout(r, 600));
		expect(
			fake.requests.filter(
				(r) => toCurators(r) && String((r.body as { content?: string }).content).includes('went unanswered'),
			),
		).toHaveLength(1);
	});

	it('gets each 👎 reason, with the question, a link to the answer and its facts', async () => {
		const userId = '1300000000000000555';
		const customId = registry.ids.encode({ type: 'vote', vote: 'down', count: 0, factIds: ['decision-withdraw'] });
		const message = p.botMessage({ embeds: [{ title: 'what did korea decide' }] });
		const click = p.button(customId, message, { userId });
		const form = await fake.dispatchInteraction(click);
		const modal = form.body as { type: number; data: { custom_id: string } };
		expect(modal.type).toBe(9);
		const submit = {
			...p.button(customId, message, { userId }),
			type: 5,
			data: {
				custom_id: modal.data.custom_id,
				components: [{ type: 1, components: [{ type: 4, custom_id: 'reason', value: 'it does not say why' }] }],
			},
		};
		const posted = fake.waitForRequest(toCurators, 'the reason in the curator channel');
		const updated = await fake.dispatchInteraction(submit);
		expect((updated.body as { type: number }).type).toBe(7);
		expect(((await posted).body as { content: string; allowed_mentions: unknown }).content).toBe(
			[
				'👎 on “what did korea decide”: it does not say why',
				`https://discord.com/channels/${p.IDS.guild}/${p.IDS.channel}/${String(message.id)}`,
				'-# Facts: decision-withdraw',
			].join('\n'),
		);
		expect((await storage.votes()).find((v) => v.userId === userId)?.reason).toBe('it does not say why');
	});
});
