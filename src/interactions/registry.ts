/**
 * The command registry: built once from the modules in commands/ and used by both the dispatcher and the deploy
 * script. Every module is validated at load; a bad one throws with a message naming it and every problem, so a
 * broken command fails the start-up (and the tests) instead of disappearing silently.
 */
import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	ApplicationIntegrationType,
	InteractionContextType,
	type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Command } from './command.js';

export interface Registry {
	readonly commands: readonly Command[];
	get(name: string): Command | undefined;
	/** The module handling components whose custom_id starts with `prefix:`. */
	forComponent(prefix: string): Command | undefined;
	/** The definitions to register (the deploy body). */
	definitions(): RESTPostAPIApplicationCommandsJSONBody[];
}

export class RegistryError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid command modules:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'RegistryError';
	}
}

const CHAT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const EVERY_INTEGRATION = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];
const EVERY_CONTEXT = [
	InteractionContextType.Guild,
	InteractionContextType.BotDM,
	InteractionContextType.PrivateChannel,
];

function sameSet(a: readonly number[] | undefined, b: readonly number[]): boolean {
	return !!a && a.length === b.length && b.every((x) => a.includes(x));
}

/** Every problem with one module (empty when it is fine). */
export function validateCommand(mod: unknown, label: string): string[] {
	const problems: string[] = [];
	if (!mod || typeof mod !== 'object') return [`${label}: the module's default export is not an object`];
	const c = mod as Partial<Command>;
	const data = c.data as (RESTPostAPIApplicationCommandsJSONBody & { description?: string }) | undefined;
	if (!data || typeof data !== 'object') return [`${label}: missing "data" (the command definition)`];
	const name = typeof data.name === 'string' ? data.name : '';
	const where = `${label} (${name || 'unnamed'})`;
	const type = data.type ?? ApplicationCommandType.ChatInput;
	if (typeof c.execute !== 'function') problems.push(`${where}: "execute" must be a function`);
	if (type === ApplicationCommandType.ChatInput) {
		if (!CHAT_NAME.test(name) || name !== name.toLowerCase()) {
			problems.push(`${where}: a slash command name must be 1-32 lowercase letters, digits, - or _`);
		}
		if (typeof data.description !== 'string' || data.description.length < 1 || data.description.length > 100) {
			problems.push(`${where}: description must be 1-100 characters`);
		}
		const options = ((data as { options?: unknown[] }).options ?? []) as {
			name: string;
			description: string;
			type: ApplicationCommandOptionType;
			required?: boolean;
			autocomplete?: boolean;
		}[];
		if (options.length > 25) problems.push(`${where}: at most 25 options`);
		let sawOptional = false;
		for (const o of options) {
			if (!CHAT_NAME.test(o.name) || o.name !== o.name.toLowerCase())
				problems.push(`${where}: bad option name "${o.name}"`);
			if (o.description.length < 1 || o.description.length > 100) {
				problems.push(`${where}: option "${o.name}" description must be 1-100 characters`);
			}
			const required = o.required === true;
			if (required && sawOptional) problems.push(`${where}: required option "${o.name}" after an optional one`);
			if (!required) sawOptional = true;
			const auto = o.autocomplete === true;
			if (auto && typeof c.autocomplete !== 'function') {
				problems.push(`${where}: option "${o.name}" has autocomplete but the module has no "autocomplete" handler`);
			}
			if (
				auto &&
				o.type !== ApplicationCommandOptionType.String &&
				o.type !== ApplicationCommandOptionType.Integer &&
				o.type !== ApplicationCommandOptionType.Number
			) {
				problems.push(`${where}: option "${o.name}" cannot autocomplete its type`);
			}
		}
	} else if (type === ApplicationCommandType.Message || type === ApplicationCommandType.User) {
		if (name.length < 1 || name.length > 32) problems.push(`${where}: a context-menu name must be 1-32 characters`);
		if ('description' in data && data.description) problems.push(`${where}: a context-menu command has no description`);
	} else {
		problems.push(`${where}: unsupported command type ${String(type)}`);
	}
	if (!sameSet(data.integration_types, EVERY_INTEGRATION)) {
		problems.push(`${where}: integration_types must be [0, 1] (server and user installs)`);
	}
	if (!sameSet(data.contexts ?? undefined, EVERY_CONTEXT)) {
		problems.push(`${where}: contexts must be [0, 1, 2] (servers, the bot's DMs, private channels)`);
	}
	if (c.autocomplete !== undefined && typeof c.autocomplete !== 'function')
		problems.push(`${where}: "autocomplete" must be a function`);
	if (c.component !== undefined && typeof c.component !== 'function')
		problems.push(`${where}: "component" must be a function`);
	if (c.componentPrefix !== undefined && !/^[a-z][a-z0-9-]*$/.test(c.componentPrefix)) {
		problems.push(`${where}: componentPrefix must be lowercase letters, digits or -`);
	}
	return problems;
}

export function createRegistry(modules: readonly unknown[]): Registry {
	const problems: string[] = [];
	const byName = new Map<string, Command>();
	const byPrefix = new Map<string, Command>();
	modules.forEach((mod, i) => {
		const label = `commands[${i}]`;
		const found = validateCommand(mod, label);
		problems.push(...found);
		if (found.length > 0) return;
		const c = mod as Command;
		const key = `${c.data.type ?? ApplicationCommandType.ChatInput}:${c.data.name}`;
		if (byName.has(key)) problems.push(`${label} (${c.data.name}): duplicate command name`);
		byName.set(key, c);
		if (c.component) {
			const prefix = c.componentPrefix ?? c.data.name;
			if (byPrefix.has(prefix)) problems.push(`${label} (${c.data.name}): component prefix "${prefix}" is taken`);
			byPrefix.set(prefix, c);
		}
	});
	if (problems.length > 0) throw new RegistryError(problems);
	const commands = [...byName.values()];
	return {
		commands,
		get(name) {
			return commands.find((c) => c.data.name === name);
		},
		forComponent(prefix) {
			return byPrefix.get(prefix);
		},
		definitions() {
			return commands.map((c) => structuredClone(c.data));
		},
	};
}
