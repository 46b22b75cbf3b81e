/**
 * The command registry: built once from the modules listed in commands/index.ts, used by the dispatcher, the
 * renderer (custom ids) and the deploy script. It is the one place that names commands and their component
 * prefixes. Every module is validated at load; a bad one throws with a message naming it and every problem, so a
 * broken command fails the start-up (and the tests) instead of disappearing silently.
 */
import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	ApplicationIntegrationType,
	InteractionContextType,
	type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { type ActionType, decodeCustomId, encodeAction, isActionType } from './actions.js';
import type { Command, ComponentHandler, ComponentIds, Registry } from './types.js';

export type { ComponentIds, ComponentRoute, Registry } from './types.js';

export class RegistryError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid command modules:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'RegistryError';
	}
}

/** Discord's rule for slash command and option names, localised ones included. */
export const CHAT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
/** The locales Discord accepts in name_localizations and description_localizations. */
export const DISCORD_LOCALES = new Set([
	'id',
	'da',
	'de',
	'en-GB',
	'en-US',
	'es-ES',
	'es-419',
	'fr',
	'hr',
	'it',
	'lt',
	'hu',
	'nl',
	'no',
	'pl',
	'pt-BR',
	'ro',
	'fi',
	'sv-SE',
	'vi',
	'tr',
	'cs',
	'el',
	'bg',
	'ru',
	'uk',
	'hi',
	'th',
	'zh-CN',
	'ja',
	'zh-TW',
	'ko',
]);
const EVERY_INTEGRATION = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];
const EVERY_CONTEXT = [
	InteractionContextType.Guild,
	InteractionContextType.BotDM,
	InteractionContextType.PrivateChannel,
];

function sameSet(a: readonly number[] | undefined, b: readonly number[]): boolean {
	return !!a && a.length === b.length && b.every((x) => a.includes(x));
}

/** A chat-input name (the base or a localisation) breaks Discord's rules: lowercase where the script has case. */
function badChatName(name: string): boolean {
	return !CHAT_NAME.test(name) || name !== name.toLowerCase();
}

type Localizations = Partial<Record<string, string | null>> | null | undefined;

/** Problems of one name_localizations / description_localizations map. */
function localizationProblems(
	where: string,
	what: string,
	map: Localizations,
	check: (value: string) => string | undefined,
): string[] {
	const problems: string[] = [];
	for (const [locale, value] of Object.entries(map ?? {})) {
		if (!DISCORD_LOCALES.has(locale)) problems.push(`${where}: ${what} has an unknown locale "${locale}"`);
		if (typeof value !== 'string') continue;
		const problem = check(value);
		if (problem) problems.push(`${where}: ${what} "${locale}" ${problem}`);
	}
	return problems;
}

const chatNameRule = (v: string) =>
	badChatName(v) ? `"${v}" must be 1-32 lowercase letters, digits, - or _` : undefined;
const descriptionRule = (v: string) => (v.length < 1 || v.length > 100 ? 'must be 1-100 characters' : undefined);
const menuNameRule = (v: string) => (v.length < 1 || v.length > 32 ? 'must be 1-32 characters' : undefined);

interface OptionShape {
	name: string;
	description: string;
	type: ApplicationCommandOptionType;
	required?: boolean;
	autocomplete?: boolean;
	name_localizations?: Localizations;
	description_localizations?: Localizations;
	choices?: { name: string; name_localizations?: Localizations; value: unknown }[];
}

