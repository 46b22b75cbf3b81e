/**
 * Every user-facing string of every surface, in English. ko.ts and ja.ts have exactly the same keys (the type
 * `Strings` is this object's shape, and test/i18n checks that no value is missing, empty or left in English).
 * Quotes of the article are never translated: they are the evidence.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../knowledge/calendar.js';
import type { DateParts } from './types.js';

const MONTHS = MONTH_NAMES;
const WEEKDAYS = WEEKDAY_NAMES;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en = {
	/** Names of the bot's languages, written in this language. */
	languages: { en: 'English', ko: 'Korean', ja: 'Japanese' },
	dates: {
		/** "August 22, 2019" (as Discord's own date format shows it to an en-US reader). */
		day: (d: DateParts) => `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
		/** "Thursday, August 22, 2019" (the terminal). */
		dayWithWeekday: (d: DateParts) => `${WEEKDAYS[d.weekday]}, ${MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
		month: (d: DateParts) => `${MONTHS[d.month - 1]} ${d.year}`,
		year: (d: DateParts) => `${d.year}`,
		/** A length of time, for the help text: "5 minutes". */
		duration: (seconds: number) =>
			seconds % 3600 === 0
				? plural(seconds / 3600, 'hour', 'hours')
				: seconds % 60 === 0
					? plural(seconds / 60, 'minute', 'minutes')
					: plural(seconds, 'second', 'seconds'),
	},
	answer: {
		source: 'Source',
		sources: 'Sources',
		sourceLine: (publisher: string, title: string, date: string, where: string) =>
			`${publisher}, “${title}”, ${date} (${where})`,
		paragraph: (n: number) => `paragraph ${n}`,
		paragraphs: (ns: number[]) => `paragraphs ${ns.join(', ')}`,
		asOf: (date: string) => `As of ${date}, the date of the article. Later events are not covered.`,
		wasItHelpful: 'Was this helpful?',
		helpful: 'Helpful',
		notHelpful: 'Not helpful',
		related: 'Related questions',
		suggestions: 'Questions I can answer',
		answerable: 'This should be answerable',
		share: 'Post in channel',
		shared: 'Posted in the channel',
		delete: 'Delete',
		/** Shown when the engine could only answer in another language than the reader's. */
		otherLanguage: (language: string) => `The answer itself is in ${language}: it is not written in your language yet.`,
		/** `when` is a relative Discord timestamp; `link` a markdown link to the earlier post, when known. */
		repeat: (when: string, link?: string) =>
			link
				? `This was answered in this channel ${when} (${link}), so here it is just for you.`
				: `This was answered in this channel ${when}, so here it is just for you.`,
		jump: 'see it',
		alreadyPosted: (when: string, link?: string) =>
			link
				? `This answer was already posted in this channel ${when}: ${link}.`
				: `This answer was already posted in this channel ${when}.`,
		unknownFact: 'That question is no longer in the fact base. Try /topics to browse what I can answer.',
		noText: 'That message has no text I can read as a question. Try /ask instead.',
		tooLong: (length: number, max: number) =>
			`That question is ${length.toLocaleString('en-US')} characters long; I read questions of up to ${max.toLocaleString('en-US')}. Please ask it more briefly.`,
	},
	feedback: {
		flagged: 'Thank you: the people who curate the facts will see this question.',
		reasonTitle: 'What was wrong with this answer?',
		reasonLabel: 'Why (optional)',
		reasonPlaceholder: 'e.g. it answers another question, or the date is missing',
		failed: 'Sorry, your vote could not be saved right now, so it was not counted. Please try again in a minute.',
		alreadyVoted: 'Your vote on this answer is already counted. Thank you!',
	},
	delete: {
		refused: 'Only the person who asked, the person it answers, or a moderator can delete this answer.',
	},
	cooldown: (unixSeconds: number) =>
		`You're asking quickly. You can ask again <t:${unixSeconds}:R>; this keeps the bot fair for everyone.`,
	error: (ref: string) =>
		`Something went wrong on my side (ref ${ref}). Please try again; if it keeps happening, mention this reference.`,
	busy: "I'm answering a lot of questions right now. Please try again in a few seconds.",
	unknownCommand: "I don't know that command (it may have been removed). Try /help.",
	unknownComponent: 'That button has expired. Ask again with /ask.',
	topics: {
		title: 'Browse by topic',
		intro: (facts: number, topics: number) =>
			`I can answer ${plural(facts, 'question', 'questions')} in ${plural(topics, 'topic', 'topics')}. Pick a topic, then a question.`,
		topicPlaceholder: 'Pick a topic',
		questionPlaceholder: 'Pick a question',
		questionCount: (n: number) => plural(n, 'question', 'questions'),
		topicTitle: (name: string) => `Topic: ${name}`,
		allTopics: 'All topics',
		backToTopic: 'Back to the topic',
		empty: 'The fact base is empty right now.',
		unknown: 'That topic is no longer there. Run /topics again.',
	},
	timeline: {
		title: 'Timeline',
		intro: 'The dated events in the article, in order.',
		said: (words: string) => `the article: “${words}”`,
		empty: 'The article has no dated events.',
	},
	source: {
		title: 'What I know, and from where',
		knows: (facts: number, events: number) =>
			`I answer from one news article only: ${plural(facts, 'curated question', 'curated questions')} and ${plural(events, 'dated event', 'dated events')}, each backed by the article's own words.`,
		articleField: 'The article',
		article: (publisher: string, title: string, date: string, section: string) =>
			`${publisher}, “${title}”, ${date} (${section})`,
		citationsField: 'How citations work',
		citations:
			'Every answer quotes the sentence of the article it comes from, word for word, as a block quote, with the paragraph number. If the article does not say, I say so instead of guessing.',
		limitsField: 'What I cannot know',
		limits: (date: string) =>
			`Anything after ${date}, the day the article was published (for example whether the decision was later reversed), and anything the article does not report. I do not browse the web.`,
	},
	help: {
		title: 'How to use me',
		intro:
			'I answer questions about South Korea’s 2019 decision to leave GSOMIA, its intelligence-sharing pact with Japan, quoting a news article word for word.',
		askField: 'Ask',
		ask: '`/ask` a question; suggestions appear as you type. Answers are private to you: press **Post in channel** to share one, or add `public: True`.',
		othersField: 'Answer someone',
		others:
			'Add `for: @someone` to `/ask` to answer them in the channel (only they are notified), or right-click their message › Apps › **Answer publicly**. **Answer this question** shows the answer to you alone.',
		messagesField: 'Mentions and DMs',
		messages:
			'Mention me with a question and I reply to your message. In DMs, just send me a question; send `help` to see this again.',
		commandsOnlyField: 'Commands only',
		commandsOnly:
			'This bot answers slash commands and the message menu only: it does not read messages, so mentions and DMs get no reply.',
		browseField: 'Browse',
		browse:
			'`/topics` to browse questions by topic, `/timeline` for the dated events, `/source` for where the answers come from.',
		tidyField: 'Keeping channels tidy',
		tidy: 'The person who asked, and moderators, can remove a public answer with its **Delete** button.',
		noRepeat: (window: string) =>
			`The same answer is not posted twice in a channel within ${window}: whoever asks again gets it privately, with a link to the first.`,
		anywhereField: 'Anywhere',
		anywhere:
			'Add me to your account (user install) to use the commands in any server or DM, even where I am not a member.',
		limits: (n: number, seconds: number) =>
			`To stay fair, each person can ask ${plural(n, 'question', 'questions')} every ${plural(seconds, 'second', 'seconds')}.`,
	},
	/** Command and option names and descriptions: the base of every command's definition. */
	commands: {
		ask: {
			name: 'ask',
			description: 'Ask a question about South Korea’s 2019 withdrawal from GSOMIA',
			question: { name: 'question', description: 'Your question, e.g. "why did Korea leave GSOMIA?"' },
			public: { name: 'public', description: 'Post the answer for everyone in the channel (default: only you see it)' },
			for: { name: 'for', description: 'Answer this person in the channel; only they are notified' },
		},
		topics: { name: 'topics', description: 'Browse the questions I can answer, by topic' },
		timeline: { name: 'timeline', description: 'The dated events in the article, in order' },
		source: { name: 'source', description: 'What I know, where it comes from, and what I cannot know' },
		help: { name: 'help', description: 'How to use the bot: commands, sharing, mentions and DMs' },
		answerThis: { name: 'Answer this question' },
		answerPublicly: { name: 'Answer publicly' },
		settings: {
			name: 'settings',
			description: 'This server’s settings for the bot (needs Manage Server)',
			show: { name: 'show', description: 'Show this server’s settings' },
			visibility: {
				name: 'visibility',
				description: 'Whether /ask answers are private or public by default here',
				value: { name: 'value', description: 'Private (only the asker) or public (the channel)' },
				private: 'Private',
				public: 'Public',
			},
			autoAnswer: {
				name: 'auto-answer',
				description: 'Answer every question asked in a channel, without a mention',
				channel: { name: 'channel', description: 'The channel' },
				on: { name: 'on', description: 'On or off' },
			},
			curator: {
				name: 'curator-channel',
				description: 'Where downvote reasons and a daily digest of declined questions go',
				channel: { name: 'channel', description: 'The channel (leave it out to turn this off)' },
			},
		},
	},
	curator: {
		reason: (question: string, reason: string) => `👎 on “${question}”: ${reason}`,
		facts: (ids: string) => `Facts: ${ids}`,
		digestTitle: (count: number) =>
			count === 1 ? 'Yesterday 1 question went unanswered' : `Yesterday ${count} questions went unanswered`,
		digestMore: (count: number) => `…and ${count} more: run gsomia misses for the full list.`,
	},
	settings: {
		title: 'Settings for this server',
		visibility: 'Answers to /ask',
		publicByDefault: 'public by default',
		privateByDefault: 'private by default',
		autoAnswer: 'Answered without a mention',
		none: 'none',
		curator: 'Curator channel',
		saved: 'Saved.',
		guildOnly: 'These settings belong to a server: use this command in the server.',
		failed: 'The settings could not be saved right now. Please try again in a minute.',
		needsContent:
			'To answer messages without a mention, the bot needs Discord’s Message Content permission, which its operator has not turned on: the channel is saved and will work once it is.',
	},
	/** The terminal: `gsomia ask` and the local console. */
	cli: {
		related: 'Related:',
		youCouldAsk: 'You could ask:',
		factsAsOf: (date: string) => `(Facts as of ${date}, the date of the article.)`,
		citation: (publisher: string, title: string, date: string, paragraph: number) =>
			`${publisher}, “${title}”, ${date}, paragraph ${paragraph}`,
		said: (words: string) => `(the article: “${words}”)`,
		published: (date: string, timezone: string, section: string) =>
			`Published ${date} (${timezone}), section ${section}.`,
		paragraphs: (paragraphs: number, facts: number) =>
			`${plural(paragraphs, 'paragraph', 'paragraphs')}, kept verbatim; ${plural(facts, 'curated fact cites', 'curated facts cite')} it word for word.`,
		limits:
			'Every answer quotes the paragraphs it rests on. The article cannot tell what happened after it was published.',
		banner: (facts: number) => `GSOMIA bot, local console (no DISCORD_TOKEN set). ${facts} facts loaded.`,
		help: [
			'Ask a question about South Korea’s 2019 decision to leave GSOMIA, or type a command:',
			'  help       this help',
			'  topics     what the bot knows, by topic',
			'  timeline   the dated events',
			'  source     the article the answers come from',
			'  quit       leave (or Ctrl+D)',
		],
	},
};

/** The shape every language's strings module has. */
export type Strings = typeof en;
