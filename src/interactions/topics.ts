/**
 * Topics with ids: the engine lists topics by name in the asked language; a topic's id comes from the name its
 * facts carry in knowledge/ (the same in every language, and kept when topics are added or reordered).
 */
import type { Engine, Lang } from '../engine/types.js';
import { topicId } from '../knowledge/validate.js';
import type { TopicView } from './replies.js';

export function topicViews(engine: Engine, lang: Lang): TopicView[] {
	const factTopic = new Map(engine.kb.facts.map((f) => [f.id, f.topic]));
	return engine.topics({ lang }).map((t) => {
		const base = factTopic.get(t.facts[0]?.factId ?? '') ?? t.name;
		return { id: topicId(base), name: t.name, facts: t.facts };
	});
}
