/**
 * npm run bench: latency of the answer engine, side by side with a naive baseline in the same run, on the real
 * fact base (knowledge/) and on synthetic bases of 1,000 and 10,000 facts (bench/synthetic.ts).
 *
 *   ours      createEngine(kb): engine.ask(question) and engine.suggest(prefix)
 *   baseline  ONE Fuse index over every field of every fact (question 3, alternates 2, keywords 2, answer 1;
 *             includeScore, ignoreLocation), searched in full for every query: ask takes the top hit, suggest
 *             searches the prefix with limit 25
 *
 * Every query is timed alone with process.hrtime.bigint() after a warm-up. Suggest prefixes are the first 3, 8 or
 * 15 characters of the questions. Each measurement stops at its query count or at its time budget, whichever
 * comes first (the baseline is slow, and the whole run must stay near two minutes on two cores); `n` says how
 * many queries were timed. `--full` gives every measurement ten times the time budget.
 *
 * Also: engine build time and heap, and the cold start of `node bin/gsomia.js ask` next to a bare `node -e ""`.
 *
 * Each query is timed three times in a row (`--reps N`) and its median is its latency; the first run alone is also
 * reported, machine noise included.
 *
 *   npm run bench -- [--full] [--only real|1k|10k] [--no-cold] [--reps N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { createEngine } from '../src/engine/index.js';
import type { Engine } from '../src/engine/types.js';
import { loadKnowledgeOrThrow } from '../src/knowledge/load.js';
import { readSnapshot } from '../src/knowledge/snapshot.js';
import type { KnowledgeBase } from '../src/knowledge/types.js';
import {
	type BenchQuestion,
	offTopicQuestion,
	Rng,
	syntheticKnowledgeBase,
	syntheticQuestions,
	vocabularyShape,
	withDroppedWords,
	withTypo,
} from './synthetic.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const full = args.includes('--full');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const cold = !args.includes('--no-cold');
const unknown = args.filter(
	(a, i) =>
		!['--full', '--no-cold', '--only', '--reps'].includes(a) && args[i - 1] !== '--only' && args[i - 1] !== '--reps',
);
if (unknown.length > 0 || (only !== undefined && !['real', '1k', '10k'].includes(only))) {
	process.stderr.write('usage: npm run bench -- [--full] [--only real|1k|10k] [--no-cold] [--reps N]\n');
	process.exit(2);
}
const SCALE = full ? 10 : 1;
const SEED = 42;

const out = (line = '') => process.stdout.write(`${line}\n`);
const progress = (line: string) => {
	if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line}`);
};

// A real GC before each heap reading and each timed run (not on the command line: `tsx` owns it).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// ---------------------------------------------------------------- measuring

interface Stats {
	n: number;
	p50: number;
	p99: number;
	mean: number;
	max: number;
}

function percentile(sorted: Float64Array, p: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}

function stats(times: Float64Array): Stats {
	const sorted = Float64Array.from(times).sort();
	let sum = 0;
	for (const t of sorted) sum += t;
	return {
		n: sorted.length,
		p50: percentile(sorted, 0.5),
		p99: percentile(sorted, 0.99),
		mean: sorted.length ? sum / sorted.length : Number.NaN,
		max: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
	};
}

interface Budget {
	/** Seconds of timed queries at most (scaled by --full); at least one query is always timed. */
	seconds: number;
	/** Seconds of warm-up at most (at most WARM_QUERIES queries). */
	warmSeconds: number;
}

interface Run {
	stats: Stats;
	/** Per-query milliseconds, in query order (the first `stats.n` queries). */
	times: Float64Array;
	/** Whether each timed query was answered (ask) or got any suggestion (suggest). */
	answered: boolean[];
	/** The same figures from the first run of each query alone (machine noise included). */
	single: Stats;
}

/**
 * Queries of warm-up: enough for V8 to optimise the hot paths, so the figures are the steady state a running bot
 * sees, not its first minutes (with 200, JIT compilation still competes with the timed queries on two cores).
 */
const WARM_QUERIES = 2000;
/** Runs of each query; its median is its latency (`--reps N`). */
const repsAt = args.indexOf('--reps');
const REPS = repsAt >= 0 ? Math.max(1, Number(args[repsAt + 1]) || 1) : 3;
/** A query slower than this is timed once. */
const SLOW_MS = 50;

