/**
 * /settings: server-only, for members who can manage the server; each change is stored per server (in the storage
 * of the process), shown back, and used: the default visibility of /ask answers.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { registry } from '../../commands/index.js';
import { parseConfig } from '../../src/config.js';
import { createInteractionContext } from '../../src/interactions/context.js';
import { createCooldown } from '../../src/interactions/cooldown.js';
import { memoryFeedbackSink } from '../../src/interactions/feedback.js';
import { handleInteraction } from '../../src/interactions/handle.js';
import { planMessageReply, questionLike } from '../../src/interactions/messages.js';
import { memoryPostLog } from '../../src/interactions/posts.js';
import { cachedSettings } from '../../src/interactions/settings.js';
import { silentLogger } from '../../src/logger.js';
import { memoryStorage } from '../../src/storage/memory.js';
import { engine } from '../engine/helpers.js';
import { askInteraction, GUILD_ID } from '../http/helpers.js';

function settings(sub: string, options: unknown[] = [], where: { dm?: boolean } = {}): APIInteraction {
	const base = askInteraction('x', where) as unknown as Record<string, unknown>;
	return {
		...base,
		data: { id: '1', name: 'settings', type: 1, options: [{ type: 1, name: sub, options }] },
	} as unknown as APIInteraction;
}

function setup(readsContent = false) {
	const storage = memoryStorage();
	const ctx = createInteractionContext({
		engine,
		registry,
		config: parseConfig({ COOLDOWN_LIMIT: '100' }),
		logger: silentLogger(),
		readsMessages: true,
		readsContent,
		feedback: memoryFeedbackSink(),
		storage,
	});
	return { ctx, storage };
}

describe('/settings', () => {
	it('shows the defaults, then each change, stored for the server', async () => {
		const { ctx, storage } = setup();
		expect((await handleInteraction(settings('show'), ctx)).reply).toEqual({
			type: 'settings',
			settings: { visibility: 'private', autoAnswerChannels: [] },
			saved: false,
			needsContent: false,
		});
		await handleInteraction(settings('visibility', [{ type: 3, name: 'value', value: 'public' }]), ctx);
		await handleInteraction(
			settings('curator-channel', [{ type: 7, name: 'channel', value: '1700000000000000001' }]),
			ctx,
		);
		const on = await handleInteraction(
			settings('auto-answer', [
				{ type: 7, name: 'channel', value: '1700000000000000002' },
				{ type: 5, name: 'on', value: true },
			]),
			ctx,
		);
		// Auto-answer needs the Message Content intent, which this bot does not request: it says so.
		expect(on.reply).toMatchObject({ type: 'settings', saved: true, needsContent: true });
		expect(await storage.settings(GUILD_ID)).toEqual({
			visibility: 'public',
			autoAnswerChannels: ['1700000000000000002'],
			curatorChannel: '1700000000000000001',
		});
		await handleInteraction(settings('curator-channel'), ctx);
		await handleInteraction(
			settings('auto-answer', [
				{ type: 7, name: 'channel', value: '1700000000000000002' },
				{ type: 5, name: 'on', value: false },
			]),
			ctx,
		);
		expect(await storage.settings(GUILD_ID)).toEqual({ visibility: 'public', autoAnswerChannels: [] });
	});

	it('is refused outside a server', async () => {
		const { ctx } = setup();
		expect((await handleInteraction(settings('show', [], { dm: true }), ctx)).reply).toEqual({
			type: 'notice',
			notice: { type: 'guild-only' },
		});
	});

	it('the server’s default visibility applies to /ask without public:, and public: still decides', async () => {
		const { ctx } = setup();
		const visibility = async (i: APIInteraction) => {
			const reply = (await handleInteraction(i, ctx)).reply;
			return reply.type === 'answer' ? reply.visibility : reply.type;
		};
		const q = 'What did South Korea decide about GSOMIA?';
		expect(await visibility(askInteraction(q, { userId: '1' }) as unknown as APIInteraction)).toBe('private');
		await handleInteraction(settings('visibility', [{ type: 3, name: 'value', value: 'public' }]), ctx);
		expect(await visibility(askInteraction(q, { userId: '2' }) as unknown as APIInteraction)).toBe('public');
		expect(await visibility(askInteraction(q, { userId: '3', public: false }) as unknown as APIInteraction)).toBe(
			'private',
		);
	});
});

describe('Auto-answer channels (with the Message Content intent)', () => {
	const CHANNEL = '1700000000000000009';
	async function plan(content: string, channelId = CHANNEL) {
		const storage = memoryStorage();
		await storage.saveSettings(GUILD_ID, { visibility: 'private', autoAnswerChannels: [CHANNEL] }, 0);
		const settingsBook = cachedSettings(storage);
		const result = await planMessageReply(
			{
				id: '1800000000000000001',
				channelId,
				guildId: GUILD_ID,
				authorId: '1300000000000000042',
				authorIsBot: false,
				content,
				mentionsBot: false,
			},
			{
				engine,
				cooldown: createCooldown({ limit: 5, windowMs: 20_000 }),
				posts: memoryPostLog({ windowMs: 0 }),
				botUserId: '1100000000000000001',
				help: { readsMessages: true, cooldown: { limit: 5, windowMs: 20_000 }, repeatWindowMs: 0 },
				storage,
				settings: settingsBook,
			},
		);
		return { result, misses: await storage.misses(0) };
	}

	it('answers a question the article answers, without a mention, in the channel', async () => {
		const { result } = await plan('What did South Korea decide about GSOMIA?');
		expect(result).toMatchObject({ action: 'reply', handled: { outcome: 'answered' } });
	});

	it('stays quiet on chat, on questions the article does not answer, and in other channels', async () => {
		expect((await plan('lol same here')).result).toEqual({ action: 'ignore', reason: 'not-mentioned' });
		const offTopic = await plan('what is the capital of france?');
		expect(offTopic.result).toEqual({ action: 'ignore', reason: 'not-mentioned' });
		expect(offTopic.misses).toEqual([]);
		expect((await plan('What did South Korea decide about GSOMIA?', '1700000000000000010')).result).toEqual({
			action: 'ignore',
			reason: 'not-mentioned',
		});
	});

	it('knows a question from chat', () => {
		expect(
			['why did korea leave gsomia', 'GSOMIA는 언제 체결됐나요', 'GSOMIAはいつ終わったのか', 'is it over?'].map(
				questionLike,
			),
		).toEqual([true, true, true, true]);
		expect(['nice', 'I think the pact was a mistake', 'see you tomorrow'].map(questionLike)).toEqual([
			false,
			false,
			false,
		]);
	});
});
