/**
 * The one interaction handler, independent of the transport: the gateway bot POSTs exactly what it returns to the
 * interaction callback, the HTTP endpoint returns it as the response body. It holds:
 * - the one error boundary: any failure becomes a private "something went wrong (ref XXXXXX)" with the same ref in
 *   the log; it never throws;
 * - the one budget: every interaction spends from the user's cooldown (see COSTS) before any work;
 * - the deadline: Discord drops an interaction not answered within 3 s. When the answer is not ready
 *   `deferAfterMs` after the interaction arrived, the handler answers "thinking…" (a deferred response) and sends
 *   the answer when it is ready as an edit of that response; when too many answers are already waiting, it sheds the
 *   interaction at once with a polite "busy" reply. Nothing is left to time out silently.
 * - a shape check: a payload without the fields its type needs is refused and logged, and costs only itself.
 */
import { randomBytes } from 'node:crypto';
import {
	type APIInteraction,
	type APIInteractionResponse,
	ApplicationCommandType,
	InteractionResponseType,
	InteractionType,
	MessageFlags,
} from 'discord-api-types/v10';
import { registry as defaultRegistry } from '../../commands/index.js';
import type { Config } from '../config.js';
import { renderNotice } from '../discord/render.js';
import { strings } from '../discord/strings.js';
import type { Engine } from '../engine/types.js';
import type { Logger } from '../logger.js';
import { cooldownNotice } from './answer.js';
import type { Answerer } from './answerer.js';
import type { CommandResult } from './command.js';
import { COSTS, type Cooldown } from './cooldown.js';
import { parseCustomId } from './custom-id.js';
import type { FeedbackSink } from './feedback.js';
import type { Registry } from './registry.js';
import { booleanOption, defaultEphemeral, interactionUser } from './util.js';

/** Discord drops an interaction not answered within 3 s of sending it. */
export const DISCORD_DEADLINE_MS = 3000;
/** When a pending answer is deferred, counted from its arrival: leaves room for the network and a slow loop. */
export const DEFAULT_DEFER_AFTER_MS = 2000;
/** Answers waiting in the queue beyond which new interactions are shed with a busy reply. */
export const DEFAULT_MAX_QUEUED = 500;

/** A request to Discord's REST API on behalf of an interaction (its token authenticates it; no bot token). */
export type InteractionRest = (method: 'PATCH' | 'POST' | 'DELETE', path: string, body?: unknown) => Promise<void>;

export interface InteractionContext {
	engine: Engine;
	config: Config;
	logger: Logger;
	cooldown: Cooldown;
	feedback: FeedbackSink;
	/** Cache and queue in front of the engine. Default: the engine itself, called directly. */
	answerer?: Answerer;
	/** Called once per interaction, after the response is built (metrics). */
	observe?: (event: InteractionEvent) => void;
	/** Overload handling happened (metrics). */
	onOverload?: (action: 'deferred' | 'shed' | 'follow-up-failed') => void;
	/** Milliseconds since the epoch (cooldown notices, feedback times). Default Date.now. */
	now?: () => number;
	/** The commands to dispatch to. Default: the registry in commands/index.ts. */
	registry?: Registry;
	/** Sends a deferred interaction's answer. Without it nothing is deferred (the handler waits for the answer). */
	rest?: InteractionRest;
	/** See DEFAULT_DEFER_AFTER_MS. */
	deferAfterMs?: number;
	/** See DEFAULT_MAX_QUEUED. */
	maxQueued?: number;
}

export interface HandleOptions {
	/** performance.now() when the interaction arrived (the HTTP request, the gateway event). Default: now. */
	receivedAt?: number;
}

export interface InteractionEvent {
	command: string;
	kind: 'command' | 'autocomplete' | 'component' | 'ping';
	outcome:
		| 'answered'
		| 'abstained'
		| 'ok'
		| 'error'
		| 'cooldown'
		| 'unknown'
		| 'refused'
		| 'busy'
		| 'deferred'
		| 'malformed';
	latencyMs: number;
}

/** A short reference shown to the user and logged with the error: 6 hex digits, upper case. */
export function errorRef(): string {
	return randomBytes(3).toString('hex').toUpperCase();
}

const message = (text: string, outcome: CommandResult['outcome']): CommandResult => ({
	response: { type: InteractionResponseType.ChannelMessageWithSource, data: renderNotice(text) },
	outcome,
});
const noChoices = (outcome: CommandResult['outcome']): CommandResult => ({
	response: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } },
	outcome,
});

