/**
 * Answering a question or a fact for one user, shared by /ask, the context menu, related-question buttons and
 * /topics: the cooldown is checked first (a refusal is answered privately, never silently), then the engine answers
 * and the answer is rendered.
 */
import { type APIInteractionResponse, InteractionResponseType } from 'discord-api-types/v10';
import { renderAnswer, renderNotice } from '../discord/render.js';
import type { ActionRow } from '../discord/reply.js';
import { strings } from '../discord/strings.js';
import type { Answer, Engine } from '../engine/types.js';
import type { CommandResult } from './command.js';
import type { Cooldown } from './cooldown.js';

export interface AnswerContext {
	engine: Engine;
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

/** The engine's answer for the request, or undefined for an unknown fact id. */
export function answerFor(
	engine: Engine,
	request: { question: string } | { factId: string },
): { answer: Answer; title: string } | undefined {
	if ('factId' in request) {
		const answer = engine.answerFact(request.factId);
		if (!answer) return undefined;
		const fact = engine.kb.facts.find((f) => f.id === request.factId);
		return { answer, title: fact?.question ?? '' };
	}
	return { answer: engine.ask(request.question), title: request.question };
}

export function answerInteraction(ctx: AnswerContext, request: AnswerRequest): CommandResult {
	const gate = ctx.cooldown.hit(request.userId);
	if (!gate.ok) {
		return {
			response: {
				type: InteractionResponseType.ChannelMessageWithSource,
				data: cooldownNotice(gate.retryAfterMs, ctx.now),
			},
			outcome: 'cooldown',
		};
	}
	const found = answerFor(ctx.engine, request);
	if (!found) {
		return {
			response: {
				type: InteractionResponseType.ChannelMessageWithSource,
				data: renderNotice(strings.answer.unknownFact),
			},
			outcome: 'abstained',
		};
	}
	const data = renderAnswer(found.answer, {
		question: found.title,
		ephemeral: request.update ? undefined : request.ephemeral,
		extraRows: request.extraRows,
	});
	const response: APIInteractionResponse = request.update
		? { type: InteractionResponseType.UpdateMessage, data }
		: { type: InteractionResponseType.ChannelMessageWithSource, data };
	return { response, outcome: found.answer.answered ? 'answered' : 'abstained' };
}
