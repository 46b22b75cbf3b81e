import { describe, expect, it } from 'vitest';
import { cleanMentions } from '../../src/interactions/names.js';
import { firstSentence } from '../../src/render/sentence.js';

describe('The one plain sentence beside an embed', () => {
	it('is the first sentence; abbreviations, initials and dates do not end it', () => {
		expect(firstSentence('On Thursday, Aug. 22, 2019, Moon decided. Japan regretted it.')).toBe(
			'On Thursday, Aug. 22, 2019, Moon decided.',
		);
		expect(firstSentence('The U.S. Defense Secretary Mark Esper visited Seoul. He left.')).toBe(
			'The U.S. Defense Secretary Mark Esper visited Seoul.',
		);
		expect(firstSentence('Japan expressed “deep regret.” Tokyo said more.')).toBe('Japan expressed “deep regret.”');
		expect(firstSentence('It was renewed for 1.5 years? No. It was not.')).toBe('It was renewed for 1.5 years?');
		expect(firstSentence('지소미아는 2016년 11월에 체결됐습니다. 매년 자동 연장됩니다.')).toBe(
			'지소미아는 2016년 11월에 체결됐습니다.',
		);
		expect(firstSentence('GSOMIAは2016年11月に締結された。毎年自動更新される。')).toBe(
			'GSOMIAは2016年11月に締結された。',
		);
		expect(firstSentence('No full stop at all')).toBe('No full stop at all');
	});

	it('is cut at a word with an ellipsis when very long', () => {
		const long = `${'word '.repeat(100)}end.`;
		const out = firstSentence(long, 50);
		expect(out.length).toBeLessThanOrEqual(50);
		expect(out.endsWith('word…')).toBe(true);
	});
});

describe('Mentions shown as names (cleanContent)', () => {
	it('users, roles and channels become names; unknown ones stay as written', () => {
		const names = { users: { '123456789012345678': 'Minji' }, roles: { '223456789012345678': 'Mods' }, channels: {} };
		expect(
			cleanMentions(
				'<@123456789012345678> <@!123456789012345678> <@&223456789012345678> <#323456789012345678> <@99>',
				names,
			),
		).toBe('@Minji @Minji @Mods <#323456789012345678> <@99>');
	});
});