/** What a payload of `type` must carry for the handler to read it; undefined when it does. */
export function malformed(interaction: APIInteraction): string | undefined {
	const i = interaction as unknown as Record<string, unknown>;
	if (typeof i.id !== 'string' || typeof i.token !== 'string') return 'no id or token';
	const data = i.data as Record<string, unknown> | undefined;
	switch (interaction.type) {
		case InteractionType.Ping:
			return undefined;
		case InteractionType.ApplicationCommand:
		case InteractionType.ApplicationCommandAutocomplete:
			return data && typeof data === 'object' && typeof data.name === 'string' ? undefined : 'no data.name';
		case InteractionType.MessageComponent:
			return data && typeof data === 'object' && typeof data.custom_id === 'string' ? undefined : 'no data.custom_id';
		default:
			return undefined;
	}
}

/** Whether the answer to a command will be private: what the deferred "thinking…" must already say. */
function deferredEphemeral(interaction: APIInteraction): boolean {
	if (interaction.type !== InteractionType.ApplicationCommand) return true;
	if (interaction.data.type === ApplicationCommandType.Message) return true;
	const options = 'options' in interaction.data ? interaction.data.options : undefined;
	return defaultEphemeral(interaction, booleanOption(options, 'public') ?? false);
}

const TIMEOUT = Symbol('timeout');

export async function handleInteraction(
	interaction: APIInteraction,
	ctx: InteractionContext,
	options: HandleOptions = {},
): Promise<APIInteractionResponse> {
	const receivedAt = options.receivedAt ?? performance.now();
	const registry = ctx.registry ?? defaultRegistry;
	const event: Omit<InteractionEvent, 'latencyMs'> = { command: 'unknown', kind: 'command', outcome: 'ok' };
	const userId = interactionUser(interaction)?.id ?? 'unknown';
	let result: CommandResult | undefined;
	let response: APIInteractionResponse;
	try {
		const problem = malformed(interaction);
		if (problem) {
			ctx.logger.warn({ type: interaction.type, interactionId: interaction.id, problem }, 'malformed interaction');
			event.outcome = 'malformed';
			result =
				interaction.type === InteractionType.ApplicationCommandAutocomplete
					? noChoices('malformed')
					: message(strings.unknownCommand, 'malformed');
		} else {
			result = await dispatch(interaction, ctx, registry, event, userId, receivedAt);
		}
		response = result.response;
		event.outcome = result.outcome ?? 'ok';
	} catch (error) {
		const ref = errorRef();
		event.outcome = 'error';
		ctx.logger.error(
			{ err: error, ref, command: event.command, kind: event.kind, interactionId: interaction.id },
			'interaction failed',
		);
		response =
			interaction.type === InteractionType.ApplicationCommandAutocomplete
				? { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }
				: { type: InteractionResponseType.ChannelMessageWithSource, data: renderNotice(strings.error(ref)) };
	}
	const latencyMs = Math.round((performance.now() - receivedAt) * 1000) / 1000;
	const fields = {
		...event,
		latencyMs,
		interactionId: interaction.id,
		userId,
		guildId: interaction.guild_id,
		locale: (interaction as { locale?: string }).locale,
		...(result?.answer ? { answerKind: result.answer.kind, confidence: result.answer.confidence } : {}),
		...(result?.answer ? { lang: result.answer.lang } : {}),
	};
	if (event.kind === 'command' || event.kind === 'component') ctx.logger.info(fields, 'interaction');
	else ctx.logger.debug(fields, 'interaction');
	try {
		ctx.observe?.({ ...event, latencyMs });
	} catch (error) {
		ctx.logger.warn({ err: error }, 'interaction observer failed');
	}
	return response;
}

