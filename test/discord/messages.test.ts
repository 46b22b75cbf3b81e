import { describe, expect, it } from 'vitest';
import { type IncomingMessage, planMessageReply, questionText } from '../../src/discord/messages.js';
import { renderAnswer } from '../../src/discord/render.js';
import { createEngine } from '../../src/engine/index.js';
import { createCooldown } from '../../src/interactions/cooldown.js';
import { fixtureKb } from '../fixtures/kb.js';

const BOT = '1100000000000000001';
const engine = createEngine(fixtureKb());
const Q = 'What did South Korea decide about GSOMIA?';

function ctx(limit = 5) {
	return {
		engine,
		cooldown: createCooldown({ limit, windowMs: 20_000 }, () => 1_000_000),
		cooldownLimits: { limit, windowMs: 20_000 },
		botUserId: BOT,
		now: () => 1_000_000,
	};
}

const msg = (overrides: Partial<IncomingMessage> = {}): IncomingMessage => ({
	id: '42',
	channelId: '7',
	guildId: null,
	authorId: '1300000000000000001',
	authorIsBot: false,
	content: Q,
	mentionsBot: false,
	...overrides,
});

describe('Which messages get a reply', async () => {
	it('ignores the bot itself, other bots, and server messages without a mention', async () => {
		expect(await planMessageReply(msg({ authorId: BOT, authorIsBot: true }), ctx())).toEqual({
			action: 'ignore',
			reason: 'self',
		});
		expect(await planMessageReply(msg({ authorIsBot: true }), ctx())).toEqual({ action: 'ignore', reason: 'bot' });
		expect(await planMessageReply(msg({ guildId: '9' }), ctx())).toEqual({ action: 'ignore', reason: 'not-mentioned' });
	});

	it('answers any DM, as a reply to it, with the same rendering as /ask', async () => {
		expect(await planMessageReply(msg(), ctx())).toEqual({
			action: 'reply',
			outcome: 'answered',
			body: {
				...renderAnswer(engine.ask(Q), { question: Q }),
				message_reference: { message_id: '42', fail_if_not_exists: false },
			},
			answer: { kind: 'answered', confidence: engine.ask(Q).confidence, lang: 'en' },
		});
	});

	it('answers a mention in a server without the mention in the question', async () => {
		const plan = await planMessageReply(
			msg({ guildId: '9', mentionsBot: true, content: `<@${BOT}>   ${Q} <@!${BOT}>` }),
			ctx(),
		);
		expect(plan).toMatchObject({ action: 'reply', outcome: 'answered' });
		expect(plan.action === 'reply' && plan.body.embeds?.[0]?.title).toBe(Q);
	});

	it('"help" gets the help, whatever the case or a leading slash', async () => {
		for (const content of ['help', 'HELP', '/help', `<@${BOT}> help?`, '?']) {
			const plan = await planMessageReply(msg({ content, guildId: '9', mentionsBot: true }), ctx());
			expect(plan.action === 'reply' && plan.body.embeds?.[0]?.title).toBe('How to use me');
		}
	});

	it('a mention with nothing to ask gets the engine’s honest reply and suggestions', async () => {
		const plan = await planMessageReply(msg({ content: `<@${BOT}>`, guildId: '9', mentionsBot: true }), ctx());
		expect(plan).toMatchObject({ action: 'reply', outcome: 'abstained' });
	});

	it('over the cooldown, the reply is a private notice, not an answer', async () => {
		const c = ctx(1);
		expect(await planMessageReply(msg(), c)).toMatchObject({ outcome: 'answered' });
		expect(await planMessageReply(msg(), c)).toEqual({
			action: 'reply',
			outcome: 'cooldown',
			private: true,
			body: {
				content: "You're asking quickly. You can ask again <t:1020:R>; this keeps the bot fair for everyone.",
				allowed_mentions: { parse: [] },
				message_reference: { message_id: '42', fail_if_not_exists: false },
			},
		});
	});
});

describe('questionText', async () => {
	it('removes only the bot’s own mentions and collapses white space', async () => {
		expect(questionText(`<@${BOT}> hi <@123>\n there <@!${BOT}>`, BOT)).toBe('hi <@123> there');
	});

	it('removes the bot’s managed role mention too, and no other role', async () => {
		expect(questionText('<@&55> why <@&66>?', BOT, '55')).toBe('why <@&66>?');
	});
});
