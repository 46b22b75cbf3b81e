/**
 * Prometheus metrics (prom-client) for interactions, whichever transport delivered them. Each call creates its
 * own Registry, never the global one, so several servers (and tests) can live in one process.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** What the shared interaction handler reports for each interaction (structurally its InteractionEvent). */
export interface MetricEvent {
	command: string;
	kind: string;
	outcome: string;
	latencyMs: number;
}

export interface InteractionMetrics {
	readonly registry: Registry;
	/** The Content-Type of `render()`'s text. */
	readonly contentType: string;
	/** Records one handled interaction. */
	observe(event: MetricEvent): void;
	/** Records an HTTP request refused before it reached the handler (bad signature, too large, ...). */
	rejected(status: number, reason: string): void;
	/** Requests being processed right now. */
	readonly inFlight: Gauge;
	/** The Prometheus text exposition of every metric in the registry. */
	render(): Promise<string>;
}

export interface MetricsOptions {
	/** Also collect prom-client's process metrics (CPU, memory, event loop lag). Default true. */
	defaultMetrics?: boolean;
	/** Prefix of every metric name. Default "gsomia_". */
	prefix?: string;
}

/** Seconds; an answer is expected in about a millisecond, Discord's own limit is 3 s. */
export const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3];

export function createMetrics(options: MetricsOptions = {}): InteractionMetrics {
	const prefix = options.prefix ?? 'gsomia_';
	const registry = new Registry();
	if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix });

	const interactions = new Counter({
		name: `${prefix}interactions_total`,
		help: 'Interactions handled, by command, kind (command, autocomplete, component, ping) and outcome.',
		labelNames: ['command', 'kind', 'outcome'] as const,
		registers: [registry],
	});
	const latency = new Histogram({
		name: `${prefix}interaction_latency_seconds`,
		help: 'Time to produce the interaction response (answer latency), by kind.',
		labelNames: ['kind'] as const,
		buckets: LATENCY_BUCKETS,
		registers: [registry],
	});
	const abstentions = new Counter({
		name: `${prefix}abstentions_total`,
		help: 'Questions the engine did not answer from the article (honest abstentions), by command.',
		labelNames: ['command'] as const,
		registers: [registry],
	});
	const errors = new Counter({
		name: `${prefix}interaction_errors_total`,
		help: 'Interactions that ended in the error boundary, by command.',
		labelNames: ['command'] as const,
		registers: [registry],
	});
	const rejections = new Counter({
		name: `${prefix}http_rejected_total`,
		help: 'HTTP requests refused before reaching the handler, by status and reason.',
		labelNames: ['status', 'reason'] as const,
		registers: [registry],
	});
	const inFlight = new Gauge({
		name: `${prefix}http_requests_in_flight`,
		help: 'HTTP requests being processed.',
		registers: [registry],
	});

	return {
		registry,
		contentType: registry.contentType,
		inFlight,
		observe(event) {
			interactions.inc({ command: event.command, kind: event.kind, outcome: event.outcome });
			latency.observe({ kind: event.kind }, Math.max(0, event.latencyMs) / 1000);
			if (event.outcome === 'abstained') abstentions.inc({ command: event.command });
			if (event.outcome === 'error') errors.inc({ command: event.command });
		},
		rejected(status, reason) {
			rejections.inc({ status: String(status), reason });
		},
		render() {
			return registry.metrics();
		},
	};
}
