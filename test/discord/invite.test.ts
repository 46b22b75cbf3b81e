import { describe, expect, it } from 'vitest';
import { BOT_PERMISSIONS, inviteUrl } from '../../src/discord/invite.js';

describe('The install URL', () => {
	it('asks for bot and applications.commands with only the six permissions the bot uses', () => {
		// Add Reactions 1<<6, View Channel 1<<10, Send Messages 1<<11, Embed Links 1<<14, Read Message History 1<<16,
		// Send Messages in Threads 1<<38.
		expect(BOT_PERMISSIONS).toBe(274877992000n);
		expect(inviteUrl('1100000000000000001')).toBe(
			'https://discord.com/oauth2/authorize?client_id=1100000000000000001&scope=bot+applications.commands&permissions=274877992000',
		);
	});

	it('refuses something that is not an application id', () => {
		expect(() => inviteUrl('abc')).toThrow('The application id must be a Discord id (17 to 20 digits)');
	});
});
