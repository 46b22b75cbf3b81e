/**
 * The default log destination writes in blocks: a line reaches the file within the flush interval while the process
 * runs, and every line is written when the process exits, even through process.exit() right after logging.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const LOGGER = pathToFileURL(join(ROOT, 'dist', 'src', 'logger.js')).href;

function lines(file: string): Record<string, unknown>[] {
	let text = '';
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return [];
	}
	return text
		.split('\n')
		.filter(Boolean)
		.map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Runs `body` in a child node with `log`, a logger writing to `file` through logDestination. */
function child(file: string, body: string) {
	const script = `import { createLogger, logDestination } from ${JSON.stringify(LOGGER)};
const log = createLogger('info', logDestination(${JSON.stringify(file)}));
${body}`;
	const proc = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
	const exited = new Promise<number | null>((resolve) => proc.once('close', resolve));
	return { proc, exited };
}

describe('The default log destination', () => {
	it('writes a line within the flush interval while the process keeps running', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'gsomia-logs-')), 'log');
		const { proc, exited } = child(file, `log.info({ n: 1 }, 'first'); setInterval(() => {}, 1000);`);
		try {
			for (let i = 0; i < 100 && lines(file).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
			expect(lines(file).map((l) => l.msg)).toEqual(['first']);
			expect(proc.exitCode).toBe(null);
		} finally {
			proc.kill('SIGKILL');
			await exited;
		}
	});

	it('writes every buffered line at exit, also through process.exit() right after logging', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'gsomia-logs-')), 'log');
		const { exited } = child(file, `for (let i = 0; i < 3; i++) log.info({ n: i }, 'line'); process.exit(3);`);
		expect(await exited).toBe(3);
		expect(lines(file).map((l) => l.n)).toEqual([0, 1, 2]);
	});
});
