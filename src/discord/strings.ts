/** Every user-facing string of the Discord surface, in one place. */

export const strings = {
	answer: {
		source: 'Source',
		sources: 'Sources',
		paragraph: (n: number) => `paragraph ${n}`,
		paragraphs: (ns: number[]) => `paragraphs ${ns.join(', ')}`,
		asOf: (date: string) => `As of ${date}, the date of the article. Later events are not covered.`,
		wasItHelpful: 'Was this helpful?',
		helpful: 'Helpful',
		notHelpful: 'Not helpful',
		unknownFact: 'That question is no longer in the fact base. Try /topics to browse what I can answer.',
		noText: 'That message has no text I can read as a question. Try /ask instead.',
		tooLong: (length: number, max: number) =>
			`That question is ${length.toLocaleString('en-US')} characters long; I read questions of up to ${max.toLocaleString('en-US')}. Please ask it more briefly.`,
	},
	feedback: {
		thanks: (vote: 'up' | 'down') =>
			vote === 'up'
				? 'Thanks! Glad it helped.'
				: 'Thanks for telling me. The people who curate the facts will look at this answer.',
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
			`I can answer ${facts} question${facts === 1 ? '' : 's'} in ${topics} topic${topics === 1 ? '' : 's'}. Pick a topic, then a question.`,
		topicPlaceholder: 'Pick a topic',
		questionPlaceholder: 'Pick a question',
		questionCount: (n: number) => `${n} question${n === 1 ? '' : 's'}`,
		topicTitle: (name: string) => `Topic: ${name}`,
		allTopics: 'All topics',
		backToTopic: 'Back to the topic',
		empty: 'The fact base is empty right now.',
		unknown: 'That topic is no longer there. Run /topics again.',
	},
	timeline: {
		title: 'Timeline',
		intro: 'The dated events in the article, in order. Dates show in your own time zone and language.',
		said: (words: string) => `the article: “${words}”`,
		empty: 'The article has no dated events.',
	},
	source: {
		title: 'What I know, and from where',
		knows: (facts: number, events: number) =>
			`I answer from one news article only: ${facts} curated question${facts === 1 ? '' : 's'} and ${events} dated event${events === 1 ? '' : 's'}, each backed by the article's own words.`,
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
		serverField: 'In a server',
		server:
			'`/ask` a question (suggestions appear as you type). Answers are private to you; add `public: True` to post one for the channel. Or mention me with a question, and I reply to your message. Right-click a message › Apps › **Answer this question** to answer someone else’s question privately.',
		dmField: 'In DMs',
		dm: 'Just send me a question, no command needed. Send `help` to see this again.',
		browseField: 'Browse',
		browse:
			'`/topics` to browse questions by topic, `/timeline` for the dated events, `/source` for where the answers come from.',
		anywhereField: 'Anywhere',
		anywhere:
			'Add me to your account (user install) to use the commands in any server or DM, even where I am not a member.',
		limits: (n: number, seconds: number) =>
			`To stay fair, each person can ask ${n} questions every ${seconds} seconds.`,
	},
	commands: {
		ask: {
			description: 'Ask a question about South Korea’s 2019 withdrawal from GSOMIA',
			question: 'Your question, e.g. "why did Korea leave GSOMIA?"',
			public: 'Post the answer for everyone in the channel (default: only you see it)',
		},
		topics: 'Browse the questions I can answer, by topic',
		timeline: 'The dated events in the article, in order',
		source: 'What I know, where it comes from, and what I cannot know',
		help: 'How to use the bot in a server, in DMs and by mention',
		answerThis: 'Answer this question',
	},
} as const;
