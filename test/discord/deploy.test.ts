import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registry } from '../../commands/index.js';
import { ConfigError, parseConfig } from '../../src/config.js';
import { deployBody, deployCommands, main, parseDeployArgs } from '../../src/deploy.js';
import { DEFAULT_APPLICATION_ID, DEFAULT_TOKEN, FakeDiscord } from '../e2e/fake-discord.js';

const GUILD = '1200000000000000001';
let fake: FakeDiscord;
beforeAll(async () => {
	fake = await FakeDiscord.start();
});
afterAll(async () => {
	await fake?.close();
});

const config = (extra: Record<string, string> = {}) =>
	parseConfig({
		DISCORD_TOKEN: DEFAULT_TOKEN,
		DISCORD_APPLICATION_ID: DEFAULT_APPLICATION_ID,
		DISCORD_API_URL: fake.apiUrl,
		...extra,
	});

describe('The registry', () => {
	it('holds the eight commands: seven everywhere, /settings in servers only, for members who can manage them', () => {
		expect(registry.definitions().map((d) => [d.type, d.name, d.integration_types, d.contexts])).toEqual([
			[1, 'ask', [0, 1], [0, 1, 2]],
			[1, 'topics', [0, 1], [0, 1, 2]],
			[1, 'timeline', [0, 1], [0, 1, 2]],
			[1, 'source', [0, 1], [0, 1, 2]],
			[1, 'help', [0, 1], [0, 1, 2]],
			[3, 'Answer this question', [0, 1], [0, 1, 2]],
			[3, 'Answer publicly', [0, 1], [0, 1, 2]],
			[1, 'settings', [0], [0]],
		]);
		expect(registry.get('settings')?.data).toMatchObject({ default_member_permissions: '32' });
	});

	it('/ask has a required, autocompleted question, an optional public flag and an optional user to answer', () => {
		expect(registry.get('ask')?.data).toMatchObject({
			options: [
				{ type: 3, name: 'question', required: true, autocomplete: true, max_length: 500 },
				{ type: 5, name: 'public', required: false },
				{ type: 6, name: 'for', required: false },
			],
		});
	});
});

