import { existsSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, USAGE } from '../../src/cli.js';
import { consoleReply, runConsole } from '../../src/console.js';
import { engine } from '../engine/helpers.js';

async function run(args: string[], stdin = '') {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', (d) => {
		out += d;
	});
	stderr.on('data', (d) => {
		err += d;
	});
	const code = await main(args, { stdin: Readable.from([stdin]), stdout, stderr, env: {}, engine: () => engine });
	return { code, out, err };
}

describe('gsomia ask', () => {
	it('prints the answer, its quote and source for a terminal', async () => {
		const { code, out } = await run(['ask', 'when was gsomia signed']);
		expect(code).toBe(0);
		expect(out).toContain('GSOMIA');
		expect(out).toContain('2016');
		expect(out).toContain('  > “Signed in November 2016, Gsomia is renewed automatically every year”');
		expect(out).toContain(
			'— Korea JoongAng Daily, “Seoul pulls out of Gsomia pact with Tokyo”, Thursday, August 22, 2019, paragraph 14',
		);
		expect(out).toContain('(Facts as of Thursday, August 22, 2019, the date of the article.)');
	});
	it('--json prints one object with the Answer fields and the question', async () => {
		const { code, out } = await run(['ask', '--json', 'who announced it']);
		expect(code).toBe(0);
		const lines = out.trim().split('\n');
		expect(lines).toHaveLength(1);
		const answer = JSON.parse(lines[0] as string);
		expect(Object.keys(answer).sort()).toEqual(
			[
				'answer',
				'answered',
				'asOf',
				'citations',
				'confidence',
				'factIds',
				'lang',
				'parts',
				'kind',
				'question',
				'suggestions',
			].sort(),
		);
		expect(answer.question).toBe('who announced it');
		expect(answer.factIds).toEqual(['announcement-who']);
	});
	it('--jsonl answers 1,000 lines in one process, in order, with nothing else on stdout', async () => {
		const questions = Array.from({ length: 1000 }, (_, i) =>
			i % 3 === 0 ? 'who announced it' : i % 3 === 1 ? 'how tall is mount everest' : `question ${i}`,
		);
		const input = `${questions.map((q) => JSON.stringify({ question: q })).join('\n')}\n`;
		const { code, out, err } = await run(['ask', '--jsonl'], input);
		expect(code).toBe(0);
		expect(err).toBe('');
		const rows = out
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(rows).toHaveLength(1000);
		expect(rows.map((r) => r.question)).toEqual(questions);
		expect(rows[0].answered).toBe(true);
		expect(rows[1].answered).toBe(false);
	});
	it('--jsonl keeps the order and reports a line that is not a question', async () => {
		const { out } = await run(['ask', '--jsonl'], '{"question":"who announced it"}\nnot json\n{"q":"x"}\n');
		const rows = out
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(rows.map((r) => [r.question, r.answered, r.error])).toEqual([
			['who announced it', true, undefined],
			[null, false, 'line 2: expected {"question": "..."}'],
			[null, false, 'line 3: expected {"question": "..."}'],
		]);
	});
	it.each([
		[['ask'], 'ask needs a question'],
		[['ask', '--bogus', 'x'], 'unknown option --bogus'],
		[['ask', '--jsonl', 'x'], '--jsonl reads questions from stdin only'],
		[['eval'], 'eval needs one FILE'],
		[['frobnicate'], 'unknown command "frobnicate"'],
		[['serve', '--port'], '--port needs a value'],
		[['serve', '--port', '99999'], '--port must be 0 to 65535'],
		[['invite'], 'invite needs --app ID or DISCORD_APPLICATION_ID (a Discord id)'],
		[['ask', '--lang', 'fr', 'x'], '--lang must be en, ko or ja'],
		[['ask', '--lang'], '--lang needs a value'],
		[['console', '--lang', 'de'], '--lang must be en, ko or ja'],
	])('%j prints the usage and exits 2', async (args, message) => {
		const { code, err } = await run(args);
		expect(code).toBe(2);
		expect(err).toBe(`gsomia: ${message}\n\n${USAGE}\n`);
	});
	it('no command prints the usage and exits 2; --help exits 0', async () => {
		expect((await run([])).code).toBe(2);
		const help = await run(['--help']);
		expect(help.code).toBe(0);
		expect(help.out).toBe(`${USAGE}\n`);
	});
});

