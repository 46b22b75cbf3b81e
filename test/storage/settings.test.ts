/**
 * /settings: server-only, for members who can manage the server; each change is stored per server (in the storage
 * of the process), shown back, and used: the default visibility of /ask answers.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { registry } from '../../commands/index.js';
import { parseConfig } from '../../src/config.js';
import { createInteractionContext } from '../../src/interactions/context.js';
import { memoryFeedbackSink } from '../../src/interactions/feedback.js';
import { handleInteraction } from '../../src/interactions/handle.js';
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
