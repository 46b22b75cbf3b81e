/**
 * Every kind of reply rendered in English, Korean and Japanese. With the engine's texts given in the reader's
 * language (as the engine will give them), nothing outside the quotes and proper names is left in another
 * language: a missing or untranslated string fails here.
 */
import type { APIInteractionResponseCallbackData, APIMessage } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { registry } from '../../commands/index.js';
import type { Answer, Lang } from '../../src/engine/types.js';
import type { AnswerView, Notice, Reply } from '../../src/interactions/replies.js';
import { renderData, renderPublicCopy } from '../../src/render/render.js';
import { fixtureKb } from '../fixtures/kb.js';

const SOURCE = {
	id: 'joongang-2019-08-22-gsomia',
	title: 'Seoul pulls out of Gsomia pact with Tokyo',
	publisher: 'Korea JoongAng Daily',
	published: '2019-08-22',
	section: 'National > Politics',
};
const QUOTE =
	'President Moon Jae-in on Thursday decided to withdraw from a military intelligence-sharing pact with Japan';

/** What the engine says, per language (the engine owner's localised data will look like this). */
const ENGINE: Record<Lang, { answer: string; question: string; topic: string; event: string }> = {
	en: {
		answer: 'On Aug. 22, 2019, President Moon Jae-in decided to withdraw from GSOMIA.',
		question: 'What did South Korea decide about GSOMIA?',
		topic: 'The decision',
		event: 'President Moon Jae-in decides to withdraw from GSOMIA',
	},
	ko: {
		answer: '2019년 8월 22일 문재인 대통령은 지소미아 종료를 결정했습니다.',
		question: '한국은 지소미아에 대해 어떤 결정을 내렸나요?',
		topic: '결정',
		event: '문재인 대통령이 지소미아 종료를 결정',
	},
	ja: {
		answer: '2019年8月22日、文在寅大統領はGSOMIAの破棄を決めました。',
		question: '韓国はGSOMIAについて何を決めたのですか？',
		topic: '決定',
		event: '文在寅大統領がGSOMIA破棄を決定',
	},
};

function answer(lang: Lang, answered = true): Answer {
	const e = ENGINE[lang];
	return {
		answered,
		kind: answered ? 'answered' : 'not-in-article',
		answer: e.answer,
		citations: answered ? [{ quote: QUOTE, source: SOURCE, paragraph: 2 }] : [],
		confidence: 0.9,
		factIds: answered ? ['decision-withdraw'] : [],
		suggestions: [{ factId: 'decision-reason', question: e.question }],
		asOf: '2019-08-22',
		lang,
		parts: [],
	};
}

const NOTICES: Notice[] = [
	{ type: 'cooldown', retryAt: 1_566_475_200_000 },
	{ type: 'error', ref: '4F2A91' },
	{ type: 'unknown-command' },
	{ type: 'unknown-component' },
	{ type: 'unknown-fact' },
	{ type: 'no-text' },
	{ type: 'topic-gone' },
	{ type: 'already-voted' },
	{ type: 'delete-refused' },
	{ type: 'already-posted', at: 1_566_475_200_000, url: 'https://discord.com/channels/1/2/3' },
	{ type: 'already-posted', at: 1_566_475_200_000 },
];

/** Every kind of reply that shows text, as it would be in `lang`. */
function replies(lang: Lang): [string, Reply][] {
	const e = ENGINE[lang];
	const view = (extra: Partial<AnswerView> = {}): AnswerView => ({ answer: answer(lang), title: e.question, ...extra });
	const kb = fixtureKb();
	const topic = { id: 'the-decision', name: e.topic, facts: [{ factId: 'decision-withdraw', question: e.question }] };
	const event = {
		id: 'decision-day',
		said: 'Thursday',
		date: '2019-08-22',
		precision: 'day' as const,
		what: e.event,
		quote: { text: 'on Thursday', source: SOURCE.id, paragraph: 2 },
		facts: ['decision-withdraw'],
	};
	const month = { ...event, id: 'm', said: 'in July', date: '2019-07', precision: 'month' as const };
	const privateAnswer = renderData(
		{ type: 'answer', view: view({ share: true }), visibility: 'private' },
		{
			lang,
			ids: registry.ids,
		},
	) as APIInteractionResponseCallbackData;
	const message = { id: '9', channel_id: '8', flags: 64, ...privateAnswer } as unknown as APIMessage;
	return [
		['a private answer', { type: 'answer', view: view({ share: true }), visibility: 'private' }],
		[
			'a public answer for someone',
			{
				type: 'answer',
				view: view({ ping: '42', sentence: true, deletableBy: ['1'], titleUrl: 'https://discord.com/channels/1/2/3' }),
				visibility: 'public',
			},
		],
		[
			'a repeat',
			{
				type: 'answer',
				view: view({ repeat: { at: 1, url: 'https://discord.com/channels/1/2/3' } }),
				visibility: 'private',
			},
		],
		['a repeat, no link', { type: 'answer', view: view({ repeat: { at: 1 } }), visibility: 'private' }],
		[
			'an abstention',
			{ type: 'answer', view: { answer: answer(lang, false), title: e.question }, visibility: 'private' },
		],
		['an answer in /topics', { type: 'answer', view: view({ backTo: 'the-decision' }), visibility: 'update' }],
		...NOTICES.map((notice): [string, Reply] => [`the notice ${notice.type}`, { type: 'notice', notice }]),
		['/topics', { type: 'topics', topics: [topic], visibility: 'private' }],
		['/topics, empty', { type: 'topics', topics: [], visibility: 'private' }],
		['a topic', { type: 'topic', topic, visibility: 'update' }],
		['/timeline', { type: 'timeline', events: [month, event], asOf: '2019-08-22', visibility: 'private' }],
		['/timeline, empty', { type: 'timeline', events: [], asOf: '2019-08-22', visibility: 'private' }],
		['/source', { type: 'source', kb, visibility: 'private' }],
		[
			'/help over the gateway',
			{
				type: 'help',
				help: { readsMessages: true, cooldown: { limit: 5, windowMs: 20_000 }, repeatWindowMs: 300_000 },
				visibility: 'private',
			},
		],
		[
			'/help over HTTP',
			{
				type: 'help',
				help: { readsMessages: false, cooldown: { limit: 5, windowMs: 20_000 }, repeatWindowMs: 0 },
				visibility: 'private',
			},
		],
		['a private vote', { type: 'voted', message, vote: 'up', tally: { up: 1, down: 0 }, private: true }],
		['a shared answer', { type: 'shared', message, owners: ['1'] }],
	];
}