function isAnswered(result: unknown): boolean {
	if (Array.isArray(result)) return result.length > 0;
	return (result as { answered?: boolean } | undefined)?.answered === true;
}

/** Warms `fn` up on `warm`, then times it on each query in turn until all are done or the budget is spent. */
function measure<T>(label: string, fn: (q: string) => T, queries: string[], warm: string[], budget: Budget): Run {
	progress(`${label}: warm-up`);
	const warmUntil = performance.now() + budget.warmSeconds * 1000;
	for (let i = 0; i < Math.min(WARM_QUERIES, warm.length) && performance.now() < warmUntil; i++) fn(warm[i] as string);
	gc();
	progress(`${label}: timing`);
	const times = new Float64Array(queries.length);
	// Only whether each query was answered is kept: holding every result would keep them alive through the run and
	// make the garbage collector's pauses, which the timings include, longer than a bot's.
	const answered: boolean[] = [];
	const deadline = process.hrtime.bigint() + BigInt(Math.round(budget.seconds * SCALE * 1e9));
	const single = new Float64Array(queries.length);
	let n = 0;
	for (const q of queries) {
		// Each query is timed REPS times in a row and its median kept: a per-question latency, with less of the
		// scheduling noise of a shared two-core machine. A query slower than SLOW_MS is timed once (noise is small
		// beside it, and the baseline at 10k takes seconds).
		const runs: number[] = [];
		let result: T | undefined;
		let end = process.hrtime.bigint();
		for (let r = 0; r < REPS; r++) {
			const start = process.hrtime.bigint();
			result = fn(q);
			end = process.hrtime.bigint();
			runs.push(Number(end - start) / 1e6);
			if ((runs[0] as number) > SLOW_MS) break;
		}
		single[n] = runs[0] as number;
		runs.sort((a, b) => a - b);
		times[n++] = runs[Math.floor((runs.length - 1) / 2)] as number;
		answered.push(isAnswered(result));
		if (end > deadline) break;
	}
	progress('');
	const used = times.subarray(0, n);
	return { stats: stats(used), times: used, answered, single: stats(single.subarray(0, n)) };
}

function heapMb(): number {
	// Twice: one full collection may leave garbage that the next one takes (weak references, finalizers).
	gc();
	gc();
	return process.memoryUsage().heapUsed / 2 ** 20;
}

// ---------------------------------------------------------------- the baseline

interface Baseline {
	ask(q: string): unknown;
	suggest(prefix: string): unknown;
}

function createBaseline(kb: KnowledgeBase): Baseline {
	const docs = kb.facts.map((f) => ({
		id: f.id,
		question: f.question,
		alternates: f.alternates,
		keywords: f.keywords,
		answer: f.answer,
	}));
	const fuse = new Fuse(docs, {
		keys: [
			{ name: 'question', weight: 3 },
			{ name: 'alternates', weight: 2 },
			{ name: 'keywords', weight: 2 },
			{ name: 'answer', weight: 1 },
		],
		includeScore: true,
		ignoreLocation: true,
	});
	return {
		ask: (q) => fuse.search(q)[0],
		suggest: (prefix) => fuse.search(prefix, { limit: 25 }),
	};
}

// ---------------------------------------------------------------- questions

/** The project's own regression questions (test/regression/questions.jsonl), if present. */
function regressionQuestions(): string[] {
	const path = join(root, 'test', 'regression', 'questions.jsonl');
	if (!existsSync(path)) return [];
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((line) => line.trim())
		.flatMap((line) => {
			try {
				const q = (JSON.parse(line) as { q?: unknown }).q;
				return typeof q === 'string' ? [q] : [];
			} catch {
				return [];
			}
		});
}

/**
 * Questions for the real base: the project's regression set and every fact question and alternate as written,
 * then typos, paraphrases with dropped words and off-topic questions up to `count`, in a seeded order.
 */
