import { describe, expect, it } from 'vitest';
import { readerWhat, timelineView } from '../../src/interactions/timeline.js';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.js';
import type { TimelineEvent } from '../../src/knowledge/types.js';

const event = (
	id: string,
	date: string,
	precision: TimelineEvent['precision'],
	facts: string[],
	what = id,
): TimelineEvent => ({
	id,
	said: id,
	date,
	precision,
	what,
	quote: { text: id, source: 's', paragraph: 1 },
	facts,
});

describe('The timeline readers see', () => {
	it('drops an event that a finer one inside its period repeats (shared fact, same words), in date order', () => {
		const view = timelineView([
			event(
				'this-month',
				'2019-08',
				'month',
				['removal', 'reason'],
				'Tokyo removes South Korea from its list of preferred trading partners',
			),
			event(
				'aug-2',
				'2019-08-02',
				'day',
				['removal'],
				'Tokyo removes Seoul from its white list of preferred trade partners',
			),
			event('july', '2019-07', 'month', ['claim']),
			event('envoys', '2019-08', 'month', ['envoys']),
			// Shares a fact with May 4, but says something else: a different happening, kept.
			event('this-year', '2019', 'year', ['intel-this-year'], 'Seoul and Tokyo trade intelligence seven times'),
			event('may-4', '2019-05-04', 'day', ['intel-this-year'], 'North Korean weapons test not followed by an exchange'),
		]);
		expect(view.map((e) => e.id)).toEqual(['this-year', 'may-4', 'july', 'envoys', 'aug-2']);
	});

	it('decides on the knowledge base’s own words, whatever language the events are shown in', () => {
		const base = [
			event('m', '2019-08', 'month', ['x'], 'Tokyo removes Seoul from its white list'),
			event('d', '2019-08-02', 'day', ['x'], 'Tokyo removes Seoul from the white list'),
		];
		const shown = base.map((e) => ({
			...e,
			what: e.id === 'm' ? '日本が韓国をホワイト国から除外' : '日本政府、韓国をホワイト国リストから外す',
		}));
		expect(timelineView(shown, base).map((e) => e.id)).toEqual(['d']);
		expect(timelineView(shown).map((e) => e.id)).toEqual(['m', 'd']);
	});

	it('keeps events of the same day, and an event outside the finer one’s period', () => {
		const view = timelineView([
			event('a', '2019-08-22', 'day', ['x']),
			event('b', '2019-08-22', 'day', ['x']),
			event('july', '2019-07', 'month', ['x']),
		]);
		expect(view.map((e) => e.id)).toEqual(['july', 'a', 'b']);
	});

	it('removes notes for curators from what readers see', () => {
		expect(readerWhat('Kim issues a condemnation ("That same day", paragraph 10)')).toBe('Kim issues a condemnation');
		expect(readerWhat('A (see paragraphs 3 and 4) B')).toBe('A B');
		expect(readerWhat('Says it would "carefully review" the pact (hours before)')).toBe(
			'Says it would "carefully review" the pact (hours before)',
		);
	});

	it('on the real knowledge base: the white-list removal appears once, and no curator note shows', () => {
		const kb = loadKnowledgeOrThrow();
		const view = timelineView(kb.timeline);
		const removals = view.filter((e) => /white list|preferred trad/i.test(e.what));
		expect(removals).toHaveLength(1);
		expect(removals[0]).toMatchObject({ date: '2019-08-02', precision: 'day' });
		for (const e of view) expect(e.what).not.toMatch(/paragraphs?\s+\d/i);
		// The data holds the removal once (knowledge/timeline.yaml): nothing else is merged away.
		expect(view.length).toBe(kb.timeline.length);
	});
});
