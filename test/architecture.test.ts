/**
 * The house: data flows one way (knowledge -> engine -> interaction handling -> rendering -> transports), and no
 * folder imports another that imports it back. The same check as `npm run check:imports`.
 */
import { describe, expect, it } from 'vitest';
import { againstTheFlow, buildGraph, findCycles, report } from '../tools/import-graph.js';

describe('The import graph of src/ and commands/', () => {
	const graph = buildGraph();

	it('has no cycle between folders, none between files, nothing against the flow, nothing unresolved', () => {
		const { ok, text } = report(graph);
		expect(text).toContain('OK:');
		expect(ok).toBe(true);
		expect(graph.files.size).toBeGreaterThan(50);
	});

	it('interaction handling knows neither Discord rendering nor the transports; rendering knows no transport', () => {
		const edges = (node: string) => [...(graph.nodes.get(node) ?? [])];
		for (const node of ['src/interactions', 'commands']) {
			expect(edges(node)).not.toContain('src/render');
			expect(edges(node)).not.toContain('src/discord');
			expect(edges(node)).not.toContain('src/http');
		}
		expect(edges('src/interactions')).not.toContain('commands');
		expect(edges('src/render')).not.toContain('commands');
		expect(edges('src/render')).not.toContain('src/discord');
		expect(edges('src/engine')).toEqual(['src/knowledge', 'src/engine/text']);
		// Only the transports, the deploy script and the entry point (metric labels: the command names) read the registry.
		const readers = [...graph.nodes].filter(([, to]) => to.has('commands')).map(([from]) => from);
		expect(readers.sort()).toEqual(['src/deploy.ts', 'src/discord', 'src/http', 'src/main.ts']);
	});

	it('the checks themselves catch a cycle and an import against the flow', () => {
		const cyclic = new Map([
			['a', new Set(['b'])],
			['b', new Set(['c'])],
			['c', new Set(['a'])],
			['d', new Set(['a'])],
		]);
		expect(findCycles(cyclic)).toEqual([['a', 'b', 'c', 'a']]);
		expect(findCycles(new Map([['a', new Set(['b'])]]))).toEqual([]);
		expect(
			againstTheFlow(
				new Map([
					['src/interactions', new Set(['src/render', 'commands'])],
					['src/engine', new Set(['src/knowledge'])],
				]),
			),
		).toEqual([
			'src/interactions (interaction handling) imports src/render (rendering)',
			'src/interactions imports commands',
		]);
	});
});
