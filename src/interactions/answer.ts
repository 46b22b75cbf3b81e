/**
 * Answering a question or a fact for one user, shared by /ask, the context menu, related-question buttons and
 * /topics: the budget is checked first (a refusal is answered privately, never silently, and costs no engine
 * work), an over-long question gets a polite refusal, then the answerer (cache, queue, engine) answers and the
 * answer is rendered.
 */
import { type APIInteractionResponse, InteractionResponseType } from 'discord-api-types/v10';
import { renderAnswer, renderNotice } from '../discord/render.js';
import type { ActionRow } from '../discord/reply.js';
import { strings } from '../discord/strings.js';
import type { Answer, Engine } from '../engine/types.js';
import { type Answerer, MAX_QUESTION_CHARS } from './answerer.js';
import type { CommandResult } from './command.js';
import { COSTS, type Cooldown } from './cooldown.js';

export interface AnswerContext {
	engine: Engine;
	/** Cache and queue in front of the engine. Default: the engine itself. */
	answerer?: Answerer;
	cooldown: Cooldown;
	now?: () => number;
}

export type AnswerRequest = {
	userId: string;
	/** true: only the asker sees it; false: the channel does. Ignored when `update` is set. */
	ephemeral: boolean;
	/** Replace the message the component was on (UPDATE_MESSAGE) instead of sending a new one. */
	update?: boolean;
	extraRows?: ActionRow[];
} & ({ question: string } | { factId: string });

export function cooldownNotice(retryAfterMs: number, now: () => number = Date.now) {
	return renderNotice(strings.cooldown(Math.ceil((now() + retryAfterMs) / 1000)), { ephemeral: true });
}

/** What logs record about an answer: the engine's verdict, never the question. */
export function answerMeta(answer: Answer): NonNullable<CommandResult['answer']> {
	return { kind: answer.kind, confidence: answer.confidence, lang: answer.lang };
}

/** The engine's answer for the request, or undefined for an unknown fact id. */
export async function answerFor(
	answerer: Pick<Answerer, 'ask' | 'answerFact'> & { engine?: Engine },
	engine: Engine,
	request: { question: string } | { factId: string },
): Promise<{ answer: Answer; title: string } | undefined> {
	if ('factId' in request) {
		const answer = await answerer.answerFact(request.factId);
		if (!answer) return undefined;
		const fact = engine.kb.facts.find((f) => f.id === request.factId);
		return { answer, title: fact?.question ?? '' };
	}
	return { answer: await answerer.ask(request.question), title: request.question };
}

const notice = (text: string, outcome: CommandResult['outcome']): CommandResult => ({
	response: { type: InteractionResponseType.ChannelMessageWithSource, data: renderNotice(text) },
	outcome,
});

/**
 * Rendered responses of cached answers, per answer object (the answer cache hands out the same object for the same
 * question): the same question asked in the same words is rendered once. Responses are shared and never mutated.
 */
const rendered = new WeakMap<Answer, Map<string, APIInteractionResponse>>();

function render(answer: Answer, title: string, request: AnswerRequest): APIInteractionResponse {
	const build = (): APIInteractionResponse => {
		const data = renderAnswer(answer, {
			question: title,
			ephemeral: request.update ? undefined : request.ephemeral,
			extraRows: request.extraRows,
		});
		return request.update
			? { type: InteractionResponseType.UpdateMessage, data }
			: { type: InteractionResponseType.ChannelMessageWithSource, data };
	};
	if (request.extraRows?.length) return build();
	let byKey = rendered.get(answer);
	if (!byKey) {
		byKey = new Map();
		rendered.set(answer, byKey);
	}
	const key = `${request.update ? 'u' : request.ephemeral ? 'e' : 'p'}${title}`;
	let response = byKey.get(key);
	if (!response) {
		if (byKey.size >= 32) byKey.clear();
		response = build();
		byKey.set(key, response);
	}
	return response;
}

export async function answerInteraction(ctx: AnswerContext, request: AnswerRequest): Promise<CommandResult> {
	if ('question' in request && request.question.length > MAX_QUESTION_CHARS) {
		return notice(strings.answer.tooLong(request.question.length, MAX_QUESTION_CHARS), 'refused');
	}
	const gate = await ctx.cooldown.hit(request.userId, COSTS.answer);
	if (!gate.ok) {
		return {
			response: {
				type: InteractionResponseType.ChannelMessageWithSource,
				data: cooldownNotice(gate.retryAfterMs, ctx.now),
			},
			outcome: 'cooldown',
		};
	}
	const found = await answerFor(ctx.answerer ?? ctx.engine, ctx.engine, request);
	if (!found) return notice(strings.answer.unknownFact, 'abstained');
	const response = render(found.answer, found.title, request);
	return { response, outcome: found.answer.answered ? 'answered' : 'abstained', answer: answerMeta(found.answer) };
}
