/**
 * Answering a question or a fact for one user, shared by /ask, the message menus, related questions, /topics and
 * mentions: an over-long question gets a polite refusal, the budget is checked (a refusal is answered privately,
 * never silently, and costs no engine work), then the answerer (cache, engine thread) answers in the user's
 * language; a public answer of a fact the channel saw within the no-repeat window becomes a private one with a
 * link to the first post.
 */
import type { Answer, Engine, Lang } from '../engine/types.js';
import { type Answerer, MAX_QUESTION_CHARS } from './answerer.js';
import { COSTS } from './cooldown.js';
import { messageUrl, postKey } from './posts.js';
import type { AnswerView, Handled, Notice } from './replies.js';
import type { RequestContext } from './types.js';
import { isSharedChannel, type Place } from './util.js';

export type AnswerSubject = { question: string } | { factId: string };

export interface AnswerRequest {
	userId: string;
	lang: Lang;
	subject: AnswerSubject;
	/** The title shown (mentions already as names). Default: the question, or the fact's own question. */
	title?: string;
	/** Who sees the answer: only the user, or the channel. */
	visibility: 'private' | 'public';
	/** Replace the message clicked on (which has this visibility) instead of sending a new one. */
	update?: boolean;
	place: Place;
	/** See AnswerView. */
	ping?: string;
	titleUrl?: string;
	sentence?: boolean;
	backTo?: string;
	/** Who may delete the public answer. Default: the user. */
	owners?: string[];
	/** Where the question came from, for the record of declined questions: slash, menu, mention, dm. */
	surface?: string;
}

/** The fact's own question in `lang` (the engine's topics hold every fact's question, localised). */
export function factQuestion(engine: Engine, factId: string, lang: Lang): string | undefined {
	for (const topic of engine.topics({ lang })) {
		const found = topic.facts.find((f) => f.factId === factId);
		if (found) return found.question;
	}
	return engine.kb.facts.find((f) => f.id === factId)?.question;
}

/** The engine's answer in `lang` (through `answerer` when given), or undefined for an unknown fact id. */
export async function answerFor(
	engine: Engine,
	subject: AnswerSubject,
	lang: Lang,
	answerer: Pick<Answerer, 'ask' | 'answerFact'> = engine,
): Promise<{ answer: Answer; title: string } | undefined> {
	if ('factId' in subject) {
		const answer = await answerer.answerFact(subject.factId, { lang });
		if (!answer) return undefined;
		return { answer, title: factQuestion(engine, subject.factId, lang) ?? '' };
	}
	return { answer: await answerer.ask(subject.question, { lang }), title: subject.question };
}

export function notice(notice: Notice, outcome: Handled['outcome'] = 'ok', lang?: Lang): Handled {
	return { reply: { type: 'notice', notice }, outcome, ...(lang ? { lang } : {}) };
}

/** What answering needs of the context (a DM or mention has no interaction context). */
export type AnswerContext = Pick<RequestContext, 'engine' | 'cooldown' | 'posts' | 'now' | 'answerer' | 'storage'>;

/**
 * Records what was asked (never who asked): a declined question with the engine's verdict and the closest facts,
 * or one use of each fact that answered. Never fails the answer: the storage retries or logs on its own.
 */
function record(ctx: AnswerContext, request: AnswerRequest, answer: Answer, at: number): void {
	const storage = ctx.storage;
	if (!storage) return;
	if (answer.answered) {
		void storage.recordUsage(answer.factIds, at).catch(() => {});
		return;
	}
	if (!('question' in request.subject)) return;
	// Chat in an auto-answer channel is not a miss: only on-topic questions the article did not answer are.
	if (request.surface === 'auto' && (answer.kind === 'off-topic' || answer.kind === 'empty')) return;
	void storage
		.recordMiss({
			at,
			text: request.subject.question,
			kind: answer.kind,
			confidence: answer.confidence,
			closest: answer.suggestions.map((s) => s.factId),
			surface: request.surface ?? 'slash',
			...(request.place.guildId ? { guildId: request.place.guildId } : {}),
			locale: request.lang,
		})
		.catch(() => {});
}

export async function answerRequest(ctx: AnswerContext, request: AnswerRequest): Promise<Handled> {
	const now = ctx.now ?? Date.now;
	const { lang, place } = request;
	const { subject } = request;
	if ('question' in subject && subject.question.length > MAX_QUESTION_CHARS) {
		return notice({ type: 'too-long', length: subject.question.length, max: MAX_QUESTION_CHARS }, 'refused', lang);
	}
	const gate = await ctx.cooldown.hit(request.userId, COSTS.answer);
	if (!gate.ok) {
		const refused = notice({ type: 'cooldown', retryAt: now() + gate.retryAfterMs }, 'cooldown', lang);
		return gate.notify ? refused : { ...refused, quiet: true };
	}
	const found = await answerFor(ctx.engine, subject, lang, ctx.answerer);
	if (!found) return notice({ type: 'unknown-fact' }, 'abstained', lang);
	const { answer } = found;
	record(ctx, request, answer, now());
	const outcome = answer.answered ? 'answered' : 'abstained';
	const verdict = { kind: answer.kind, confidence: answer.confidence };
	const shared = isSharedChannel(place);
	const view: AnswerView = { answer, title: request.title ?? found.title };
	if (request.titleUrl) view.titleUrl = request.titleUrl;
	if (request.sentence) view.sentence = true;
	if (request.backTo) view.backTo = request.backTo;
	if (request.visibility === 'private') {
		if (shared && answer.answered) view.share = true;
	} else {
		if (request.ping && request.ping !== request.userId) view.ping = request.ping;
		if (shared) view.deletableBy = [...new Set(request.owners ?? [request.userId])];
	}
	if (request.update) return { reply: { type: 'answer', view, visibility: 'update' }, outcome, lang, verdict };
	if (request.visibility === 'public' && shared && answer.answered && answer.factIds.length > 0) {
		const claim = {
			channelId: place.channelId,
			...(place.guildId ? { guildId: place.guildId } : {}),
			key: postKey(answer.factIds),
			at: now(),
		};
		const earlier = await ctx.posts.claim(claim);
		if (earlier) {
			const url = earlier.messageId ? messageUrl(earlier.guildId, earlier.channelId, earlier.messageId) : undefined;
			const repeat: AnswerView = { answer, title: view.title, repeat: { at: earlier.at, ...(url ? { url } : {}) } };
			if (view.titleUrl) repeat.titleUrl = view.titleUrl;
			if (view.sentence) repeat.sentence = true;
			return { reply: { type: 'answer', view: repeat, visibility: 'private' }, outcome: 'repeat', lang, verdict };
		}
		return {
			reply: { type: 'answer', view, visibility: 'public' },
			outcome,
			lang,
			verdict,
			posted: (messageId) => (messageId ? ctx.posts.posted(claim, messageId) : ctx.posts.release(claim)),
		};
	}
	return { reply: { type: 'answer', view, visibility: request.visibility }, outcome, lang, verdict };
}
