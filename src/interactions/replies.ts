/**
 * What the bot means to say, before it is written for Discord: the interaction handling (commands/, this folder)
 * decides a Reply; src/render turns it into Discord's JSON in the user's language; a transport sends it. Nothing
 * here holds user-facing text or Discord markup.
 */
import type { APIMessage } from 'discord-api-types/v10';
import type { Answer, Lang, Suggestion } from '../engine/types.js';
import type { KnowledgeBase, TimelineEvent } from '../knowledge/types.js';
import type { Action, Vote } from './actions.js';
import type { GuildSettings } from './store.js';

/** A new message only the user sees, a new message for the channel, or a change of the message clicked on. */
export type Visibility = 'private' | 'public' | 'update';

export interface AnswerView {
	answer: Answer;
	/** The question as asked (mentions already shown as names): the title, escaped when rendered. */
	title?: string;
	/** A link for the title (the message being answered). */
	titleUrl?: string;
	/** The one user this reply notifies (the author of the question answered for them). */
	ping?: string;
	/** One plain sentence of the answer as the message content, for notifications and reply previews. */
	sentence?: boolean;
	/** This answer was posted publicly in the channel at `at` (ms): the reply is private and links to it. */
	repeat?: { at: number; url?: string };
	/** A "Post in channel" button (private answers where a channel can see a post). */
	share?: boolean;
	/** A "Delete" button these users may use (public answers), besides members who can manage messages. */
	deletableBy?: string[];
	/** Under an answer picked in /topics: the way back to that topic. */
	backTo?: string;
}

export interface TopicView {
	/** Stable across languages and list changes (see topicId in src/knowledge/validate.ts). */
	id: string;
	name: string;
	facts: Suggestion[];
}

export interface HelpView {
	/** The running transport reads messages (gateway): mentions and DMs are answered. */
	readsMessages: boolean;
	cooldown: { limit: number; windowMs: number };
	/** 0: a channel may get the same answer any number of times. */
	repeatWindowMs: number;
}

export type Notice =
	| { type: 'cooldown'; retryAt: number }
	| { type: 'error'; ref: string }
	| { type: 'unknown-command' }
	| { type: 'unknown-component' }
	| { type: 'unknown-fact' }
	| { type: 'no-text' }
	| { type: 'topic-gone' }
	| { type: 'already-voted' }
	| { type: 'delete-refused' }
	| { type: 'already-posted'; at: number; url?: string }
	/** Too many answers are waiting: try again in a few seconds. */
	| { type: 'busy' }
	/** A vote could not be saved (the database is away): it was not counted. */
	| { type: 'vote-failed' }
	/** "This should be answerable" was recorded for the curators. */
	| { type: 'flagged' }
	/** A server-only command used elsewhere. */
	| { type: 'guild-only' }
	/** Settings could not be saved. */
	| { type: 'settings-failed' }
	/** The question is longer than the bot reads. */
	| { type: 'too-long'; length: number; max: number };

export interface CuratorNote {
	guildId: string;
	/** The question as shown on the rated answer. */
	question?: string;
	reason: string;
	factIds: string[];
	/** Link to the rated message. */
	url?: string;
}

export type Reply =
	| { type: 'pong' }
	| { type: 'choices'; choices: { name: string; value: string }[] }
	/** Always private. */
	| { type: 'notice'; notice: Notice }
	| { type: 'answer'; view: AnswerView; visibility: Visibility }
	| { type: 'topics'; topics: TopicView[]; visibility: Visibility }
	| { type: 'topic'; topic: TopicView; visibility: Visibility }
	| { type: 'timeline'; events: TimelineEvent[]; asOf: string; visibility: Visibility }
	| { type: 'source'; kb: KnowledgeBase; visibility: Visibility }
	| { type: 'help'; help: HelpView; visibility: Visibility }
	/** A vote was counted: the message voted on shows it (`tally` after this vote). */
	| { type: 'voted'; message: APIMessage; vote: Vote; tally: Record<Vote, number>; private: boolean }
	/** The private answer `message` goes to the channel as a new message that `owners` may delete. */
	| { type: 'shared'; message: APIMessage; owners: string[] }
	/** The message clicked on is to be deleted. */
	| { type: 'deleted'; channelId: string; messageId: string }
	/** A server's settings, shown back (after a change: `saved`); `needsContent`: auto-answer cannot work yet. */
	| { type: 'settings'; settings: GuildSettings; saved: boolean; needsContent: boolean }
	/** Ask why (optional): a form whose answer comes back as the `reason` action. */
	| { type: 'reason-form'; action: Extract<Action, { type: 'reason' }> };

export type Outcome =
	| 'answered'
	| 'abstained'
	| 'ok'
	| 'error'
	| 'cooldown'
	| 'unknown'
	| 'repeat'
	| 'refused'
	| 'shared'
	| 'voted'
	| 'deleted'
	| 'busy'
	| 'flagged'
	| 'malformed'
	| 'deferred';

/** What handling one interaction or message produced. */
export interface Handled {
	reply: Reply;
	/** For logs and metrics. Default 'ok'. */
	outcome?: Outcome;
	/** The language to write the reply in. Default: the interaction's (its locale). */
	lang?: Lang;
	/**
	 * A new public message will be posted: the transport calls this with its id once it knows it (the link the next
	 * asker of the same fact in this channel gets), or with undefined when it could not be posted.
	 */
	posted?: (messageId: string | undefined) => Promise<void>;
	/** The engine's verdict when the reply is an answer, for logs (never the question itself). */
	verdict?: { kind: string; confidence: number };
	/** A refusal the user was already told about in this window: a message gets no reply at all. */
	quiet?: boolean;
	/** Something for the server's curator channel (a 👎 reason), posted by the transport when one is set. */
	curatorNote?: CuratorNote;
}
