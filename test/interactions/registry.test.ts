import { describe, expect, it } from 'vitest';
import { createRegistry, RegistryError, validateCommand } from '../../src/interactions/registry.js';

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
			'commands[2] (Bad Name): integration_types must be [0, 1] (server and user installs)',
			"commands[2] (Bad Name): contexts must be [0, 1, 2] (servers, the bot's DMs, private channels)",
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

	it('finds commands by name and component handlers by prefix', () => {
		const withComponents = { ...good('topics'), component: () => ({ response: { type: 1 } }) };
		const prefixed = { ...good('ask'), component: () => ({ response: { type: 1 } }), componentPrefix: 'answer' };
		const registry = createRegistry([withComponents, prefixed, good('help')]);
		expect(registry.get('help')?.data.name).toBe('help');
		expect(registry.get('nope')).toBeUndefined();
		expect(registry.forComponent('topics')?.data.name).toBe('topics');
		expect(registry.forComponent('answer')?.data.name).toBe('ask');
		expect(registry.forComponent('help')).toBeUndefined();
		expect(registry.definitions().map((d) => d.name)).toEqual(['topics', 'ask', 'help']);
	});
});
