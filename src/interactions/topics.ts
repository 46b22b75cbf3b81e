/** Topics as the Discord surfaces show them: the engine's topics (id, name in the asked language, questions). */
import type { Engine, Lang } from '../engine/types.js';
import type { TopicView } from './replies.js';

export function topicViews(engine: Engine, lang: Lang): TopicView[] {
	return engine.topics({ lang }).map((t) => ({ id: t.id, name: t.name, facts: t.facts }));
}