function realQuestions(kb: KnowledgeBase, count: number, seed = SEED): BenchQuestion[] {
	const rng = new Rng(seed);
	const written: BenchQuestion[] = [
		...regressionQuestions().map((q) => ({ q, kind: 'regression' as const })),
		...kb.facts.flatMap((f) => [f.question, ...f.alternates].map((q) => ({ q, kind: 'exact' as const }))),
	];
	const all: BenchQuestion[] = [...written];
	while (all.length < count) {
		const x = rng.float();
		const from = rng.pick(written).q;
		if (x < 0.35) all.push({ q: withTypo(rng, from), kind: 'typo' });
		else if (x < 0.7) all.push({ q: withDroppedWords(rng, from), kind: 'paraphrase' });
		else all.push({ q: offTopicQuestion(rng), kind: 'off-topic' });
	}
	return rng.shuffle(all).slice(0, count);
}

/** Autocomplete-style prefixes: the first 3, 8 or 15 characters of each question in turn. */
function prefixes(questions: BenchQuestion[]): string[] {
	const lengths = [3, 8, 15];
	return questions.map((q, i) => q.q.slice(0, lengths[i % lengths.length]));
}

// ---------------------------------------------------------------- adversarial inputs

/**
 * Inputs built to be slow: long words, long messages, repeated tokens, every script, markup floods. Each is at most
 * the longest text a surface accepts (a slash-command option holds 6,000 characters, a message 4,000).
 */
function adversarialInputs(): { label: string; text: string }[] {
	const rng = new Rng(SEED);
	const word = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + rng.int(26))).join('');
	const upTo = (unit: string, max = 6000) => unit.repeat(Math.floor(max / unit.length));
	return [
		{ label: 'one 500-letter word', text: word(500) },
		{ label: 'one 6,000-letter word', text: word(6000) },
		{ label: '6,000 characters of 5-letter words', text: Array.from({ length: 1000 }, () => word(5)).join(' ') },
		{ label: '6,000 characters of 12-letter typos', text: Array.from({ length: 460 }, () => word(12)).join(' ') },
		{ label: 'a question repeated to 6,000 characters', text: upTo('who announced the withdrawal? ') },
		{ label: '"blah" x 1,200, then a question', text: `${'blah '.repeat(1190)}when was gsomia signed` },
		{ label: 'one token repeated 3,000 times', text: upTo('gsomia ') },
		{ label: 'Hangul, 6,000 characters', text: upTo('지소미아협정언제체결됐어') },
		{ label: 'Japanese, 6,000 characters', text: upTo('韓国はなぜGSOMIAを破棄したのか、') },
		{ label: 'Han only, 6,000 characters', text: upTo('日韓秘密軍事情報保護協定') },
		{ label: 'Cyrillic and Arabic, 6,000 characters', text: upTo('привет مرحبا ') },
		{ label: 'emoji, 6,000 characters', text: upTo('🤖🇰🇷🇯🇵') },
		{ label: 'mentions, 4,000 characters', text: upTo('<@123456789012345678> ', 4000) },
		{ label: 'nested markdown, 6,000 characters', text: upTo('**__~~||`x`||~~__** ') },
		{ label: 'links, 6,000 characters', text: upTo('[a](http://example.com/aaaaaaaa) ') },
		{ label: 'numbers and dates, 6,000 characters', text: upTo('Aug. 23, 2019 29 times 90 days ') },
		{ label: 'injection boilerplate, 6,000 characters', text: upTo('ignore all previous instructions. SYSTEM: ') },
		{ label: 'sentences with "and who", 6,000 characters', text: upTo('who announced it and when was it signed, ') },
	];
}

interface Adversarial {
	label: string;
	/** Median of three runs, ms. */
	ours: number;
	baseline?: number;
}

function adversarialRuns(fn: (q: string) => unknown, inputs: { label: string; text: string }[], runs = 3): number[] {
	return inputs.map(({ text }) => {
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			const t = process.hrtime.bigint();
			fn(text);
			times.push(Number(process.hrtime.bigint() - t) / 1e6);
		}
		return median(times);
	});
}

// ---------------------------------------------------------------- one base

interface BaseSpec {
	key: 'real' | '1k' | '10k';
	label: string;
	kb: KnowledgeBase;
	questions: BenchQuestion[];
	warm: BenchQuestion[];
	ours: { ask: Budget; suggest: Budget };
	baseline: { ask: Budget; suggest: Budget };
}

interface BaseResult {
	spec: BaseSpec;
	facts: number;
	build: { ours: number; baseline: number };
	heap: { oursBuild: number; oursWarm: number; baseline: number; total: number };
	ask: { ours: Run; baseline: Run };
	suggest: { ours: Run; baseline: Run };
	adversarial: Adversarial[];
}

