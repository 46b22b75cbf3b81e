/**
 * The shapes interaction handling is built from: a command module, the registry, and the context each handler
 * gets. Types only, in one module, so the modules that implement them do not import each other.
 */
import type {
	APIApplicationCommandAutocompleteInteraction,
	APIApplicationCommandInteraction,
	APIMessageComponentInteraction,
	ApplicationCommandType,
	RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Config } from '../config.js';
import type { Engine, Lang } from '../engine/types.js';
import type { Logger } from '../logger.js';
import type { Action, ActionOf, ActionType } from './actions.js';
import type { Answerer } from './answerer.js';
import type { Cooldown } from './cooldown.js';
import type { FeedbackSink } from './feedback.js';
import type { PostLog } from './posts.js';
import type { Handled } from './replies.js';
import type { SettingsBook } from './settings.js';
import type { Storage } from './store.js';
import type { VoteBook } from './votes.js';

type MaybePromise<T> = T | Promise<T>;

export interface InteractionEvent {
	command: string;
	kind: 'command' | 'autocomplete' | 'component' | 'modal' | 'ping';
	outcome: string;
	latencyMs: number;
}

export interface InteractionContext {
	engine: Engine;
	/** The commands to dispatch to: commands/index.ts in production. */
	registry: Registry;
	config: Pick<Config, 'cooldown' | 'repeatWindowMs'>;
	logger: Logger;
	cooldown: Cooldown;
	feedback: FeedbackSink;
	/** The no-repeat window of public answers per channel. */
	posts: PostLog;
	votes: VoteBook;
	/** The running transport reads messages (the gateway): /help then tells about mentions and DMs. */
	readsMessages: boolean;
	/** Cache, queue and engine thread in front of the engine. Default: the engine itself, called directly. */
	answerer?: Answerer;
	/** Where declined questions, votes, fact usage and server settings are kept (none: not recorded). */
	storage?: Storage;
	/** Per-server settings (cached); present with `storage`. */
	settings?: SettingsBook;
	/** The transport reads every message's text (the Message Content intent): auto-answer channels work. */
	readsContent?: boolean;
	/** Answers waiting beyond which new interactions are shed with a busy reply. Default DEFAULT_MAX_QUEUED. */
	maxQueued?: number;
	/** An interaction was shed (busy reply) or deferred (metrics). */
	onOverload?: (action: 'deferred' | 'shed' | 'follow-up-failed') => void;
	/** Called once per interaction, after the reply is decided (metrics). */
	observe?: (event: InteractionEvent) => void;
	/** Milliseconds since the epoch. Default Date.now. */
	now?: () => number;
}

/** The context of one interaction: the shared one plus the language to answer in. */
export interface RequestContext extends InteractionContext {
	lang: Lang;
}

export type ComponentHandler<T extends ActionType> = (
	interaction: APIMessageComponentInteraction,
	ctx: RequestContext,
	action: ActionOf<T>,
) => MaybePromise<Handled>;

export type ComponentHandlers = { [T in ActionType]?: ComponentHandler<T> };

export interface Command {
	/** The definition registered with Discord (one item of the bulk-overwrite PUT). */
	data: RESTPostAPIApplicationCommandsJSONBody;
	execute(interaction: APIApplicationCommandInteraction, ctx: RequestContext): MaybePromise<Handled>;
	autocomplete?(interaction: APIApplicationCommandAutocompleteInteraction, ctx: RequestContext): MaybePromise<Handled>;
	/**
	 * The component actions this module handles (each action is handled by one module). Their custom ids start
	 * with `componentPrefix:` (default: data.name); the registry writes and reads them.
	 */
	components?: ComponentHandlers;
	componentPrefix?: string;
	/**
	 * What running the command spends from the user's budget before `execute` (see COSTS in cooldown.ts). Default
	 * COSTS.view; a command that answers through answerRequest sets 0 (the answer is charged there).
	 */
	cost?: number;
}

export interface ComponentIds {
	/** The custom_id of `action`, prefixed with the name of the module that handles it. */
	encode(action: Action): string;
	/** The action of a custom_id this registry wrote, or undefined. */
	decode(customId: string): Action | undefined;
}

export interface ComponentRoute {
	command: Command;
	action: Action;
	handler: ComponentHandler<ActionType>;
}

export interface Registry {
	readonly commands: readonly Command[];
	/** The command named `name` (of `type`: chat input by default). */
	get(name: string, type?: ApplicationCommandType): Command | undefined;
	/** The module and handler for a clicked component, or undefined for a custom_id no module handles. */
	component(customId: string): ComponentRoute | undefined;
	readonly ids: ComponentIds;
	/** The definitions to register (the deploy body). */
	definitions(): RESTPostAPIApplicationCommandsJSONBody[];
}