describe('gsomia ask in Korean and Japanese', () => {
	it('--lang ko frames the answer in Korean; the quote stays verbatim English; the engine is asked in Korean', async () => {
		const seen: unknown[] = [];
		const spy = Object.assign(Object.create(engine) as typeof engine, {
			ask: (q: string, o?: unknown) => {
				seen.push(o);
				return engine.ask(q, o as never);
			},
		});
		const stdout = new PassThrough();
		let out = '';
		stdout.on('data', (d) => {
			out += d;
		});
		const code = await main(['ask', '--lang', 'ko', 'when was gsomia signed'], {
			stdin: Readable.from(['']),
			stdout,
			stderr: new PassThrough(),
			env: {},
			engine: () => spy,
		});
		expect(code).toBe(0);
		expect(seen).toEqual([{ lang: 'ko' }]);
		expect(out).toContain('  > “Signed in November 2016, Gsomia is renewed automatically every year”');
		expect(out).toContain(
			'— Korea JoongAng Daily, “Seoul pulls out of Gsomia pact with Tokyo”, 2019년 8월 22일 (목), 14번째 문단',
		);
		expect(out).toContain('(기사가 나온 2019년 8월 22일 (목) 기준의 사실입니다.)');
		expect(out).toContain('관련 질문:');
	});

	it('without --lang, the question’s script decides: Hangul Korean, kana Japanese, else English', async () => {
		const ko = await run(['ask', '지소미아 언제 체결됐어']);
		expect(ko.out).toContain('(기사가 나온 2019년 8월 22일 (목) 기준의 사실입니다.)');
		const ja = await run(['ask', 'GSOMIAはいつ締結されたの？']);
		expect(ja.out).toContain('（記事の日付である2019年8月22日（木）時点の事実です。）');
		const en = await run(['ask', 'when was gsomia signed']);
		expect(en.out).toContain('(Facts as of Thursday, August 22, 2019, the date of the article.)');
	});

	it('--json keeps `answer` in the chosen language and carries `lang`; --jsonl takes a "lang" per line', async () => {
		const { out } = await run(['ask', '--json', '--lang', 'ja', 'when was gsomia signed']);
		const answer = JSON.parse(out) as { lang: string; answer: string };
		expect(answer.lang).toBe(engine.ask('when was gsomia signed', { lang: 'ja' }).lang);
		expect(answer.answer).toBe(engine.ask('when was gsomia signed', { lang: 'ja' }).answer);
		const lines = await run(
			['ask', '--jsonl'],
			'{"question":"who announced it","lang":"ko"}\n{"question":"who announced it","lang":"xx"}\n',
		);
		const rows = lines.out
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l) as { question: string; lang: string; error?: string });
		expect(rows[0]?.lang).toBe(engine.ask('who announced it', { lang: 'ko' }).lang);
		expect(rows[1]).toMatchObject({ question: 'who announced it', error: 'line 2: "lang" must be en, ko or ja' });
	});
});

describe('gsomia eval', () => {
	it('scores a question file by kind and style and lists the misses', async () => {
		const { writeFileSync, mkdtempSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { tmpdir } = await import('node:os');
		const file = join(mkdtempSync(join(tmpdir(), 'gsomia-eval-')), 'q.jsonl');
		writeFileSync(
			file,
			[
				{ id: 'a', q: 'who announced it', kind: 'in', style: 'terse', expect: ['Yu-?geun'] },
				{ id: 'b', q: 'how tall is mount everest', kind: 'out', style: 'offtopic', expect: [] },
				{ id: 'c', q: 'who announced it', kind: 'in', style: 'direct', expect: ['Bolton'] },
			]
				.map((x) => JSON.stringify(x))
				.join('\n'),
		);
		const { code, out } = await run(['eval', file]);
		expect(code).toBe(0);
		expect(out).toContain('in  (answered correctly): 1/2  50.0%');
		expect(out).toContain('out (abstained):          1/1 100.0%');
		expect(out).toContain('fabricated quotes: 0');
		expect(out).toContain('  in/direct            0/1     0.0%');
		expect(out).toContain('✗ [in/direct] c: "who announced it"');
		expect(out).toContain('answer lacks /Bolton/');
	});
	it('a missing file is an error, not a crash', async () => {
		const { code, err } = await run(['eval', '/nonexistent/file.jsonl']);
		expect(code).toBe(1);
		expect(err).toMatch(/ENOENT/);
	});
});

describe('the local console', () => {
	it('answers each piped line and exits at the end of input', async () => {
		const output = new PassThrough();
		let text = '';
		output.on('data', (d) => {
			text += d;
		});
		const code = await runConsole(
			engine,
			Readable.from(['who announced it\nhelp\n\nhow tall is mount everest\n']),
			output,
		);
		expect(code).toBe(0);
		expect(text).toContain('? who announced it\nKim Yu-geun');
		expect(text).toContain('? help\nAsk a question');
		expect(text).toContain('? how tall is mount everest\nI can only answer questions');
	});
	it('has commands for topics, timeline and source', () => {
		expect(consoleReply(engine, 'topics')).toContain('The decision:');
		expect(consoleReply(engine, 'timeline')).toMatch(/^November 2016 +GSOMIA is signed/);
		expect(consoleReply(engine, 'source')).toContain(
			'Korea JoongAng Daily: “Seoul pulls out of Gsomia pact with Tokyo”',
		);
		expect(consoleReply(engine, 'quit')).toBeUndefined();
	});
	it('answers each line in its own script’s language, or in the one given', () => {
		expect(consoleReply(engine, '지소미아 언제 체결됐어')).toContain(
			'기사가 나온 2019년 8월 22일 (목) 기준의 사실입니다.',
		);
		expect(consoleReply(engine, 'help', 'ja')).toContain('このヘルプ');
		expect(consoleReply(engine, 'timeline', 'ko')).toMatch(
			/^2016년 11월 +지소미아 체결 {2}\(기사 원문: “November 2016”\)/,
		);
	});
});

describe('the installed bin', () => {
	// `npm install` builds dist/ (the `prepare` script); the bin is plain JavaScript over it.
	const built = existsSync(new URL('../../dist/src/cli.js', import.meta.url));
	it.skipIf(!built)('runs as plain JavaScript: node bin/gsomia.js ask --json', async () => {
		const { execFileSync } = await import('node:child_process');
		const out = execFileSync(process.execPath, ['bin/gsomia.js', 'ask', '--json', 'who announced it'], {
			cwd: new URL('../..', import.meta.url),
			encoding: 'utf8',
		});
		expect(JSON.parse(out).factIds).toEqual(['announcement-who']);
	});
});