async function dispatch(
	interaction: APIInteraction,
	ctx: InteractionContext,
	registry: Registry,
	event: Omit<InteractionEvent, 'latencyMs'>,
	userId: string,
	receivedAt: number,
): Promise<CommandResult> {
	let work: () => CommandResult | Promise<CommandResult>;
	let cost: number;
	switch (interaction.type) {
		case InteractionType.Ping:
			event.kind = 'ping';
			event.command = 'ping';
			return { response: { type: InteractionResponseType.Pong } };
		case InteractionType.ApplicationCommand: {
			const command = registry.get(interaction.data.name);
			event.command = command ? command.data.name : 'unknown';
			if (!command) return message(strings.unknownCommand, 'unknown');
			cost = command.cost ?? COSTS.view;
			work = () => command.execute(interaction, ctx);
			break;
		}
		case InteractionType.ApplicationCommandAutocomplete: {
			event.kind = 'autocomplete';
			const command = registry.get(interaction.data.name);
			event.command = command ? command.data.name : 'unknown';
			if (!command?.autocomplete) return noChoices('unknown');
			cost = COSTS.autocomplete;
			work = () => command.autocomplete?.(interaction, ctx) ?? noChoices('unknown');
			break;
		}
		case InteractionType.MessageComponent: {
			event.kind = 'component';
			const parsed = parseCustomId(interaction.data.custom_id);
			const command = registry.forComponent(parsed.prefix);
			event.command = command ? command.data.name : 'unknown';
			if (!command?.component) return message(strings.unknownComponent, 'unknown');
			cost = COSTS.component;
			work = () => command.component?.(interaction, ctx, parsed) ?? message(strings.unknownComponent, 'unknown');
			break;
		}
		default:
			return message(strings.unknownCommand, 'unknown');
	}

	const autocomplete = event.kind === 'autocomplete';
	// Shed: when answers are already piling up, a cheap busy reply now beats an answer after Discord gave up.
	if ((ctx.answerer?.queued ?? 0) >= (ctx.maxQueued ?? DEFAULT_MAX_QUEUED)) {
		ctx.onOverload?.('shed');
		return autocomplete ? noChoices('busy') : message(strings.busy, 'busy');
	}
	if (cost > 0) {
		const gate = await ctx.cooldown.hit(userId, cost);
		if (!gate.ok) {
			if (autocomplete) return noChoices('cooldown');
			return {
				response: {
					type: InteractionResponseType.ChannelMessageWithSource,
					data: cooldownNotice(gate.retryAfterMs, ctx.now),
				},
				outcome: 'cooldown',
			};
		}
	}

	const pending = Promise.resolve().then(work);
	if (!ctx.rest) return pending;
	const remaining = (ctx.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS) - (performance.now() - receivedAt);
	let timer: NodeJS.Timeout | undefined;
	const first = await Promise.race([
		pending,
		new Promise<typeof TIMEOUT>((resolve) => {
			timer = setTimeout(() => resolve(TIMEOUT), Math.max(0, remaining));
		}),
	]);
	clearTimeout(timer);
	if (first !== TIMEOUT) return first;

	// Too slow: answer "thinking…" now, the answer itself when it is ready.
	if (autocomplete) {
		ctx.onOverload?.('shed');
		void pending.catch(() => {});
		return noChoices('busy');
	}
	ctx.onOverload?.('deferred');
	const ephemeral = deferredEphemeral(interaction);
	const isComponent = interaction.type === InteractionType.MessageComponent;
	void pending
		.then((late) => sendLate(interaction, ctx, late.response, ephemeral, isComponent))
		.catch((error: unknown) => {
			ctx.onOverload?.('follow-up-failed');
			// Not the error object itself: a REST error carries the webhook URL, which holds the interaction token.
			const { message, status, code } = error as { message?: string; status?: number; code?: unknown };
			ctx.logger.error(
				{ interactionId: interaction.id, command: event.command, error: { message, status, code } },
				'could not send a deferred answer',
			);
		});
	return isComponent
		? { response: { type: InteractionResponseType.DeferredMessageUpdate }, outcome: 'deferred' }
		: {
				response: {
					type: InteractionResponseType.DeferredChannelMessageWithSource,
					...(ephemeral ? { data: { flags: MessageFlags.Ephemeral } } : {}),
				},
				outcome: 'deferred',
			};
}

/** Sends what a deferred interaction would have answered: an edit of the deferred reply, or a follow-up message. */
async function sendLate(
	interaction: APIInteraction,
	ctx: InteractionContext,
	late: APIInteractionResponse,
	deferredEphemeralReply: boolean,
	isComponent: boolean,
): Promise<void> {
	const rest = ctx.rest as InteractionRest;
	const hook = `/webhooks/${interaction.application_id}/${interaction.token}`;
	if (!('data' in late) || !late.data) return;
	const data = late.data as { flags?: number };
	const lateEphemeral = ((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
	if (late.type === InteractionResponseType.UpdateMessage) {
		await rest('PATCH', `${hook}/messages/@original`, data);
	} else if (isComponent || (lateEphemeral && !deferredEphemeralReply)) {
		// A new message (a component's answer, or a private notice where "thinking…" was public): a follow-up.
		if (!isComponent) await rest('DELETE', `${hook}/messages/@original`);
		await rest('POST', hook, data);
	} else {
		const { flags: _flags, ...edit } = data;
		await rest('PATCH', `${hook}/messages/@original`, edit);
	}
}
