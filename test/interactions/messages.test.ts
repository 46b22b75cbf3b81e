/** DMs and mentions, planned without discord.js: ignore, react, or reply (and how), in the question's language. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.js';
import { createCooldown } from '../../src/interactions/cooldown.js';
import { type IncomingMessage, planMessageReply, questionText } from '../../src/interactions/messages.js';
import { memoryPostLog } from '../../src/interactions/posts.js';
import { smallTalk } from '../../src/interactions/smalltalk.js';
import { fixtureKb } from '../fixtures/kb.js';

const BOT = '1100000000000000001';
const engine = createEngine(fixtureKb());
const Q = 'What did South Korea decide about GSOMIA?';
const HELP = { readsMessages: true, cooldown: { limit: 5, windowMs: 20_000 }, repeatWindowMs: 60_000 };

function ctx(limit = 5) {
	return {
		engine,
		cooldown: createCooldown({ limit, windowMs: 20_000 }, () => 1_000_000),
		posts: memoryPostLog({ windowMs: 60_000, now: () => 1_000_000 }),
		botUserId: BOT,
		help: HELP,
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
const mention = (content: string, overrides: Partial<IncomingMessage> = {}) =>
	msg({ guildId: '9', mentionsBot: true, content: `<@${BOT}> ${content}`, ...overrides });

describe('Which messages get a reply', () => {
	it('ignores the bot itself, other bots, and server messages without a mention', async () => {
		expect(await planMessageReply(msg({ authorId: BOT, authorIsBot: true }), ctx())).toEqual({
			action: 'ignore',
			reason: 'self',
		});
		expect(await planMessageReply(msg({ authorIsBot: true }), ctx())).toEqual({ action: 'ignore', reason: 'bot' });
		expect(await planMessageReply(msg({ guildId: '9' }), ctx())).toEqual({ action: 'ignore', reason: 'not-mentioned' });
	});

	it('answers any DM in public (it is the DM), with one plain sentence, and nothing to share or delete', async () => {
		const plan = await planMessageReply(msg(), ctx());
		expect(plan).toEqual({
			action: 'reply',
			handled: {
				reply: {
					type: 'answer',
					view: { answer: engine.ask(Q, { lang: 'en' }), title: Q, sentence: true },
					visibility: 'public',
				},
				outcome: 'answered',
				lang: 'en',
				verdict: { kind: 'answered', confidence: engine.ask(Q, { lang: 'en' }).confidence },
			},
		});
	});

	it('answers a mention in a server without the mention in the question; the asker may delete it', async () => {
		const plan = await planMessageReply(mention(`  ${Q} <@!${BOT}>`), ctx());
		expect(plan).toMatchObject({
			action: 'reply',
			handled: {
				outcome: 'answered',
				reply: { type: 'answer', visibility: 'public', view: { title: Q, deletableBy: ['1300000000000000001'] } },
			},
		});
	});

	it('shows other mentions in the title as names', async () => {
		const plan = await planMessageReply(
			mention(`${Q} cc <@1300000000000000005> in <#77>`, {
				names: { users: { '1300000000000000005': 'Minji' }, channels: { '77': 'general' } },
			}),
			ctx(),
		);
		expect(plan.action === 'reply' && plan.handled.reply.type === 'answer' && plan.handled.reply.view.title).toBe(
			`${Q} cc @Minji in <#77>`,
		);
	});

	it('"help" gets the help (what the transport does), whatever the case, a leading slash, or the language', async () => {
		for (const content of ['help', 'HELP', '/help', 'help?', '?', '도움말', 'ヘルプ']) {
			const plan = await planMessageReply(mention(content), ctx());
			expect(plan).toMatchObject({ action: 'reply', handled: { reply: { type: 'help', help: HELP } } });
		}
	});

	it('a greeting or thanks in a server gets a reaction; in a DM a thanks does, a greeting gets an answer', async () => {
		expect(await planMessageReply(mention('hello!'), ctx())).toEqual({
			action: 'react',
			emoji: '👋',
			outcome: 'greeting',
		});
		expect(await planMessageReply(mention('thank you 🙏'), ctx())).toEqual({
			action: 'react',
			emoji: '😊',
			outcome: 'thanks',
		});
		expect(await planMessageReply(mention('안녕하세요'), ctx())).toMatchObject({ action: 'react', emoji: '👋' });
		expect(await planMessageReply(mention('ありがとうございます！'), ctx())).toMatchObject({
			action: 'react',
			emoji: '😊',
		});
		expect(await planMessageReply(msg({ content: 'thanks!' }), ctx())).toMatchObject({ action: 'react' });
		expect(await planMessageReply(msg({ content: 'hi' }), ctx())).toMatchObject({ action: 'reply' });
	});

	it('a mention with nothing to ask gets the engine’s honest reply and suggestions', async () => {
		expect(await planMessageReply(msg({ content: `<@${BOT}>`, guildId: '9', mentionsBot: true }), ctx())).toMatchObject(
			{
				action: 'reply',
				handled: { outcome: 'abstained' },
			},
		);
	});

	it('the language is the question’s script', async () => {
		const lang = async (content: string) => {
			const plan = await planMessageReply(msg({ content }), ctx());
			return plan.action === 'reply' ? plan.handled.lang : undefined;
		};
		expect(await lang('지소미아 왜 탈퇴했어?')).toBe('ko');
		expect(await lang('GSOMIAはいつ終わった？')).toBe('ja');
		expect(await lang('why did Korea leave GSOMIA?')).toBe('en');
	});

	it('over the cooldown, the reply is a private notice, not an answer', async () => {
		const c = ctx(1);
		expect(await planMessageReply(msg(), c)).toMatchObject({ handled: { outcome: 'answered' } });
		expect(await planMessageReply(msg(), c)).toEqual({
			action: 'reply',
			handled: {
				reply: { type: 'notice', notice: { type: 'cooldown', retryAt: 1_020_000 } },
				outcome: 'cooldown',
				lang: 'en',
			},
			private: true,
		});
		// Told once: another message in the same window gets no reply at all (no REST call for a refusal).
		expect(await planMessageReply(msg(), c)).toEqual({ action: 'ignore', reason: 'cooldown' });
		expect(await planMessageReply(msg({ content: 'help' }), c)).toEqual({ action: 'ignore', reason: 'cooldown' });
	});

	it('the same fact by mention again in the channel goes privately, with a short notice as the fallback', async () => {
		const c = ctx();
		const first = await planMessageReply(mention(Q), c);
		await (first.action === 'reply' ? first.handled.posted?.('555') : undefined);
		const second = await planMessageReply(mention('did korea pull out of gsomia', { id: '43', authorId: '5' }), c);
		expect(second).toMatchObject({
			action: 'reply',
			private: true,
			handled: {
				outcome: 'repeat',
				reply: {
					type: 'answer',
					visibility: 'private',
					view: { repeat: { at: 1_000_000, url: 'https://discord.com/channels/9/7/555' } },
				},
			},
			fallback: {
				type: 'notice',
				notice: { type: 'already-posted', at: 1_000_000, url: 'https://discord.com/channels/9/7/555' },
			},
		});
	});
});

describe('questionText', () => {
	it('removes only the bot’s own mentions and collapses white space', () => {
		expect(questionText(`<@${BOT}> hi <@123>\n there <@!${BOT}>`, BOT)).toBe('hi <@123> there');
	});

	it('removes the bot’s managed role mention too, and no other role', () => {
		expect(questionText('<@&55> why <@&66>?', BOT, '55')).toBe('why <@&66>?');
	});
});

describe('Small talk', () => {
	it('is only a greeting or thanks, in any of the three languages, with emoji or punctuation', () => {
		const cases: [string, string | undefined][] = [
			['hi', 'greeting'],
			['Hello there!!', 'greeting'],
			['👋', 'greeting'],
			['good morning :)', 'greeting'],
			['안녕하세요~', 'greeting'],
			['こんにちは', 'greeting'],
			['thanks', 'thanks'],
			['Thank you so much 🙏🏽', 'thanks'],
			['thx', 'thanks'],
			['감사합니다!', 'thanks'],
			['ありがとう', 'thanks'],
			['hi, why did korea leave gsomia', undefined],
			['thanks, but when was it signed?', undefined],
			['hi?', undefined],
			['', undefined],
			['gsomia', undefined],
		];
		for (const [text, expected] of cases) expect([text, smallTalk(text)]).toEqual([text, expected]);
	});
});
