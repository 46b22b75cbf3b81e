/**
 * Discord's interaction webhook routes over fetch, for the HTTP transport's follow-up work (it has no bot token and
 * needs none: the interaction token is the credential). Requests time out after 10 s; a 404 on @original right
 * after the response is retried (Discord may not have created the message yet); a 429 is waited out once.
 */
import type { APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import type { FollowUpRest } from '../render/respond.js';

export const DEFAULT_API_URL = 'https://discord.com/api';

export class WebhookError extends Error {
	constructor(
		readonly status: number,
		readonly route: string,
	) {
		super(`Discord answered ${status} to ${route}`);
		this.name = 'WebhookError';
	}
}

export interface WebhookOptions {
	/** The REST base without the version (DISCORD_API_URL). Default https://discord.com/api. */
	apiUrl?: string;
	fetch?: typeof fetch;
	/** Waits between tries of GET @original. Default [250, 1000, 2000] ms. */
	retryDelaysMs?: number[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function webhookRest(options: WebhookOptions = {}): FollowUpRest {
	const base = `${(options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '')}/v10`;
	const doFetch = options.fetch ?? fetch;
	const delays = options.retryDelaysMs ?? [250, 1000, 2000];

	async function call(method: string, route: string, body?: unknown): Promise<unknown> {
		for (let attempt = 0; ; attempt++) {
			const response = await doFetch(`${base}${route}`, {
				method,
				headers: body === undefined ? {} : { 'content-type': 'application/json' },
				body: body === undefined ? undefined : JSON.stringify(body),
				signal: AbortSignal.timeout(10_000),
			});
			if (response.status === 429 && attempt === 0) {
				const retryAfter = Number(response.headers.get('retry-after') ?? 1);
				await sleep(Math.min(10, Number.isFinite(retryAfter) ? retryAfter : 1) * 1000);
				continue;
			}
			// The route holds the interaction token: never put it in an error.
			if (!response.ok)
				throw new WebhookError(response.status, `${method} ${route.replace(/\/[^/]+(\/messages|$)/, '/:token$1')}`);
			return response.status === 204 ? undefined : response.json();
		}
	}

	const original = (app: string, token: string) => `/webhooks/${app}/${token}/messages/@original`;

	return {
		async getOriginal(app, token) {
			for (let i = 0; ; i++) {
				try {
					return (await call('GET', original(app, token))) as { id: string };
				} catch (error) {
					const delay = delays[i];
					if (!(error instanceof WebhookError) || error.status !== 404 || delay === undefined) throw error;
					await sleep(delay);
				}
			}
		},
		async editOriginal(app, token, body: APIInteractionResponseCallbackData) {
			await call('PATCH', original(app, token), body);
		},
		async followUp(app, token, body: APIInteractionResponseCallbackData) {
			return (await call('POST', `/webhooks/${app}/${token}`, body)) as { id: string };
		},
		async deleteOriginal(app, token) {
			await call('DELETE', original(app, token));
		},
	};
}
