import { describe, expect, it } from 'vitest';
import { registry as realRegistry } from '../../commands/index.js';
import { ACTION_TYPES, type Action } from '../../src/interactions/actions.js';
import { createRegistry, RegistryError, validateCommand } from '../../src/interactions/registry.js';
import { CUSTOM_ID_RESERVE, MAX_COMPONENT_ID_LENGTH } from '../../src/knowledge/validate.js';

const good = (name: string, extra: Record<string, unknown> = {}) => ({
	data: { type: 1, name, description: 'd', integration_types: [0, 1], contexts: [0, 1, 2], ...extra },
	execute: () => ({ response: { type: 1 } }),
});

describe('Validating a command module at load', () => {
	it('accepts a well-formed module', () => {
		expect(validateCommand(good('ask'), 'm')).toEqual([]);
	});

	it('lists every problem of a bad module', () => {
		expect(
			validateCommand(
				{
					data: {
						type: 1,
						name: 'Bad Name',
						description: '',
						options: [
							{ type: 5, name: 'flag', description: 'x', autocomplete: true },
							{ type: 3, name: 'q', description: 'y', required: true },
						],
						integration_types: [0],
					},
				},
				'commands[2]',
			),
		).toEqual([
			'commands[2] (Bad Name): "execute" must be a function',
			'commands[2] (Bad Name): a slash command name must be 1-32 lowercase letters, digits, - or _',
			'commands[2] (Bad Name): description must be 1-100 characters',
			'commands[2] (Bad Name): option "flag" has autocomplete but the module has no "autocomplete" handler',
			'commands[2] (Bad Name): option "flag" cannot autocomplete its type',
			'commands[2] (Bad Name): required option "q" after an optional one',
			'commands[2] (Bad Name): integration_types must be [0, 1] (server and user installs), or [0] with contexts [0] (server only)',
			"commands[2] (Bad Name): contexts must be [0, 1, 2] (servers, the bot's DMs, private channels), or [0] for a server-only command",
		]);
	});

	it('rejects a module that is not one', () => {
		expect(validateCommand(undefined, 'commands[0]')).toEqual([
			"commands[0]: the module's default export is not an object",
		]);
		expect(validateCommand({}, 'commands[0]')).toEqual(['commands[0]: missing "data" (the command definition)']);
	});

	it('a context-menu command has a name of up to 32 characters and no description', () => {
		expect(validateCommand(good('Answer this question', { type: 3, description: undefined }), 'm')).toEqual([]);
		expect(validateCommand(good('x'.repeat(33), { type: 3, description: 'no' }), 'm')).toEqual([
			`m (${'x'.repeat(33)}): a context-menu name must be 1-32 characters`,
			`m (${'x'.repeat(33)}): a context-menu command has no description`,
		]);
	});
});