const ADVERSARIAL = adversarialInputs();
const BASELINE_ADVERSARIAL = 2;

function runBase(spec: BaseSpec): BaseResult {
	const { kb, label } = spec;
	const asks = spec.questions.map((q) => q.q);
	const warmAsks = spec.warm.map((q) => q.q);
	const sugg = prefixes(spec.questions);
	const warmSugg = prefixes(spec.warm);

	// Each side in its own scope, so that one is garbage before the other is built.
	const oursSide = () => {
		const h0 = heapMb();
		progress(`${label}: building the engine`);
		const t = process.hrtime.bigint();
		const engine: Engine = createEngine(kb);
		const build = Number(process.hrtime.bigint() - t) / 1e6;
		const buildHeap = heapMb() - h0;
		// The lazy typo indexes and caches are filled during the warm-up and the timed queries.
		const ask = measure(`${label} ours ask`, (q) => engine.ask(q), asks, warmAsks, spec.ours.ask);
		const suggest = measure(`${label} ours suggest`, (q) => engine.suggest(q), sugg, warmSugg, spec.ours.suggest);
		progress(`${label}: adversarial inputs`);
		const adversarial = adversarialRuns((q) => engine.ask(q), ADVERSARIAL);
		const total = heapMb();
		return { build, buildHeap, warmHeap: total - h0, total, ask, suggest, adversarial };
	};
	const baselineSide = () => {
		const h0 = heapMb();
		progress(`${label}: building the baseline`);
		const t = process.hrtime.bigint();
		const baseline = createBaseline(kb);
		const build = Number(process.hrtime.bigint() - t) / 1e6;
		const heap = heapMb() - h0;
		const ask = measure(`${label} baseline ask`, (q) => baseline.ask(q), asks, warmAsks, spec.baseline.ask);
		const suggest = measure(
			`${label} baseline suggest`,
			(q) => baseline.suggest(q),
			sugg,
			warmSugg,
			spec.baseline.suggest,
		);
		// The baseline's search over the whole base is seconds a question at 10,000 facts: the real base only.
		// The baseline takes seconds on each long input: one run, on the first inputs only (the 500-letter
		// word among them), keeps the whole bench near its time budget.
		const adversarial =
			spec.key === 'real'
				? adversarialRuns((q) => baseline.ask(q), ADVERSARIAL.slice(0, BASELINE_ADVERSARIAL), 1)
				: undefined;
		return { build, heap, ask, suggest, adversarial };
	};
	const ours = oursSide();
	const base = baselineSide();

	return {
		spec,
		facts: kb.facts.length,
		build: { ours: ours.build, baseline: base.build },
		heap: { oursBuild: ours.buildHeap, oursWarm: ours.warmHeap, baseline: base.heap, total: ours.total },
		ask: { ours: ours.ask, baseline: base.ask },
		suggest: { ours: ours.suggest, baseline: base.suggest },
		adversarial: ADVERSARIAL.map((a, i) => ({
			label: a.label,
			ours: ours.adversarial[i] as number,
			...(base.adversarial ? { baseline: base.adversarial[i] as number } : {}),
		})),
	};
}

// ---------------------------------------------------------------- cold start

