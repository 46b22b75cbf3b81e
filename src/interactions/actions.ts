/**
 * What a message component does, independent of how it is written in a custom_id. A custom_id is
 * `<prefix>:<action>[:<arg>...]`: the prefix comes from the command registry (the module that handles the action,
 * see commands/index.ts), the action and its arguments from here. Select menus carry their choice in `values`.
 */

export type Vote = 'up' | 'down';

export type Action =
	/** The related questions (or suggestions) select menu under an answer; the value is a fact id. */
	| { type: 'related' }
	/** 👍/👎 on an answer made of `factIds`; `count` is the votes it has so far (shown on public answers). */
	| { type: 'vote'; vote: Vote; count: number; factIds: string[] }
	/** "Post in channel" on a private answer made of `factIds`. */
	| { type: 'share'; factIds: string[] }
	/** "This should be answerable" on a declined answer; `factIds`: the facts closest to the question. */
	| { type: 'answerable'; factIds: string[] }
	/** The optional reason form after 👎 (a modal); `previous`: the user's vote before this one. */
	| { type: 'reason'; previous: Vote | 'none'; factIds: string[] }
	/** "Delete" on a public answer; `owners` may delete it (besides members who can manage messages). */
	| { type: 'delete'; owners: string[] }
	/** /topics: back to the list of topics. */
	| { type: 'topics' }
	/** /topics: the topic select menu; the value is a topic id. */
	| { type: 'topic' }
	/** /topics: the select menu of topic `topicId`'s questions; the value is a fact id. */
	| { type: 'questions'; topicId: string }
	/** /topics: back to topic `topicId` from one of its answers. */
	| { type: 'back'; topicId: string };

export type ActionType = Action['type'];
export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

const LIST = ',';
const list = (arg: string | undefined) => (arg ?? '').split(LIST).filter(Boolean);
/** Ids are kebab-case (facts, topics) or digits (users): never a separator. */
const SAFE = /^[^:,]+$/;
const safe = (values: string[]) => values.every((v) => SAFE.test(v));

interface Codec<T extends ActionType> {
	/** The arguments after `<prefix>:<action>`; a trailing list may be shortened to fit the 100 characters. */
	encode(action: ActionOf<T>): string[];
	decode(args: string[]): ActionOf<T> | undefined;
}

const codecs: { [T in ActionType]: Codec<T> } = {
	related: { encode: () => [], decode: () => ({ type: 'related' }) },
	vote: {
		encode: (a) => [a.vote, String(a.count), a.factIds.join(LIST)],
		decode: ([vote, count, ids]) => {
			const n = Number(count);
			if ((vote !== 'up' && vote !== 'down') || !Number.isInteger(n) || n < 0) return undefined;
			return { type: 'vote', vote, count: n, factIds: list(ids) };
		},
	},
	share: {
		encode: (a) => [a.factIds.join(LIST)],
		decode: ([ids]) => (list(ids).length > 0 ? { type: 'share', factIds: list(ids) } : undefined),
	},
	answerable: {
		encode: (a) => [a.factIds.join(LIST)],
		decode: ([ids]) => ({ type: 'answerable', factIds: list(ids) }),
	},
	reason: {
		encode: (a) => [a.previous, a.factIds.join(LIST)],
		decode: ([previous, ids]) =>
			previous === 'up' || previous === 'down' || previous === 'none'
				? { type: 'reason', previous, factIds: list(ids) }
				: undefined,
	},
	delete: {
		encode: (a) => [a.owners.join(LIST)],
		decode: ([owners]) => ({ type: 'delete', owners: list(owners) }),
	},
	topics: { encode: () => [], decode: () => ({ type: 'topics' }) },
	topic: { encode: () => [], decode: () => ({ type: 'topic' }) },
	questions: {
		encode: (a) => [a.topicId],
		decode: ([topicId]) => (topicId ? { type: 'questions', topicId } : undefined),
	},
	back: {
		encode: (a) => [a.topicId],
		decode: ([topicId]) => (topicId ? { type: 'back', topicId } : undefined),
	},
};

export const ACTION_TYPES = Object.keys(codecs) as ActionType[];

export function isActionType(value: string): value is ActionType {
	return Object.hasOwn(codecs, value);
}

/** Discord's limit on a custom_id. */
export const CUSTOM_ID_MAX = 100;

/**
 * `<prefix>:<type>[:args]`, at most 100 characters: a trailing list (fact ids of a digest) keeps as many of its
 * items as fit, the first (the main fact) always. Throws on an argument that could not be read back.
 */
export function encodeAction(prefix: string, action: Action): string {
	const args = (codecs[action.type] as Codec<ActionType>).encode(action);
	const parts = args.flatMap((a) => a.split(LIST));
	if (!safe(parts.filter(Boolean))) throw new Error(`a ${action.type} action has an argument with ":" or ","`);
	const build = (a: string[]) => [prefix, action.type, ...a].join(':');
	let id = build(args);
	const last = args.length - 1;
	while (id.length > CUSTOM_ID_MAX && last >= 0) {
		const items = list(args[last]);
		if (items.length <= 1) break;
		args[last] = items.slice(0, -1).join(LIST);
		id = build(args);
	}
	if (id.length > CUSTOM_ID_MAX) throw new Error(`custom_id over ${CUSTOM_ID_MAX} characters: ${id.slice(0, 40)}…`);
	return id;
}

export interface ParsedCustomId {
	prefix: string;
	action?: Action;
}

export function decodeCustomId(customId: string): ParsedCustomId {
	const [prefix = '', type = '', ...args] = customId.split(':');
	if (!isActionType(type)) return { prefix };
	const action = (codecs[type] as Codec<ActionType>).decode(args);
	return action ? { prefix, action } : { prefix };
}
