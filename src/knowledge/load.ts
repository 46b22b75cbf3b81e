/**
 * Loads knowledge/ from disk and validates it as a whole. Every problem is collected, none stops the others
 * from being found, so a curator sees the full list at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { defaultKnowledgeDir } from '../paths.js';
import {
	botSchema,
	conceptFileSchema,
	conceptSchema,
	entityFileSchema,
	entitySchema,
	factFileSchema,
	factSchema,
	sourceMetaSchema,
	timelineEventSchema,
	timelineFileSchema,
	topicFileSchema,
	topicSchema,
} from './schema.js';
import type { KnowledgeBase, Problem } from './types.js';
import { type RawKnowledge, validateKnowledge } from './validate.js';

export { defaultKnowledgeDir };

export interface LoadResult {
	kb?: KnowledgeBase;
	problems: Problem[];
}

function readYaml<T>(
	path: string,
	schema: z.ZodType<T>,
	display: string,
	problems: Problem[],
	itemSchema?: T extends (infer U)[] ? z.ZodType<U> : never,
): T | undefined {
	let raw: string;
	try {
		raw = readFileSync(path, 'utf8');
	} catch (error) {
		problems.push({ file: display, message: `cannot read file: ${(error as Error).message}` });
		return undefined;
	}
	const doc = parseDocument(raw, { prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			const line = error.linePos?.[0];
			problems.push({
				file: display,
				field: line ? `line ${line.line}` : undefined,
				message: `malformed YAML: ${error.message.split('\n')[0]}`,
			});
		}
		return undefined;
	}
	const parsed = schema.safeParse(doc.toJS());
	if (!parsed.success) {
		const data = doc.toJS() as unknown;
		for (const issue of parsed.error.issues) {
			const [index, ...rest] = issue.path;
			let id: string | undefined;
			if (typeof index === 'number' && Array.isArray(data)) {
				const item = data[index] as { id?: unknown } | undefined;
				if (item && typeof item.id === 'string') id = item.id;
			}
			const field = (typeof index === 'number' ? rest : issue.path).map(String).join('.') || undefined;
			problems.push({
				file: display,
				id: id ?? (typeof index === 'number' ? `#${index + 1}` : undefined),
				field,
				message: issue.message,
			});
		}
		// One bad item must not hide the problems of the others: keep the items that are valid on their own.
		if (itemSchema && Array.isArray(data)) {
			return data.flatMap((item: unknown) => {
				const one = itemSchema.safeParse(item);
				return one.success ? [one.data] : [];
			}) as T;
		}
		return undefined;
	}
	return parsed.data;
}

function yamlFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
		.sort()
		.map((name) => join(dir, name));
}

export function loadKnowledge(dir: string = defaultKnowledgeDir()): LoadResult {
	const root = resolve(dir);
	const display = (path: string) => join('knowledge', relative(root, path));
	const problems: Problem[] = [];
	const raw: RawKnowledge = { sources: [], facts: [], entities: [], concepts: [], topics: [], timeline: [] };

	const sourceMetas = yamlFiles(join(root, 'sources'));
	if (sourceMetas.length === 0) problems.push({ file: display(join(root, 'sources')), message: 'no source found' });
	for (const metaPath of sourceMetas) {
		const meta = readYaml(metaPath, sourceMetaSchema, display(metaPath), problems);
		const textPath = metaPath.replace(/\.ya?ml$/, '.txt');
		if (!existsSync(textPath)) {
			problems.push({ file: display(metaPath), message: `the source text ${display(textPath)} is missing` });
			continue;
		}
		if (meta) raw.sources.push({ meta, text: readFileSync(textPath, 'utf8'), file: display(textPath) });
	}

	const factFiles = yamlFiles(join(root, 'facts'));
	if (factFiles.length === 0) problems.push({ file: display(join(root, 'facts')), message: 'no fact file found' });
	for (const path of factFiles) {
		const facts = readYaml(path, factFileSchema, display(path), problems, factSchema);
		for (const fact of facts ?? []) raw.facts.push({ fact, file: display(path) });
	}

	const optional = <T>(name: string, read: (path: string, file: string) => T | undefined): T | undefined => {
		const path = join(root, name);
		return existsSync(path) ? read(path, display(path)) : undefined;
	};
	for (const entity of optional('entities.yaml', (p, f) => readYaml(p, entityFileSchema, f, problems, entitySchema)) ??
		[])
		raw.entities.push({ entity, file: display(join(root, 'entities.yaml')) });
	for (const concept of optional('concepts.yaml', (p, f) =>
		readYaml(p, conceptFileSchema, f, problems, conceptSchema),
	) ?? [])
		raw.concepts.push({ concept, file: display(join(root, 'concepts.yaml')) });
	for (const topic of optional('topics.yaml', (p, f) => readYaml(p, topicFileSchema, f, problems, topicSchema)) ?? [])
		raw.topics.push({ topic, file: display(join(root, 'topics.yaml')) });
	const bot = optional('bot.yaml', (p, f) => readYaml(p, botSchema, f, problems));
	if (bot) raw.bot = { bot, file: display(join(root, 'bot.yaml')) };
	const timelinePath = join(root, 'timeline.yaml');
	if (existsSync(timelinePath)) {
		raw.timeline = (
			readYaml(timelinePath, timelineFileSchema, display(timelinePath), problems, timelineEventSchema) ?? []
		).map((event) => ({ event, file: display(timelinePath) }));
	}

	const validated = validateKnowledge(raw);
	problems.push(...validated.problems);
	return problems.length === 0 && validated.kb ? { kb: validated.kb, problems } : { problems };
}

export function formatProblems(problems: Problem[]): string {
	const lines = problems.map((p) => {
		const where = [p.file, p.id, p.field].filter(Boolean).join(' › ');
		return `  ✗ ${where}: ${p.message}`;
	});
	return `The knowledge base has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

export class KnowledgeError extends Error {
	constructor(readonly problems: Problem[]) {
		super(formatProblems(problems));
		this.name = 'KnowledgeError';
	}
}

/** Loads the knowledge base or throws a KnowledgeError listing every problem. */
export function loadKnowledgeOrThrow(dir?: string): KnowledgeBase {
	const { kb, problems } = loadKnowledge(dir);
	if (!kb) throw new KnowledgeError(problems);
	return kb;
}
