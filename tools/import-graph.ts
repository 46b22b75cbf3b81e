/**
 * The import graph of the bot's own code (src/, commands/), read with TypeScript's own pre-processor: static
 * imports, `import type`, re-exports and dynamic `import()` all count. `npm run check:imports` prints the graph
 * between folders and exits 1 on a cycle (between folders or between files) or on an import against the one-way
 * flow: knowledge -> engine -> interaction handling (commands/, src/interactions) -> rendering (src/render) ->
 * transports (src/discord, src/http). Files directly in src/ (entry points, config, logger) are nodes of their own:
 * src/ is the package root, not a layer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED = ['src', 'commands'];

export interface ImportGraph {
	/** file -> the files it imports (paths relative to the repository, with "/"). */
	files: Map<string, Set<string>>;
	/** node -> the nodes it imports. */
	nodes: Map<string, Set<string>>;
	/** Imports resolved nowhere (a typo, or a file outside the scanned folders). */
	unresolved: string[];
}

function listTs(dir: string): string[] {
	return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
		const path = `${dir}/${entry.name}`;
		if (entry.isDirectory()) return listTs(path);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
	});
}

/** The node a file belongs to: its folder, or the file itself when it sits directly in src/. */
export function nodeOf(file: string): string {
	const dir = dirname(file);
	return dir === 'src' ? file : dir;
}

export function buildGraph(root = ROOT, folders = SCANNED): ImportGraph {
	const files = new Map<string, Set<string>>();
	const unresolved: string[] = [];
	const all = folders.flatMap((f) => listTs(f));
	const known = new Set(all);
	for (const file of all) {
		const text = readFileSync(join(root, file), 'utf8');
		const imported = ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName);
		const targets = new Set<string>();
		for (const spec of imported) {
			if (!spec.startsWith('.')) continue;
			const target = relative(root, resolve(root, dirname(file), spec.replace(/\.js$/, '.ts')))
				.split('\\')
				.join('/');
			if (known.has(target)) targets.add(target);
			else unresolved.push(`${file} -> ${spec}`);
		}
		files.set(file, targets);
	}
	const nodes = new Map<string, Set<string>>();
	for (const [file, targets] of files) {
		const from = nodeOf(file);
		const set = nodes.get(from) ?? new Set<string>();
		for (const t of targets) if (nodeOf(t) !== from) set.add(nodeOf(t));
		nodes.set(from, set);
	}
	return { files, nodes, unresolved };
}

/** Every cycle found by a depth-first walk (each as the path that closes it), deduplicated by its members. */
export function findCycles(graph: Map<string, Set<string>>): string[][] {
	const cycles: string[][] = [];
	const seen = new Set<string>();
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (n: string) => {
		state.set(n, 'open');
		stack.push(n);
		for (const m of graph.get(n) ?? []) {
			if (state.get(m) === 'open') {
				const cycle = [...stack.slice(stack.indexOf(m)), m];
				const key = [...new Set(cycle)].sort().join(' ');
				if (!seen.has(key)) {
					seen.add(key);
					cycles.push(cycle);
				}
			} else if (!state.has(m)) visit(m);
		}
		stack.pop();
		state.set(n, 'done');
	};
	for (const n of [...graph.keys()].sort()) if (!state.has(n)) visit(n);
	return cycles;
}

/** The one-way flow: a node may not import any node listed after it here (nor the transports, from below). */
export const LAYERS: { name: string; nodes: (node: string) => boolean }[] = [
	{ name: 'knowledge', nodes: (n) => n === 'src/knowledge' },
	{ name: 'engine', nodes: (n) => n === 'src/engine' },
	{ name: 'strings', nodes: (n) => n === 'src/i18n' },
	{ name: 'interaction handling', nodes: (n) => n === 'src/interactions' || n === 'commands' },
	{ name: 'rendering', nodes: (n) => n === 'src/render' },
	{ name: 'transports', nodes: (n) => n === 'src/discord' || n === 'src/http' },
];

function layerOf(node: string): number {
	return LAYERS.findIndex((l) => l.nodes(node));
}

/** Imports from a lower layer to a higher one (against the flow). */
export function againstTheFlow(nodes: Map<string, Set<string>>): string[] {
	const out: string[] = [];
	for (const [from, targets] of nodes) {
		const a = layerOf(from);
		if (a < 0) continue;
		for (const to of targets) {
			const b = layerOf(to);
			if (b > a) out.push(`${from} (${LAYERS[a]?.name}) imports ${to} (${LAYERS[b]?.name})`);
		}
	}
	// commands/ sits above src/interactions inside the handling layer: the dispatcher gets the registry passed in.
	if (nodes.get('src/interactions')?.has('commands')) out.push('src/interactions imports commands');
	return out.sort();
}

export function report(graph = buildGraph()): { text: string; ok: boolean } {
	const lines: string[] = ['Imports between folders (files directly in src/ are nodes of their own):'];
	for (const [node, targets] of [...graph.nodes].sort(([a], [b]) => a.localeCompare(b))) {
		lines.push(`  ${node} -> ${[...targets].sort().join(', ') || '(nothing)'}`);
	}
	const folderCycles = findCycles(graph.nodes);
	const fileCycles = findCycles(graph.files);
	const against = againstTheFlow(graph.nodes);
	const problems = [
		...folderCycles.map((c) => `cycle between folders: ${c.join(' -> ')}`),
		...fileCycles.map((c) => `cycle between files: ${c.join(' -> ')}`),
		...against.map((a) => `against the flow: ${a}`),
		...graph.unresolved.map((u) => `unresolved import: ${u}`),
	];
	lines.push('');
	lines.push(
		problems.length === 0
			? `OK: ${graph.files.size} files, ${graph.nodes.size} nodes, no cycle, nothing against the flow.`
			: problems.join('\n'),
	);
	return { text: lines.join('\n'), ok: problems.length === 0 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { text, ok } = report();
	process.stdout.write(`${text}\n`);
	process.exitCode = ok ? 0 : 1;
}