/** Every problem with one module (empty when it is fine). */
export function validateCommand(mod: unknown, label: string): string[] {
	const problems: string[] = [];
	if (!mod || typeof mod !== 'object') return [`${label}: the module's default export is not an object`];
	const c = mod as Partial<Command>;
	const data = c.data as
		| (RESTPostAPIApplicationCommandsJSONBody & {
				description?: string;
				name_localizations?: Localizations;
				description_localizations?: Localizations;
		  })
		| undefined;
	if (!data || typeof data !== 'object') return [`${label}: missing "data" (the command definition)`];
	const name = typeof data.name === 'string' ? data.name : '';
	const where = `${label} (${name || 'unnamed'})`;
	const type = data.type ?? ApplicationCommandType.ChatInput;
	if (typeof c.execute !== 'function') problems.push(`${where}: "execute" must be a function`);
	if (type === ApplicationCommandType.ChatInput) {
		if (badChatName(name)) {
			problems.push(`${where}: a slash command name must be 1-32 lowercase letters, digits, - or _`);
		}
		if (typeof data.description !== 'string' || data.description.length < 1 || data.description.length > 100) {
			problems.push(`${where}: description must be 1-100 characters`);
		}
		problems.push(...localizationProblems(where, 'name_localizations', data.name_localizations, chatNameRule));
		problems.push(
			...localizationProblems(where, 'description_localizations', data.description_localizations, descriptionRule),
		);
		const options = ((data as { options?: unknown[] }).options ?? []) as OptionShape[];
		if (options.length > 25) problems.push(`${where}: at most 25 options`);
		let sawOptional = false;
		const seenNames = new Map<string, Set<string>>();
		for (const o of options) {
			if (badChatName(o.name)) problems.push(`${where}: bad option name "${o.name}"`);
			if (o.description.length < 1 || o.description.length > 100) {
				problems.push(`${where}: option "${o.name}" description must be 1-100 characters`);
			}
			const ow = `${where} option "${o.name}"`;
			problems.push(...localizationProblems(ow, 'name_localizations', o.name_localizations, chatNameRule));
			problems.push(
				...localizationProblems(ow, 'description_localizations', o.description_localizations, descriptionRule),
			);
			// Option names must stay unique within the command in every locale.
			for (const [locale, value] of [['', o.name], ...Object.entries(o.name_localizations ?? {})] as [
				string,
				string | null,
			][]) {
				if (!value) continue;
				const names = seenNames.get(locale) ?? new Set<string>();
				if (names.has(value))
					problems.push(`${where}: two options are named "${value}"${locale ? ` in ${locale}` : ''}`);
				names.add(value);
				seenNames.set(locale, names);
			}
			for (const choice of o.choices ?? []) {
				if (choice.name.length < 1 || choice.name.length > 100)
					problems.push(`${ow}: choice "${choice.name}" must be 1-100 characters`);
				problems.push(
					...localizationProblems(
						`${ow} choice "${choice.name}"`,
						'name_localizations',
						choice.name_localizations,
						(v) => (v.length < 1 || v.length > 100 ? 'must be 1-100 characters' : undefined),
					),
				);
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
		problems.push(...localizationProblems(where, 'name_localizations', data.name_localizations, menuNameRule));
	} else {
		problems.push(`${where}: unsupported command type ${String(type)}`);
	}
	// Where a command works: everywhere (installed on servers and by users; servers, the bot's DMs, group DMs), or
	// in servers only, installed on the server and gated by a permission (a server's own settings).
	const guildOnly =
		sameSet(data.integration_types, [ApplicationIntegrationType.GuildInstall]) &&
		sameSet(data.contexts ?? undefined, [InteractionContextType.Guild]);
	if (guildOnly) {
		const gate = (data as { default_member_permissions?: string | null }).default_member_permissions;
		if (typeof gate !== 'string' || !/^[1-9]\d*$/.test(gate)) {
			problems.push(`${where}: a server-only command must set default_member_permissions (who may use it)`);
		}
	} else {
		if (!sameSet(data.integration_types, EVERY_INTEGRATION)) {
			problems.push(
				`${where}: integration_types must be [0, 1] (server and user installs), or [0] with contexts [0] (server only)`,
			);
		}
		if (!sameSet(data.contexts ?? undefined, EVERY_CONTEXT)) {
			problems.push(
				`${where}: contexts must be [0, 1, 2] (servers, the bot's DMs, private channels), or [0] for a server-only command`,
			);
		}
	}
	if (c.autocomplete !== undefined && typeof c.autocomplete !== 'function')
		problems.push(`${where}: "autocomplete" must be a function`);
	if (c.components !== undefined) {
		if (!c.components || typeof c.components !== 'object') problems.push(`${where}: "components" must be an object`);
		else
			for (const [action, handler] of Object.entries(c.components)) {
				if (!isActionType(action)) problems.push(`${where}: "components" has an unknown action "${action}"`);
				if (typeof handler !== 'function')
					problems.push(`${where}: the "${action}" component handler is not a function`);
			}
	}
	if (c.componentPrefix !== undefined && !/^[a-z][a-z0-9-]*$/.test(c.componentPrefix)) {
		problems.push(`${where}: componentPrefix must be lowercase letters, digits or -`);
	}
	return problems;
}

const keyOf = (name: string, type: ApplicationCommandType = ApplicationCommandType.ChatInput) => `${type}:${name}`;

export function createRegistry(modules: readonly unknown[]): Registry {
	const problems: string[] = [];
	const byKey = new Map<string, Command>();
	const byPrefix = new Map<string, Command>();
	const prefixOf = new Map<ActionType, string>();
	modules.forEach((mod, i) => {
		const label = `commands[${i}]`;
		const found = validateCommand(mod, label);
		problems.push(...found);
		if (found.length > 0) return;
		const c = mod as Command;
		const key = keyOf(c.data.name, c.data.type);
		if (byKey.has(key)) problems.push(`${label} (${c.data.name}): duplicate command name`);
		byKey.set(key, c);
		const actions = Object.keys(c.components ?? {}) as ActionType[];
		if (actions.length === 0) return;
		const prefix = c.componentPrefix ?? c.data.name;
		if (!/^[a-z][a-z0-9-]*$/.test(prefix))
			problems.push(`${label} (${c.data.name}): give it a componentPrefix (lowercase letters, digits or -)`);
		if (byPrefix.has(prefix)) problems.push(`${label} (${c.data.name}): component prefix "${prefix}" is taken`);
		byPrefix.set(prefix, c);
		for (const action of actions) {
			const owner = prefixOf.get(action);
			if (owner) problems.push(`${label} (${c.data.name}): the "${action}" action is already handled by "${owner}"`);
			prefixOf.set(action, prefix);
		}
	});
	if (problems.length > 0) throw new RegistryError(problems);
	const commands = [...byKey.values()];

	const ids: ComponentIds = {
		encode(action) {
			const prefix = prefixOf.get(action.type);
			if (!prefix) throw new Error(`no command module handles the "${action.type}" component action`);
			return encodeAction(prefix, action);
		},
		decode(customId) {
			const { prefix, action } = decodeCustomId(customId);
			return action && prefixOf.get(action.type) === prefix ? action : undefined;
		},
	};

	return {
		commands,
		get(name, type) {
			return byKey.get(keyOf(name, type));
		},
		component(customId) {
			const { prefix, action } = decodeCustomId(customId);
			const command = byPrefix.get(prefix);
			const handler = action ? command?.components?.[action.type] : undefined;
			if (!command || !action || !handler) return undefined;
			return { command, action, handler: handler as ComponentHandler<ActionType> };
		},
		ids,
		definitions() {
			return commands.map((c) => structuredClone(c.data));
		},
	};
}