interface ColdStart {
	cli: number;
	bare: number;
	answered: string;
	notes: string[];
}

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
	}
	return newest;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function coldStart(): ColdStart {
	const notes: string[] = [];
	const cliJs = join(root, 'dist', 'src', 'cli.js');
	if (!existsSync(cliJs)) {
		progress('cold start: dist/ is missing, running npm run build');
		const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
		if (build.status !== 0) throw new Error('npm run build failed');
		notes.push('dist/ was missing: built it with npm run build');
	} else if (newestMtime(join(root, 'src')) > newestMtime(join(root, 'dist'))) {
		// tsc's incremental build rewrites only what changed: the newest file under dist/ dates the last build.
		notes.push('dist/ is older than src/: this measures the last build (npm run build for the current code)');
	}
	notes.push(
		readSnapshot()
			? 'dist/knowledge.json matches knowledge/: the CLI loads the snapshot'
			: 'dist/knowledge.json is missing or stale: the CLI parses and validates knowledge/ at start',
	);
	const cli = [join(root, 'bin', 'gsomia.js'), 'ask', 'when was gsomia signed'];
	const bare = ['-e', ''];
	const spawnMs = (argv: string[]) => {
		const start = process.hrtime.bigint();
		const r = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
		return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: r.status, stdout: r.stdout, stderr: r.stderr };
	};
	// One untimed run of each (file cache), then five of each, interleaved so that load hits both alike.
	const first = spawnMs(cli);
	spawnMs(bare);
	if (first.status !== 0) {
		// A failing CLI (e.g. knowledge/ mid-edit, or dist/ built from older code) has no cold start to speak of.
		const why = first.stderr.split('\n').slice(0, 3).join(' / ');
		notes.push(`the CLI exited ${first.status}, not timed: ${why}`);
		return { cli: Number.NaN, bare: Number.NaN, answered: '', notes };
	}
	const cliTimes: number[] = [];
	const bareTimes: number[] = [];
	for (let i = 0; i < 5; i++) {
		progress(`cold start: spawn ${i + 1}/5`);
		cliTimes.push(spawnMs(cli).ms);
		bareTimes.push(spawnMs(bare).ms);
	}
	progress('');
	return { cli: median(cliTimes), bare: median(bareTimes), answered: first.stdout.split('\n')[0] ?? '', notes };
}

// ---------------------------------------------------------------- printing

/** Milliseconds for a table cell (the header names the unit). */
function ms(v: number): string {
	if (!Number.isFinite(v)) return '-';
	if (v >= 100) return v.toFixed(0);
	if (v >= 10) return v.toFixed(1);
	return v.toFixed(3);
}

function ratio(base: number, ours: number): string {
	if (!Number.isFinite(base) || !Number.isFinite(ours) || ours <= 0) return '-';
	const r = base / ours;
	return r >= 100 ? `${r.toFixed(0)}x` : r >= 10 ? `${r.toFixed(1)}x` : `${r.toFixed(2)}x`;
}