/** Every piece of text a reader sees. */
function visible(data: APIInteractionResponseCallbackData): string[] {
	const out: string[] = [];
	if (data.content) out.push(data.content);
	for (const e of data.embeds ?? []) {
		out.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '');
		for (const f of e.fields ?? []) out.push(f.name, f.value);
	}
	for (const row of (data.components ?? []) as unknown as { components: Record<string, unknown>[] }[]) {
		for (const c of row.components) {
			out.push(String(c.label ?? ''), String(c.placeholder ?? ''));
			for (const o of (c.options ?? []) as { label: string; description?: string }[])
				out.push(o.label, o.description ?? '');
		}
	}
	return out.filter(Boolean);
}

/** The text with what stays in English removed: quotes of the article, its name, links, mentions, timestamps. */
function outsideQuotes(text: string): string {
	return text
		.split('\n')
		.filter((line) => !line.startsWith('> '))
		.join('\n')
		.replace(/“[^”]*”|「[^」]*」/g, ' ')
		.replace(/https:\/\/\S+|<t:\d+:[A-Za-z]>|<@\d+>/g, ' ')
		.replace(/Korea JoongAng Daily|National > Politics|GSOMIA|True|DMs?\b/g, ' ');
}

const OTHER_SCRIPTS = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

describe('Every reply, in every language', () => {
	for (const lang of ['en', 'ko', 'ja'] as const) {
		describe(lang, () => {
			for (const [name, reply] of replies(lang)) {
				it(name, () => {
					const data = renderData(reply, { lang, ids: registry.ids });
					expect(data).toBeDefined();
					const texts = visible(data as APIInteractionResponseCallbackData);
					expect(texts.length).toBeGreaterThan(0);
					for (const text of texts) {
						const rest = outsideQuotes(text);
						if (lang === 'en') expect(rest).not.toMatch(OTHER_SCRIPTS);
						else {
							expect([text, rest.match(/[A-Za-z]{2,}/g)]).toEqual([text, null]);
						}
					}
				});
			}
			it('the channel copy of a shared answer', () => {
				const privateAnswer = renderData(
					{
						type: 'answer',
						view: { answer: answer(lang), title: ENGINE[lang].question, share: true },
						visibility: 'private',
					},
					{ lang, ids: registry.ids },
				);
				const copy = renderPublicCopy({ id: '9', channel_id: '8', ...privateAnswer } as unknown as APIMessage, ['1'], {
					lang,
					ids: registry.ids,
				});
				for (const text of visible(copy)) {
					const rest = outsideQuotes(text);
					if (lang === 'en') expect(rest).not.toMatch(OTHER_SCRIPTS);
					else expect([text, rest.match(/[A-Za-z]{2,}/g)]).toEqual([text, null]);
				}
			});
		});
	}

	it('a Korean answer reads as: the answer in Korean, the English quote, the source and date in Korean', () => {
		const data = renderData(
			{ type: 'answer', view: { answer: answer('ko'), title: ENGINE.ko.question }, visibility: 'private' },
			{ lang: 'ko', ids: registry.ids },
		);
		expect(data?.embeds?.[0]).toEqual({
			color: 0x2f6fdf,
			title: '한국은 지소미아에 대해 어떤 결정을 내렸나요?',
			description: `2019년 8월 22일 문재인 대통령은 지소미아 종료를 결정했습니다.\n\n> ${QUOTE}`,
			footer: { text: '기사가 나온 2019년 8월 22일 (목) 기준이며, 그 이후의 일은 다루지 않습니다. 도움이 되었나요?' },
			fields: [
				{
					name: '출처',
					value: 'Korea JoongAng Daily, “Seoul pulls out of Gsomia pact with Tokyo”, 2019년 8월 22일 (목), 2번째 문단',
				},
			],
		});
		const ja = renderData(
			{ type: 'answer', view: { answer: answer('ja'), title: ENGINE.ja.question }, visibility: 'private' },
			{ lang: 'ja', ids: registry.ids },
		);
		expect(ja?.embeds?.[0]?.fields?.[0]?.value).toBe(
			'Korea JoongAng Daily「Seoul pulls out of Gsomia pact with Tokyo」2019年8月22日（木）、第2段落',
		);
		expect(ja?.embeds?.[0]?.footer?.text).toBe(
			'記事の日付である2019年8月22日（木）時点の情報です。それ以降の出来事は含まれません。 役に立ちましたか？',
		);
	});

	it('an answer the engine could only give in English says so, in the reader’s language', () => {
		const data = renderData(
			{ type: 'answer', view: { answer: answer('en'), title: 'q' }, visibility: 'private' },
			{ lang: 'ko', ids: registry.ids },
		);
		expect(data?.embeds?.[0]?.footer?.text).toContain(
			'답변 본문은 영어로 되어 있습니다. 아직 한국어로 작성되지 않았습니다.',
		);
	});
});
