/**
 * The HTTP endpoint for operators: /metrics moves to HEALTH_PORT (not public next to /interactions), the public
 * port keeps /healthz; a wrong DISCORD_PUBLIC_KEY is visible in the logs at warn, rate-limited.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createEngine } from '../../src/engine/index.js';
import { serve } from '../../src/http/serve.js';
import { createInteractionServer } from '../../src/http/server.js';
import { memoryFeedbackSink } from '../../src/interactions/feedback.js';
import { createLogger } from '../../src/logger.js';
import { fixtureKb } from '../fixtures/kb.js';
import { generateKeys, pingInteraction, postInteraction, send } from '../http/helpers.js';
import { freePort } from './helpers.js';

const keys = generateKeys();

describe('DISCORD_TRANSPORT=http with HEALTH_PORT', () => {
	it('serves /metrics only on HEALTH_PORT, /healthz on both, and names build and knowledge', async () => {
		const healthPort = await freePort();
		const config = parseConfig({
			DATABASE_PATH: ':memory:',
			DISCORD_TRANSPORT: 'http',
			DISCORD_PUBLIC_KEY: keys.publicKeyHex,
			HOST: '127.0.0.1',
			PORT: '0',
			HEALTH_HOST: '127.0.0.1',
			HEALTH_PORT: String(healthPort),
			LOG_LEVEL: 'silent',
			ENGINE_THREADS: '0',
		});
		const running = await serve({ config, handleSignals: false });
		try {
			expect((await postInteraction(running.url, keys, pingInteraction())).json).toEqual({ type: 1 });
			expect((await send(`${running.url}/metrics`)).status).toBe(404);
			expect((await send(`${running.url}/healthz`)).status).toBe(200);
			expect(running.healthUrl).toBe(`http://127.0.0.1:${healthPort}`);
			expect((await send(`${running.healthUrl}/healthz`)).json).toEqual({ status: 'ok' });
			const metrics = await send(`${running.healthUrl}/metrics`);
			expect(metrics.status).toBe(200);
			expect(metrics.text).toMatch(
				/^gsomia_build_info\{version="[^"]+",knowledge="[0-9a-f]{12}",mode="http",node="[^"]+"\} 1$/m,
			);
			expect(metrics.text).toMatch(/^gsomia_interactions_total\{command="ping",kind="ping",outcome="ok"\} 1$/m);
			expect(metrics.text).toMatch(/^process_resident_memory_bytes \d/m);
		} finally {
			await running.close();
		}
	});

	it('labels only known command names: a made-up name from a payload is "other"', async () => {
		const config = parseConfig({
			DATABASE_PATH: ':memory:',
			DISCORD_TRANSPORT: 'http',
			DISCORD_PUBLIC_KEY: keys.publicKeyHex,
			HOST: '127.0.0.1',
			PORT: '0',
			LOG_LEVEL: 'silent',
			ENGINE_THREADS: '0',
		});
		const running = await serve({ config, handleSignals: false });
		try {
			const made = { ...pingInteraction(), type: 2, data: { id: '1', name: 'x'.repeat(200), type: 1 } };
			expect((await postInteraction(running.url, keys, made)).status).toBe(200);
			const text = (await send(`${running.url}/metrics`)).text;
			expect(text).not.toContain('x'.repeat(32));
			expect(text).toMatch(/^gsomia_interactions_total\{command="unknown",kind="command",outcome="unknown"\} 1$/m);
		} finally {
			await running.close();
		}
	});
});

describe('When requests arrive with a bad signature', () => {
	it('logs the first at warn at once, then one summary per interval naming DISCORD_PUBLIC_KEY', async () => {
		const lines: Record<string, unknown>[] = [];
		const logger = createLogger('info', {
			write(chunk: string) {
				lines.push(JSON.parse(chunk) as Record<string, unknown>);
			},
		});
		const config = parseConfig({
			DATABASE_PATH: ':memory:',
			DISCORD_TRANSPORT: 'http',
			DISCORD_PUBLIC_KEY: keys.publicKeyHex,
		});
		const server = createInteractionServer({
			config,
			engine: createEngine(fixtureKb()),
			logger,
			feedback: memoryFeedbackSink(),
			badSignatureIntervalMs: 200,
		});
		const { port } = await server.listen(0, '127.0.0.1');
		const url = `http://127.0.0.1:${port}`;
		const other = generateKeys();
		try {
			for (let i = 0; i < 4; i++) expect((await postInteraction(url, other, pingInteraction())).status).toBe(401);
			const warnings = () => lines.filter((l) => l.level === 40);
			expect(warnings()).toHaveLength(1);
			expect(warnings()[0]?.msg).toMatch(/DISCORD_PUBLIC_KEY/);
			for (let i = 0; i < 50 && warnings().length < 2; i++) await new Promise((r) => setTimeout(r, 50));
			expect(warnings()[1]).toMatchObject({
				count: 3,
				msg: '3 requests with a bad signature in the last minute: check DISCORD_PUBLIC_KEY',
			});
		} finally {
			await server.close();
		}
	});
});