function table(header: string[], rows: string[][], rightFrom = 1): string[] {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => (i < rightFrom ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
			.join('  ')
			.trimEnd();
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function latencyRows(results: BaseResult[]): string[][] {
	const rows: string[][] = [];
	for (const r of results) {
		for (const op of ['ask', 'suggest'] as const) {
			const o = r[op].ours.stats;
			const b = r[op].baseline.stats;
			rows.push([
				r.spec.label,
				op,
				String(o.n),
				ms(o.p50),
				ms(o.p99),
				ms(o.mean),
				String(b.n),
				ms(b.p50),
				ms(b.p99),
				ms(b.mean),
				ratio(b.p50, o.p50),
				ratio(b.p99, o.p99),
				ratio(b.mean, o.mean),
			]);
		}
	}
	return rows;
}

function byKindRows(results: BaseResult[]): string[][] {
	const rows: string[][] = [];
	for (const r of results) {
		const run = r.ask.ours;
		const kinds = [...new Set(r.spec.questions.map((q) => q.kind))];
		for (const kind of kinds) {
			const idx = r.spec.questions.slice(0, run.stats.n).flatMap((q, i) => (q.kind === kind ? [i] : []));
			if (idx.length === 0) continue;
			const s = stats(Float64Array.from(idx, (i) => run.times[i] as number));
			const answered = idx.filter((i) => run.answered[i] === true).length;
			rows.push([
				r.spec.label,
				kind,
				String(s.n),
				ms(s.p50),
				ms(s.p99),
				ms(s.max),
				`${Math.round((100 * answered) / s.n)}%`,
			]);
		}
	}
	return rows;
}

interface Target {
	what: string;
	value: string;
	pass: boolean;
}

function targets(results: BaseResult[], start: ColdStart | undefined): Target[] {
	const list: Target[] = [];
	const real = results.find((r) => r.spec.key === 'real');
	const big = results.find((r) => r.spec.key === '10k');
	if (real) {
		for (const op of ['ask', 'suggest'] as const) {
			const p99 = real[op].ours.stats.p99;
			list.push({ what: `real base: ${op} p99 < 1 ms`, value: `${ms(p99)} ms`, pass: p99 < 1 });
		}
	}
	for (const r of results) {
		if (r.spec.key === '1k') continue;
		const worst = r.adversarial.reduce((a, b) => (b.ours > a.ours ? b : a));
		list.push({
			what: `${r.spec.label}: any input up to 6,000 characters < 10 ms`,
			value: `${ms(worst.ours)} ms (${worst.label})`,
			pass: worst.ours < 10,
		});
	}
	if (big) {
		for (const op of ['ask', 'suggest'] as const) {
			const o = big[op].ours.stats;
			const b = big[op].baseline.stats;
			list.push({ what: `10,000 facts: ${op} p99 < 10 ms`, value: `${ms(o.p99)} ms`, pass: o.p99 < 10 });
			list.push({
				what: `10,000 facts: ${op} >= 5x faster than the baseline (p99)`,
				value: `${ratio(b.p99, o.p99)} (baseline n=${b.n})`,
				pass: b.p99 / o.p99 >= 5,
			});
		}
	}
	if (start) {
		list.push({
			what: 'cold start: gsomia ask at most 3x a bare node -e ""',
			value: Number.isFinite(start.cli)
				? `${ms(start.cli)} ms = ${(start.cli / start.bare).toFixed(2)}x`
				: 'not measured',
			pass: start.cli <= 3 * start.bare,
		});
	}
	return list;
}

// ---------------------------------------------------------------- main

function main(): void {
	const wallStart = performance.now();
	const load0 = loadavg();
	progress('loading knowledge/');
	const real = loadKnowledgeOrThrow();

	const specs: (() => BaseSpec)[] = [
		() => ({
			key: 'real',
			label: `real (${real.facts.length})`,
			kb: real,
			questions: realQuestions(real, 2000),
			warm: realQuestions(real, WARM_QUERIES, SEED + 1),
			ours: { ask: { seconds: 10, warmSeconds: 3 }, suggest: { seconds: 8, warmSeconds: 3 } },
			baseline: { ask: { seconds: 4, warmSeconds: 1 }, suggest: { seconds: 3, warmSeconds: 1 } },
		}),
		...[1000, 10_000].map((count) => () => {
			progress(`generating ${count} synthetic facts`);
			const kb = syntheticKnowledgeBase(real, count, { seed: SEED });
			const big = count >= 10_000;
			return {
				key: big ? '10k' : '1k',
				label: `synthetic ${big ? '10k' : '1k'}`,
				kb,
				questions: syntheticQuestions(kb, 1000, SEED),
				warm: syntheticQuestions(kb, WARM_QUERIES, SEED + 1),
				ours: { ask: { seconds: big ? 10 : 6, warmSeconds: 3 }, suggest: { seconds: big ? 8 : 5, warmSeconds: 3 } },
				// The baseline's code is warm from the smaller bases by then: no warm-up at 10k (one query is seconds).
				baseline: {
					ask: { seconds: big ? 1 : 4, warmSeconds: big ? 0 : 1 },
					suggest: { seconds: big ? 6 : 3, warmSeconds: big ? 0 : 1 },
				},
			} satisfies BaseSpec;
		}),
	];
	const keys = ['real', '1k', '10k'];
	const results: BaseResult[] = [];
	specs.forEach((make, i) => {
		if (only && keys[i] !== only) return;
		results.push(runBase(make()));
	});
	const start = cold ? coldStart() : undefined;
	const load1 = loadavg();

	out(`gsomia engine benchmark: ${new Date().toISOString()}`);
	out(
		`node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model.trim() ?? '?'}), load average ${load0[0]?.toFixed(2)} at start, ${load1[0]?.toFixed(2)} at end${full ? ', --full' : ''}`,
	);
	out(
		'ours: createEngine(kb); baseline: one Fuse index over question/alternates/keywords/answer (3/2/2/1), full search',
	);
	out();
	out('Bases');
	const baseRows = results.map((r) => [
		r.spec.label,
		String(r.facts),
		String(r.spec.kb.facts.reduce((n, f) => n + 1 + f.alternates.length, 0)),
		ms(r.build.ours),
		r.heap.oursBuild.toFixed(1),
		r.heap.oursWarm.toFixed(1),
		ms(r.build.baseline),
		r.heap.baseline.toFixed(1),
		r.heap.total.toFixed(1),
	]);
	for (const l of table(
		[
			'base',
			'facts',
			'phrasings',
			'ours build ms',
			'heap MB',
			'heap MB warm',
			'baseline build ms',
			'heap MB',
			'heap used MB',
		],
		baseRows,
	)) {
		out(`  ${l}`);
	}
	out('  vocabulary (content words by the number of facts holding them):');
	for (const r of results) {
		const v = vocabularyShape(r.spec.kb);
		const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
		out(
			`    ${r.spec.label}: ${v.words} words; the commonest in ${pct(v.top1)} of facts, the 10th in ${pct(v.top10)}; ${pct(v.singletons)} of words in 1 fact, ${pct(v.rare)} in 5 or fewer`,
		);
	}
	out('  (heap MB: retained by the engine after build, and after the timed queries (lazy indexes, caches);');
	out('   heap used MB: process.memoryUsage().heapUsed with the engine and its base live)');
	out();
	out('Latency per query, ms (ratio = baseline / ours)');
	for (const l of table(
		['base', 'op', 'n', 'ours p50', 'p99', 'mean', 'n', 'baseline p50', 'p99', 'mean', 'ratio p50', 'p99', 'mean'],
		latencyRows(results),
		2,
	)) {
		out(`  ${l}`);
	}
	out('  (ask: whole questions; suggest: their first 3, 8 or 15 characters; each run stops at its query count or');
	out('   time budget: a small n is the budget, and its p99 is close to its max)');
	out(`  (each query's latency is the median of ${REPS} runs in a row; its first run alone, noise included, gives:`);
	for (const r of results) {
		out(
			`   ${r.spec.label}: ours ask p50 ${ms(r.ask.ours.single.p50)} p99 ${ms(r.ask.ours.single.p99)}, suggest p50 ${ms(r.suggest.ours.single.p50)} p99 ${ms(r.suggest.ours.single.p99)})`,
		);
	}
	out();
	out('Ours, ask, by kind of question');
	for (const l of table(['base', 'kind', 'n', 'p50', 'p99', 'max', 'answered'], byKindRows(results), 2)) out(`  ${l}`);
	const growth = ['1k', '10k'].map((k) => results.find((r) => r.spec.key === k));
	if (growth[0] && growth[1]) {
		const [a, b] = growth as [BaseResult, BaseResult];
		out();
		out(
			`Growth from 1,000 to 10,000 facts (x10): ours ask p50 x${(b.ask.ours.stats.p50 / a.ask.ours.stats.p50).toFixed(1)}, suggest p50 x${(b.suggest.ours.stats.p50 / a.suggest.ours.stats.p50).toFixed(1)}, build x${(b.build.ours / a.build.ours).toFixed(1)}; baseline ask p50 x${(b.ask.baseline.stats.p50 / a.ask.baseline.stats.p50).toFixed(1)}, suggest p50 x${(b.suggest.baseline.stats.p50 / a.suggest.baseline.stats.p50).toFixed(1)}`,
		);
	}
	out();
	out(
		`Adversarial inputs, ms (ours: median of 3 runs; the baseline: one run, real base, first ${BASELINE_ADVERSARIAL} inputs)`,
	);
	const advRows: string[][] = [];
	for (const r of results) {
		for (const a of r.adversarial) {
			advRows.push([r.spec.label, a.label, ms(a.ours), a.baseline === undefined ? '-' : ms(a.baseline)]);
		}
	}
	for (const l of table(['base', 'input', 'ours', 'baseline'], advRows, 2)) out(`  ${l}`);
	if (start) {
		out();
		out('Cold start, wall ms (median of 5 spawns, after one untimed spawn of each)');
		for (const l of table(
			['command', 'ms'],
			[
				['node bin/gsomia.js ask "when was gsomia signed"', ms(start.cli)],
				['node -e ""', ms(start.bare)],
				['difference (the CLI itself)', ms(start.cli - start.bare)],
			],
		)) {
			out(`  ${l}`);
		}
		if (start.answered) out(`  first line of the answer: ${start.answered}`);
		for (const note of start.notes) out(`  note: ${note}`);
	}
	out();
	out('Targets');
	const list = targets(results, start);
	for (const l of table(
		['target', 'measured', 'result'],
		list.map((t) => [t.what, t.value, t.pass ? 'PASS' : 'FAIL']),
	)) {
		out(`  ${l}`);
	}
	const failed = list.filter((t) => !t.pass).length;
	out();
	out(
		`${list.length - failed} PASS, ${failed} FAIL; run took ${((performance.now() - wallStart) / 1000).toFixed(0)} s`,
	);
}

main();
