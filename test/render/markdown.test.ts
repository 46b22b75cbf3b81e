import { describe, expect, it } from 'vitest';
import { unescapeMarkdown } from '../../src/interactions/util.js';
import { blockQuote, escapeMarkdown } from '../../src/render/markdown.js';

describe('Escaping user text for Discord markdown', () => {
	it('escapes emphasis, code, spoilers, strikethrough and underline', () => {
		expect(escapeMarkdown('**bold** _it_ ~~gone~~ `code` ||spoiler|| __under__')).toBe(
			'\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\_\\_under\\_\\_',
		);
	});

	it('escapes line-start syntax: headings, quotes, lists, subtext', () => {
		expect(escapeMarkdown('# title\n> quoted\n- item\n1. first\n-# small\n+ plus')).toBe(
			'\\# title\n\\> quoted\n\\- item\n1\\. first\n\\-\\# small\n\\+ plus',
		);
	});

	it('neutralises mentions, @everyone, timestamps, custom emoji and masked links', () => {
		expect(escapeMarkdown('@everyone @here <@123> <#456> <t:1:R> <:e:789> [x](https://a.b)')).toBe(
			'\\@everyone \\@here \\<\\@123\\> \\<\\#456\\> \\<t\\:1\\:R\\> \\<\\:e\\:789\\> \\[x\\]\\(https\\://a.b\\)',
		);
	});

	it('escapes backslashes first, so an escape in the input cannot cancel ours', () => {
		expect(escapeMarkdown('\\*x')).toBe('\\\\\\*x');
	});

	it('leaves plain text alone', () => {
		expect(escapeMarkdown('Why did Korea leave GSOMIA?')).toBe('Why did Korea leave GSOMIA?');
	});

	it('reads our own escaped text back', () => {
		const text = '@everyone **why** did <@1> leave? \\ # 1. [x](y)';
		expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text);
	});
});

describe('Block quotes', () => {
	it('prefixes every line so multi-line text stays inside the quote', () => {
		expect(blockQuote('one\ntwo')).toBe('> one\n> two');
	});
});
