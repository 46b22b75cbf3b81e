/**
 * `npm run deploy`: registers the registry's commands with Discord, globally or for one server
 * (DISCORD_GUILD_ID, or `--guild ID`; `--global` overrides DISCORD_GUILD_ID). A bulk-overwrite PUT, so running it
 * twice leaves the same commands, and commands removed from the registry disappear. `--dry-run` prints the exact
 * JSON body it would PUT (and where) instead, without a token or a network call.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST } from 'discord.js';
import { type RESTPutAPIApplicationCommandsResult, Routes } from 'discord-api-types/v10';
import { registry as defaultRegistry } from '../commands/index.js';
import { type Config, ConfigError, loadEnv, parseConfig } from './config.js';
import type { Registry } from './interactions/registry.js';

export interface DeployOptions {
	config: Config;
	/** Deploy to this server only. Default: config.guildId; null forces a global deploy. */
	guildId?: string | null;
	registry?: Registry;
	/** Default: a REST client with config.token on config.apiUrl. */
	rest?: REST;
}

export interface DeployResult {
	scope: 'global' | 'guild';
	guildId?: string;
	commands: RESTPutAPIApplicationCommandsResult;
}

/** The PUT body. Guild commands cannot carry integration_types or contexts (those are for global commands). */
export function deployBody(registry: Registry, scope: 'global' | 'guild') {
	return registry.definitions().map((data) => {
		if (scope === 'global') return data;
		const { integration_types: _i, contexts: _c, ...rest } = data;
		return rest;
	});
}

export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
	const { config } = options;
	const problems: string[] = [];
	if (!config.token) problems.push('DISCORD_TOKEN: required to deploy commands');
	if (!config.applicationId) problems.push('DISCORD_APPLICATION_ID: required to deploy commands');
	if (problems.length > 0) throw new ConfigError(problems);
	const applicationId = config.applicationId as string;
	const guildId = options.guildId === undefined ? config.guildId : (options.guildId ?? undefined);
	if (guildId !== undefined && !/^\d{17,20}$/.test(guildId))
		throw new ConfigError([`--guild: "${guildId}" is not a Discord id`]);
	const rest = options.rest ?? new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token as string);
	const registry = options.registry ?? defaultRegistry;
	const scope = guildId ? 'guild' : 'global';
	const route = guildId
		? Routes.applicationGuildCommands(applicationId, guildId)
		: Routes.applicationCommands(applicationId);
	const commands = (await rest.put(route, {
		body: deployBody(registry, scope),
	})) as RESTPutAPIApplicationCommandsResult;
	return guildId ? { scope, guildId, commands } : { scope, commands };
}

/** `--guild ID`, `--guild=ID`, `--global`, `--dry-run`. */
export function parseDeployArgs(argv: string[]): { guildId?: string | null; dryRun?: boolean } {
	const out: { guildId?: string | null; dryRun?: boolean } = {};
	const args = [...argv];
	while (args.length > 0) {
		const arg = args.shift() as string;
		if (arg === '--global') out.guildId = null;
		else if (arg === '--dry-run') out.dryRun = true;
		else if (arg.startsWith('--guild=')) out.guildId = arg.slice('--guild='.length);
		else if (arg === '--guild') {
			const value = args.shift();
			if (!value || value.startsWith('--')) {
				throw new ConfigError(['--guild: needs a server id, e.g. --guild 123456789012345678']);
			}
			out.guildId = value;
		} else throw new ConfigError([`unknown argument "${arg}" (use --guild ID, --global or --dry-run)`]);
	}
	return out;
}

/**
 * What a deploy would send, for `--dry-run`: the scope, the route (with the application id, or a placeholder when
 * DISCORD_APPLICATION_ID is unset) and the exact body.
 */
export function dryRun(config: Config, guildId: string | null | undefined, registry: Registry = defaultRegistry) {
	const guild = guildId === undefined ? config.guildId : (guildId ?? undefined);
	if (guild !== undefined && !/^\d{17,20}$/.test(guild))
		throw new ConfigError([`--guild: "${guild}" is not a Discord id`]);
	const app = config.applicationId ?? 'DISCORD_APPLICATION_ID';
	const scope = guild ? ('guild' as const) : ('global' as const);
	const route = guild ? Routes.applicationGuildCommands(app, guild) : Routes.applicationCommands(app);
	return { scope, method: 'PUT' as const, route: `/v10${route}`, body: deployBody(registry, scope) };
}

export async function main(
	argv: string[],
	env = loadEnv(),
	out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
	try {
		const config = parseConfig(env);
		const args = parseDeployArgs(argv);
		if (args.dryRun) {
			const plan = dryRun(config, args.guildId);
			process.stderr.write(
				`Dry run: would ${plan.method} ${plan.body.length} commands to ${plan.route} (${plan.scope}); nothing was sent.\n`,
			);
			out.write(`${JSON.stringify(plan.body, null, 2)}\n`);
			return 0;
		}
		const result = await deployCommands({ config, ...args });
		const where =
			result.scope === 'guild' ? `to server ${result.guildId}` : 'globally (may take a while to show everywhere)';
		const names = result.commands.map((c) => c.name).join(', ');
		out.write(`Registered ${result.commands.length} commands ${where}: ${names}\n`);
		return 0;
	} catch (error) {
		const status = (error as { status?: number }).status;
		const hint =
			status === 401
				? ' (DISCORD_TOKEN was rejected)'
				: status === 403 || status === 404
					? ' (check DISCORD_APPLICATION_ID and DISCORD_GUILD_ID, and that the bot is in that server)'
					: '';
		process.stderr.write(`Deploy failed: ${(error as Error).message}${hint}\n`);
		return 1;
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = await main(process.argv.slice(2));
}
