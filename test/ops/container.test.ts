/**
 * The Dockerfile and compose.yaml, read as files (no container engine on the development machine: the runtime
 * stage's steps themselves are exercised by package.test.ts). Checks what operators rely on: two stages, the
 * runtime stage installs production dependencies only from the packed package, runs as a non-root user, has a
 * health check on HEALTH_PORT and starts with `node dist/...`; compose runs the bot with PostgreSQL and Redis,
 * each with a health check the bot waits for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers.js';

const dockerfile = readFileSync(`${ROOT}/Dockerfile`, 'utf8');
/** Instructions with their continuation lines joined. */
const RUNTIME = 'FROM $' + '{NODE_IMAGE} AS runtime';
const BUILD = 'FROM $' + '{NODE_IMAGE} AS build';
const instructions = dockerfile
	.replace(/\\\n/g, ' ')
	.split('\n')
	.map((l) => l.trim())
	.filter((l) => l && !l.startsWith('#'));

describe('Dockerfile', () => {
	it('has a build stage and a runtime stage, the runtime one last', () => {
		const stages = instructions.filter((l) => l.startsWith('FROM '));
		expect(stages).toEqual([BUILD, RUNTIME]);
		expect(instructions).toContain('ARG NODE_IMAGE=node:20-bookworm-slim');
	});

	it('installs the packed package with production dependencies only, and runs as the non-root node user', () => {
		const runtime = instructions.slice(instructions.indexOf(RUNTIME));
		const run = runtime.find((l) => l.startsWith('RUN ')) ?? '';
		expect(run).toContain('tar xzf /tmp/pkg/*.tgz');
		expect(run).toContain('npm ci --omit=dev');
		const user = runtime.indexOf('USER node');
		expect(user).toBeGreaterThan(runtime.indexOf(run));
		expect(runtime.at(-1)).toBe('CMD ["node", "dist/src/main.js"]');
		expect(runtime.findIndex((l) => l.startsWith('CMD '))).toBeGreaterThan(user);
	});

	it('checks its health on /healthz at HEALTH_PORT', () => {
		const check = instructions.find((l) => l.startsWith('HEALTHCHECK ')) ?? '';
		expect(check).toMatch(/\/healthz/);
		expect(check).toMatch(/process\.env\.HEALTH_PORT/);
		expect(instructions.find((l) => l.startsWith('ENV HOST='))).toMatch(/HEALTH_PORT=9090/);
	});

	it('the build stage checks the knowledge base and packs with npm pack', () => {
		const build = instructions.slice(0, instructions.indexOf(RUNTIME));
		expect(build.join('\n')).toMatch(/npm run build && npm run kb:check && mkdir \/pkg && npm pack/);
	});
});

describe('compose.yaml', () => {
	const compose = parse(readFileSync(`${ROOT}/compose.yaml`, 'utf8')) as {
		services: Record<
			string,
			{
				environment?: Record<string, string>;
				depends_on?: Record<string, { condition: string }>;
				healthcheck?: unknown;
				profiles?: string[];
			}
		>;
	};

	it('runs the bot with PostgreSQL and Redis, waiting until both are healthy', () => {
		const { bot, postgres, redis } = compose.services;
		expect(bot?.environment).toMatchObject({
			DATABASE_URL: expect.stringMatching(/^postgres:\/\/.+@postgres:5432\//),
			REDIS_URL: 'redis://redis:6379',
			HEALTH_PORT: '9090',
		});
		expect(bot?.depends_on).toEqual({
			postgres: { condition: 'service_healthy' },
			redis: { condition: 'service_healthy' },
		});
		expect(postgres?.healthcheck).toBeDefined();
		expect(redis?.healthcheck).toBeDefined();
	});

	it('offers the HTTP endpoint beside the gateway bot (the hybrid setup) under a profile', () => {
		expect(compose.services.http?.profiles).toEqual(['http']);
		expect(compose.services.http?.environment).toMatchObject({ DISCORD_TRANSPORT: 'http' });
	});
});
