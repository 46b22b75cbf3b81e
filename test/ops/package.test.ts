/**
 * Production without dev dependencies: the packed package (`npm pack`, what the Docker image installs too) is
 * unpacked into a temporary folder, its production dependencies alone are installed with `npm ci --omit=dev`
 * from the exact versions it carries (npm-shrinkwrap.json), and it answers a question with `node dist/...`: no
 * TypeScript, no build step, no dev dependency.
 *
 * `--offline`: no network; the packages come from npm's cache, which the project's own `npm ci` filled.
 * `--ignore-scripts`: better-sqlite3's native build (a minute of compiling here, offline) is skipped; the console and
 * `ask` load no database, and the SQLite backend itself is covered by test/storage. The Docker image runs the scripts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, run } from './helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const dir = mkdtempSync(join(tmpdir(), 'gsomia-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('The packed package, installed with --omit=dev', () => {
	it('starts with node dist/... and production dependencies only, and answers a question', {
		timeout: 120_000,
	}, async () => {
		const packed = JSON.parse(
			execFileSync(npm, ['pack', '--json', '--pack-destination', dir], {
				cwd: ROOT,
				stdio: ['ignore', 'pipe', 'ignore'],
			}).toString(),
		) as { filename: string; files: { path: string }[] }[];
		const files = packed[0]?.files.map((f) => f.path) ?? [];
		expect(files).toContain('npm-shrinkwrap.json');
		expect(files).toContain('dist/src/main.js');
		expect(files).toContain('dist/knowledge.json');
		expect(files.some((f) => f.startsWith('test/') || f.startsWith('src/') || f.endsWith('.ts'))).toBe(false);

		execFileSync('tar', ['xzf', join(dir, packed[0]?.filename ?? ''), '-C', dir]);
		const app = join(dir, 'package');
		execFileSync(npm, ['ci', '--omit=dev', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], {
			cwd: app,
			stdio: 'ignore',
		});
		for (const dev of ['typescript', 'tsx', 'vitest', '@biomejs/biome', 'autocannon'])
			expect(existsSync(join(app, 'node_modules', dev))).toBe(false);
		expect(existsSync(join(app, 'node_modules', 'discord.js'))).toBe(true);

		const asked = await run(
			join(app, 'bin', 'gsomia.js'),
			['ask', '--json', 'when was gsomia signed'],
			{},
			{ cwd: app },
		);
		expect(asked.code).toBe(0);
		expect(JSON.parse(asked.stdout)).toMatchObject({ answered: true, factIds: ['pact-signed'] });

		const started = await run(join(app, 'dist', 'src', 'main.js'), [], {}, { cwd: app, stdin: 'who announced it\n' });
		expect(started.code).toBe(0);
		expect(started.stdout).toContain('Kim Yu-geun');
		expect(started.stderr).toBe('');
	});
});
