/**
 * Component custom ids: `<prefix>:<action>[:<arg>...]`. The prefix names the command module that handles the click
 * (see Command.componentPrefix), so a button rendered anywhere (an /ask reply, a DM answer) routes to one handler.
 */

export interface ParsedCustomId {
	prefix: string;
	action: string;
	args: string[];
}

export function parseCustomId(customId: string): ParsedCustomId {
	const [prefix = '', action = '', ...args] = customId.split(':');
	return { prefix, action, args };
}

export const customIds = {
	/** Answer a fact (a related question or a suggestion). */
	fact: (factId: string) => `ask:fact:${factId}`,
	/** 👍/👎 on an answer made of `factIds`. */
	feedback: (vote: 'up' | 'down', factIds: string[]) => `ask:fb:${vote}:${factIds.join(',')}`,
	/** /topics: the topic select menu. */
	topicSelect: 'topics:topic',
	/** /topics: the question select menu of topic number `index`. */
	questionSelect: (index: number) => `topics:q:${index}`,
	/** /topics: back to the list of topics. */
	topicsHome: 'topics:home',
	/** /topics: back to topic number `index`. */
	topicBack: (index: number) => `topics:back:${index}`,
} as const;