describe('Building the registry', () => {
	it('throws once, listing every bad module and duplicate, instead of dropping them silently', () => {
		let thrown: unknown;
		try {
			createRegistry([good('ask'), good('ask'), {}]);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(RegistryError);
		expect((thrown as RegistryError).problems).toEqual([
			'commands[1] (ask): duplicate command name',
			'commands[2]: missing "data" (the command definition)',
		]);
		expect((thrown as RegistryError).message).toBe(
			'Invalid command modules:\n  - commands[1] (ask): duplicate command name\n  - commands[2]: missing "data" (the command definition)',
		);
	});

	it('finds commands by name and type, and component handlers by prefix and action (Map lookups)', () => {
		const vote = () => ({ reply: { type: 'pong' as const } });
		const withComponents = { ...good('topics'), components: { topic: vote } };
		const prefixed = { ...good('ask'), components: { vote }, componentPrefix: 'answer' };
		const menu = { ...good('Answer publicly', { type: 3, description: undefined }) };
		const registry = createRegistry([withComponents, prefixed, good('help'), menu]);
		expect(registry.get('help')?.data.name).toBe('help');
		expect(registry.get('nope')).toBeUndefined();
		expect(registry.get('Answer publicly')).toBeUndefined();
		expect(registry.get('Answer publicly', 3)?.data.name).toBe('Answer publicly');
		expect(registry.component('topics:topic')?.command.data.name).toBe('topics');
		expect(registry.component('answer:vote:up:0:a')).toMatchObject({
			command: { data: { name: 'ask' } },
			action: { type: 'vote', vote: 'up', count: 0, factIds: ['a'] },
			handler: vote,
		});
		// The prefix must be the handling module's, the action one it handles.
		expect(registry.component('topics:vote:up:0:a')).toBeUndefined();
		expect(registry.component('answer:topic')).toBeUndefined();
		expect(registry.component('help:topic')).toBeUndefined();
		expect(registry.definitions().map((d) => d.name)).toEqual(['topics', 'ask', 'help', 'Answer publicly']);
	});

	it('writes the custom ids of actions with the prefix of the module that handles them, and reads them back', () => {
		const registry = createRegistry([{ ...good('ask'), components: { vote: () => ({ reply: { type: 'pong' } }) } }]);
		expect(registry.ids.encode({ type: 'vote', vote: 'down', count: 3, factIds: ['a', 'b'] })).toBe(
			'ask:vote:down:3:a,b',
		);
		expect(registry.ids.decode('ask:vote:down:3:a,b')).toEqual({
			type: 'vote',
			vote: 'down',
			count: 3,
			factIds: ['a', 'b'],
		});
		expect(registry.ids.decode('other:vote:down:3:a')).toBeUndefined();
		expect(() => registry.ids.encode({ type: 'topic' })).toThrow(
			'no command module handles the "topic" component action',
		);
	});

	it('refuses two modules handling the same action, or the same prefix', () => {
		const handler = () => ({ reply: { type: 'pong' as const } });
		expect(() =>
			createRegistry([
				{ ...good('ask'), components: { vote: handler } },
				{ ...good('topics'), components: { vote: handler } },
				{ ...good('help'), components: { topic: handler }, componentPrefix: 'ask' },
				{ ...good('source'), components: { nope: handler } },
			]),
		).toThrow(
			new RegistryError([
				'commands[1] (topics): the "vote" action is already handled by "ask"',
				'commands[2] (help): component prefix "ask" is taken',
				'commands[3] (source): "components" has an unknown action "nope"',
			]),
		);
	});
});

describe('The real registry and custom ids', () => {
	it('every component action has one handler, and ids of the longest allowed length still fit 100 characters', () => {
		const longest = 'x'.repeat(MAX_COMPONENT_ID_LENGTH);
		const actions: Action[] = [
			{ type: 'related' },
			{ type: 'vote', vote: 'down', count: 999_999, factIds: [longest] },
			{ type: 'share', factIds: [longest] },
			{ type: 'answerable', factIds: [longest] },
			{ type: 'reason', previous: 'none', factIds: [longest] },
			{ type: 'delete', owners: ['12345678901234567890', '12345678901234567890'] },
			{ type: 'topics' },
			{ type: 'topic' },
			{ type: 'questions', topicId: longest },
			{ type: 'back', topicId: longest },
		];
		expect(actions.map((a) => a.type).sort()).toEqual([...ACTION_TYPES].sort());
		for (const action of actions) {
			const id = realRegistry.ids.encode(action);
			expect(id.length).toBeLessThanOrEqual(100);
			expect(realRegistry.ids.decode(id)).toEqual(action);
			expect(realRegistry.component(id)?.action).toEqual(action);
			// The bot's own text around an id stays within the reserve kb:check counts on.
			if ('factIds' in action || 'topicId' in action)
				expect(id.length - longest.length).toBeLessThanOrEqual(CUSTOM_ID_RESERVE);
		}
	});

	it('a digest’s fact ids are shortened to fit, never the first (the main fact)', () => {
		const ids = Array.from({ length: 6 }, (_, i) => `${i}-${'f'.repeat(28)}`);
		const id = realRegistry.ids.encode({ type: 'vote', vote: 'up', count: 0, factIds: ids });
		expect(id).toBe(`ask:vote:up:0:${ids.slice(0, 2).join(',')}`);
		expect(id.length).toBeLessThanOrEqual(100);
		expect(() => realRegistry.ids.encode({ type: 'share', factIds: ['a:b'] })).toThrow('argument with ":" or ","');
	});
});

describe('Localised names and descriptions', () => {
	const localized = (names: Record<string, string>, descriptions: Record<string, string> = {}) =>
		good('ask', {
			name_localizations: names,
			description_localizations: descriptions,
			options: [
				{
					type: 3,
					name: 'question',
					description: 'q',
					name_localizations: { ko: '질문', ja: '質問' },
					choices: [{ name: 'a', value: 'a', name_localizations: { ko: '' } }],
				},
				{ type: 3, name: 'other', description: 'o', name_localizations: { ko: '질문' } },
			],
		});

	it('follow Discord’s rules: known locales, lowercase names of 1-32 letters or digits, descriptions of 1-100', () => {
		expect(validateCommand(localized({ ko: '질문하기', ja: '質問' }, { ko: '설명', ja: '説明' }), 'm')).toEqual([
			'm (ask) option "question" choice "a": name_localizations "ko" must be 1-100 characters',
			'm (ask): two options are named "질문" in ko',
		]);
		expect(validateCommand(localized({ ko: '질문 하기', ja: 'Ask', xx: 'x' }, { ko: 'd'.repeat(101) }), 'm')).toEqual([
			'm (ask): name_localizations "ko" "질문 하기" must be 1-32 lowercase letters, digits, - or _',
			'm (ask): name_localizations "ja" "Ask" must be 1-32 lowercase letters, digits, - or _',
			'm (ask): name_localizations has an unknown locale "xx"',
			'm (ask): description_localizations "ko" must be 1-100 characters',
			'm (ask) option "question" choice "a": name_localizations "ko" must be 1-100 characters',
			'm (ask): two options are named "질문" in ko',
		]);
	});
});
