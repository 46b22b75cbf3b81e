/** /timeline: the dated events in order, one entry per event, each at the precision the article gives. */
import { timelineView } from '../src/interactions/timeline.js';
import { replyCommand } from './simple.js';

export default replyCommand(
	(s) => s.commands.timeline,
	(ctx, visibility) => ({
		type: 'timeline',
		events: timelineView(ctx.engine.timeline({ lang: ctx.lang }), ctx.engine.kb.timeline),
		asOf: ctx.engine.kb.primary.published,
		visibility,
	}),
);
