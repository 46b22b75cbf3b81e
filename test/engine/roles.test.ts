/** Posts named instead of people: "Seoul's top diplomat" is the person whose title holds that post. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/kb-index.js';
import { rolesOf, withRoleHolders } from '../../src/engine/roles.js';
import { analyze } from '../../src/engine/text/analyze.js';
import { kb } from './helpers.js';

const index = buildIndex(kb);
const roles = rolesOf(index);
const holders = (q: string) =>
	withRoleHolders(analyze(q, index.lexicon), index, roles)
		.terms.filter((t) => t.kind === 'entity')
		.map((t) => [t.key, ...(t.alts ?? [])]);

describe('roles', () => {
	it('reads who holds which post from the titles of the people', () => {
		const kang = roles.find((r) => r.person === '@kang-kyung-wha');
		expect(kang?.posts).toEqual(new Set(['#foreign-minister']));
		expect(kang?.countries).toEqual(new Set(['south-korea']));
		// "U.S. Ambassador to South Korea": the post is of the United States, in South Korea.
		expect(roles.find((r) => r.person === '@harry-harris')?.countries).toEqual(new Set(['united-states']));
	});

	it('adds the holder of a post named with its country', () => {
		expect(holders("What did Seoul's top diplomat tell reporters?")).toEqual([['@seoul'], ['@kang-kyung-wha']]);
		expect(holders("How did Tokyo's top diplomat press her?")).toEqual([['@tokyo'], ['@kono-taro']]);
	});

	it('reads a post without a country as either of its holders, and adds nobody when no one fits', () => {
		expect(holders('What did the foreign minister say?')).toEqual([['@kang-kyung-wha', '@kono-taro']]);
		expect(holders("What did Japan's defense secretary say?")).toEqual([['@japan']]);
		// Already named.
		expect(holders('What did foreign minister Kang say?')).toEqual([['@kang-kyung-wha']]);
		// The holders together: either of them.
		expect(holders("Where did the two countries' top diplomats meet?")).toEqual([['@kang-kyung-wha', '@kono-taro']]);
	});
});
