/**
 * Who holds which post, read from the titles of the knowledge base's people ("<country>'s chief cabinet secretary",
 * "<nationality> Foreign Minister"): a question that names a post instead of the person ("<capital>'s top diplomat",
 * "<capital>'s cabinet spokesman") is about that person. Nothing here names any one knowledge base's people.
 */
import type { KbIndex } from './kb-index.js';
import { type Analysis, analyze, type Term } from './text/analyze.js';
import { EN_GENERIC_POSTS, EN_POSTS } from './text/lang.js';

export interface Role {
	/** The entity key of the person ("@id"). */
	person: string;
	/** The countries the post is of (its title's countries, and the countries of its places and bodies). */
	countries: Set<string>;
	/** The concept keys of the post ("#foreign-minister"). */
	posts: Set<string>;
}

/** How far apart (in tokens) a country and a post may be to read as one ("<capital>'s top diplomat"). */
const NEAR = 4;
/** A post several people hold is read as one of them; more than this, as none. */
const MAX_HOLDERS = 2;

/** The country an entity is, or belongs to. */
function countriesOf(index: KbIndex, id: string): string[] {
	const kind = index.entities.get(id)?.kind;
	if (kind === 'country') return [id];
	return [...(index.ancestors.get(id) ?? [])].filter((a) => index.entities.get(a)?.kind === 'country');
}

/** Ideas that are posts: one of their English words ends in the noun of a particular post ("foreign minister"). */
function postConcepts(index: KbIndex): Set<string> {
	const posts = new Set<string>();
	for (const c of index.kb.concepts) {
		const isPost = c.words.some((w) => {
			const last = w.toLowerCase().split(' ').pop() ?? '';
			return EN_POSTS.includes(last) && !EN_GENERIC_POSTS.has(last);
		});
		if (isPost) posts.add(`#${c.id}`);
	}
	return posts;
}

export function rolesOf(index: KbIndex): Role[] {
	const roles: Role[] = [];
	const postIdeas = postConcepts(index);
	for (const e of index.entities.values()) {
		if (e.kind !== 'person' || !e.title) continue;
		const title = analyze(e.title, index.lexicon);
		const terms = title.terms;
		const posts = new Set(terms.filter((t) => t.kind === 'concept' && postIdeas.has(t.key)).map((t) => t.key));
		if (posts.size === 0) continue;
		const countries = new Set([
			...countriesOf(index, e.id),
			// "Ambassador to <country>": the country the post is in, not the one it is of.
			...terms
				.filter((t) => t.kind === 'entity' && title.tokens[t.at - 1]?.text !== 'to')
				.flatMap((t) => countriesOf(index, t.key.slice(1))),
		]);
		roles.push({ person: `@${e.id}`, countries, posts });
	}
	return roles;
}

/**
 * The analysis with the holder of each post it names added as a named entity at the post's place, when the post,
 * with the country named next to it, has one or two holders and none of them is named already.
 */
export function withRoleHolders(analysis: Analysis, index: KbIndex, roles: readonly Role[]): Analysis {
	const named = new Set(analysis.terms.filter((t) => t.kind === 'entity').flatMap((t) => [t.key, ...(t.alts ?? [])]));
	const added: Term[] = [];
	for (const term of analysis.terms) {
		if (term.kind !== 'concept' || !roles.some((r) => r.posts.has(term.key))) continue;
		const near = analysis.terms
			.filter((t) => t.kind === 'entity' && Math.abs(t.at - term.at) <= NEAR)
			.flatMap((t) => countriesOf(index, t.key.slice(1)));
		const holders = roles
			.filter((r) => r.posts.has(term.key) && (near.length === 0 || near.some((c) => r.countries.has(c))))
			.map((r) => r.person);
		if (holders.length === 0 || holders.length > MAX_HOLDERS || holders.some((h) => named.has(h))) continue;
		const [first, ...rest] = holders as [string, ...string[]];
		added.push({ key: first, ...(rest.length > 0 ? { alts: rest } : {}), kind: 'entity', at: term.at });
		for (const h of holders) named.add(h);
	}
	if (added.length === 0) return analysis;
	return { ...analysis, terms: [...analysis.terms, ...added].sort((a, b) => a.at - b.at) };
}