describe('npm run deploy', () => {
	it('registers every command globally with one bulk-overwrite PUT, and again to the same result', async () => {
		const first = await deployCommands({ config: config() });
		expect(first.scope).toBe('global');
		const put = fake.requests.filter((r) => r.method === 'PUT');
		expect(put.map((r) => r.path)).toEqual([`/applications/${DEFAULT_APPLICATION_ID}/commands`]);
		expect(put[0]?.body).toEqual(registry.definitions());
		expect(put[0]?.headers.authorization).toBe(`Bot ${DEFAULT_TOKEN}`);

		await deployCommands({ config: config() });
		const puts = fake.requests.filter((r) => r.method === 'PUT');
		expect(puts).toHaveLength(2);
		expect(puts[1]?.body).toEqual(puts[0]?.body);
		expect(fake.commands.get('global')?.map((c) => c.name)).toEqual(registry.definitions().map((d) => d.name));
	});

	it('registers for one server with DISCORD_GUILD_ID, without the global-only fields', async () => {
		const result = await deployCommands({ config: config({ DISCORD_GUILD_ID: GUILD }) });
		expect(result).toMatchObject({ scope: 'guild', guildId: GUILD });
		const put = fake.requests.filter((r) => r.method === 'PUT').at(-1);
		expect(put?.path).toBe(`/applications/${DEFAULT_APPLICATION_ID}/guilds/${GUILD}/commands`);
		expect(put?.body).toEqual(registry.definitions().map(({ integration_types: _i, contexts: _c, ...rest }) => rest));
	});

	it('--guild overrides DISCORD_GUILD_ID, --global forces a global deploy', async () => {
		expect(parseDeployArgs([])).toEqual({});
		expect(parseDeployArgs(['--guild', GUILD])).toEqual({ guildId: GUILD });
		expect(parseDeployArgs([`--guild=${GUILD}`])).toEqual({ guildId: GUILD });
		expect(parseDeployArgs(['--global'])).toEqual({ guildId: null });
		expect(parseDeployArgs(['--dry-run', '--guild', GUILD])).toEqual({ dryRun: true, guildId: GUILD });
		expect(() => parseDeployArgs(['--guild'])).toThrow('--guild: needs a server id');
		expect(() => parseDeployArgs(['--nope'])).toThrow('unknown argument "--nope"');
		const result = await deployCommands({ config: config({ DISCORD_GUILD_ID: GUILD }), guildId: null });
		expect(result.scope).toBe('global');
	});

	it('names the missing variables', async () => {
		await expect(deployCommands({ config: parseConfig({ DISCORD_API_URL: fake.apiUrl }) })).rejects.toThrow(
			new ConfigError([
				'DISCORD_TOKEN: required to deploy commands',
				'DISCORD_APPLICATION_ID: required to deploy commands',
			]),
		);
	});

	it('prints what it registered, or why it failed (exit 1)', async () => {
		const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
		const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		try {
			const env = {
				DISCORD_TOKEN: DEFAULT_TOKEN,
				DISCORD_APPLICATION_ID: DEFAULT_APPLICATION_ID,
				DISCORD_API_URL: fake.apiUrl,
			};
			expect(await main(['--guild', GUILD], env)).toBe(0);
			expect(out).toHaveBeenCalledWith(
				`Registered 8 commands to server ${GUILD}: ask, topics, timeline, source, help, Answer this question, Answer publicly, settings\n`,
			);
			expect(await main([], { ...env, DISCORD_TOKEN: 'wrong' })).toBe(1);
			expect(err).toHaveBeenCalledWith('Deploy failed: 401: Unauthorized (DISCORD_TOKEN was rejected)\n');
		} finally {
			out.mockRestore();
			err.mockRestore();
		}
	});
});

describe('npm run deploy -- --dry-run', () => {
	function capture() {
		let text = '';
		return {
			stream: {
				write: (chunk: string) => {
					text += chunk;
					return true;
				},
			} as unknown as NodeJS.WritableStream,
			text: () => text,
		};
	}

	it('prints the exact global body it would PUT, without a token and without a request', async () => {
		const before = fake.requests.length;
		const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		try {
			const out = capture();
			expect(await main(['--dry-run'], {}, out.stream)).toBe(0);
			expect(JSON.parse(out.text())).toEqual(deployBody(registry, 'global'));
			expect(err).toHaveBeenCalledWith(
				'Dry run: would PUT 8 commands to /v10/applications/DISCORD_APPLICATION_ID/commands (global); nothing was sent.\n',
			);
		} finally {
			err.mockRestore();
		}
		expect(fake.requests.length).toBe(before);
	});

	it('with --guild, prints the guild body (no integration_types or contexts) and names the route', async () => {
		const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		try {
			const out = capture();
			expect(
				await main(['--dry-run', '--guild', GUILD], { DISCORD_APPLICATION_ID: DEFAULT_APPLICATION_ID }, out.stream),
			).toBe(0);
			const body = JSON.parse(out.text()) as Record<string, unknown>[];
			expect(body).toEqual(deployBody(registry, 'guild'));
			for (const command of body) {
				expect(command).not.toHaveProperty('integration_types');
				expect(command).not.toHaveProperty('contexts');
			}
			expect(err).toHaveBeenCalledWith(
				`Dry run: would PUT 8 commands to /v10/applications/${DEFAULT_APPLICATION_ID}/guilds/${GUILD}/commands (guild); nothing was sent.\n`,
			);
			expect(await main(['--dry-run', '--guild', 'nope'], {}, out.stream)).toBe(1);
		} finally {
			err.mockRestore();
		}
	});
});
