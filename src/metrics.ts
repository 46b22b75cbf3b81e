/**
 * Prometheus metrics (prom-client), the same in every mode: the gateway bot, each shard, the HTTP endpoint. Names
 * follow Prometheus conventions: `_total` counters, `_seconds` durations, base units, and Node's default process
 * metrics unprefixed (`process_cpu_seconds_total`, `nodejs_eventloop_lag_seconds`, ...) so standard dashboards
 * work. Each call creates its own Registry, never the global one, so several servers (and tests) share a process.
 *
 * Label values come from a closed set: a command name the registry does not know is counted as "other", so a
 * payload cannot create series.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** What the shared interaction handler reports for each interaction (structurally its InteractionEvent). */
export interface MetricEvent {
	command: string;
	kind: string;
	outcome: string;
	latencyMs: number;
}

export interface MessageEvent {
	surface: 'dm' | 'mention';
	outcome: string;
	latencyMs: number;
}

export interface BuildInfo {
	version: string;
	/** The knowledge base's fingerprint (short hash of every file under knowledge/). */
	knowledge: string;
	/** gateway, http, shard-manager, console. */
	mode: string;
}

export interface InteractionMetrics {
	readonly registry: Registry;
	/** The Content-Type of `render()`'s text. */
	readonly contentType: string;
	/** Records one handled interaction. */
	observe(event: MetricEvent): void;
	/** Records one DM or mention handled by the gateway bot. */
	message(event: MessageEvent): void;
	/** Records an HTTP request refused before it reached the handler (bad signature, too large, ...). */
	rejected(status: number, reason: string): void;
	/** A gateway event dropped because it was malformed (one bad event costs one event). */
	droppedEvent(event: string, reason: string): void;
	/** Overload handling: an interaction deferred (type 5, answered by a follow-up) or shed (polite busy reply). */
	overload(action: 'deferred' | 'shed' | 'follow-up-failed'): void;
	/** The answer cache: a hit or a miss. */
	cache(hit: boolean): void;
	/** A promise rejection nobody handled (logged, counted, the process carries on). */
	unhandledRejection(): void;
	/** Requests being processed right now. */
	readonly inFlight: Gauge;
	/** 1 while the gateway connection is ready, else 0 (gateway and shards). */
	readonly gatewayReady: Gauge;
	/** The Prometheus text exposition of every metric in the registry. */
	render(): Promise<string>;
}

export interface MetricsOptions {
	/** Also collect prom-client's process metrics (CPU, memory, event loop lag), unprefixed. Default true. */
	defaultMetrics?: boolean;
	/** Command names that may appear as labels; others become "other". Default: any (tests). */
	commands?: Iterable<string>;
	build?: BuildInfo;
	/** Labels added to every series (e.g. { shard: '0' }). */
	labels?: Record<string, string>;
}

/** Seconds; an answer is expected in about a millisecond, Discord's own limit is 3 s. */
export const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 3, 5];

const KINDS = new Set(['command', 'autocomplete', 'component', 'modal', 'ping']);

export function createMetrics(options: MetricsOptions = {}): InteractionMetrics {
	const registry = new Registry();
	if (options.labels) registry.setDefaultLabels(options.labels);
	if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });
	const known = options.commands ? new Set([...options.commands, 'ping', 'unknown']) : undefined;
	const commandLabel = (name: string) => (!known || known.has(name) ? name : 'other');

	if (options.build) {
		new Gauge({
			name: 'gsomia_build_info',
			help: 'Always 1; the labels say which version and knowledge base this process runs.',
			labelNames: ['version', 'knowledge', 'mode', 'node'] as const,
			registers: [registry],
		}).set({ ...options.build, node: process.version }, 1);
	}
	const interactions = new Counter({
		name: 'gsomia_interactions_total',
		help: 'Interactions handled, by command, kind (command, autocomplete, component, ping) and outcome.',
		labelNames: ['command', 'kind', 'outcome'] as const,
		registers: [registry],
	});
	const duration = new Histogram({
		name: 'gsomia_interaction_duration_seconds',
		help: 'Time to produce the interaction response, by kind.',
		labelNames: ['kind'] as const,
		buckets: DURATION_BUCKETS,
		registers: [registry],
	});
	const abstentions = new Counter({
		name: 'gsomia_abstentions_total',
		help: 'Questions the engine did not answer from the article (honest abstentions), by surface.',
		labelNames: ['surface'] as const,
		registers: [registry],
	});
	const errors = new Counter({
		name: 'gsomia_interaction_errors_total',
		help: 'Interactions that ended in the error boundary, by command.',
		labelNames: ['command'] as const,
		registers: [registry],
	});
	const messages = new Counter({
		name: 'gsomia_messages_total',
		help: 'Direct messages and mentions handled by the gateway bot, by surface (dm, mention) and outcome.',
		labelNames: ['surface', 'outcome'] as const,
		registers: [registry],
	});
	const messageDuration = new Histogram({
		name: 'gsomia_message_duration_seconds',
		help: 'Time to answer a direct message or mention, sending included, by surface.',
		labelNames: ['surface'] as const,
		buckets: DURATION_BUCKETS,
		registers: [registry],
	});
	const rejections = new Counter({
		name: 'gsomia_http_rejected_total',
		help: 'HTTP requests refused before reaching the handler, by status and reason.',
		labelNames: ['status', 'reason'] as const,
		registers: [registry],
	});
	const dropped = new Counter({
		name: 'gsomia_gateway_events_dropped_total',
		help: 'Malformed gateway events dropped (each costs itself only), by event and reason.',
		labelNames: ['event', 'reason'] as const,
		registers: [registry],
	});
	const overload = new Counter({
		name: 'gsomia_overload_total',
		help: 'Interactions not answered in time: deferred (answered by a follow-up) or shed (busy reply).',
		labelNames: ['action'] as const,
		registers: [registry],
	});
	const cache = new Counter({
		name: 'gsomia_answer_cache_requests_total',
		help: 'Answer cache look-ups, by result (hit, miss).',
		labelNames: ['result'] as const,
		registers: [registry],
	});
	const rejectionsUnhandled = new Counter({
		name: 'gsomia_unhandled_rejections_total',
		help: 'Promise rejections nobody handled (logged; the process carries on).',
		registers: [registry],
	});
	const inFlight = new Gauge({
		name: 'gsomia_http_requests_in_flight',
		help: 'HTTP requests being processed.',
		registers: [registry],
	});
	const gatewayReady = new Gauge({
		name: 'gsomia_gateway_ready',
		help: '1 while the gateway connection is ready, else 0.',
		registers: [registry],
	});

	return {
		registry,
		contentType: registry.contentType,
		inFlight,
		gatewayReady,
		observe(event) {
			const command = commandLabel(event.command);
			const kind = KINDS.has(event.kind) ? event.kind : 'other';
			interactions.inc({ command, kind, outcome: event.outcome });
			duration.observe({ kind }, Math.max(0, event.latencyMs) / 1000);
			if (event.outcome === 'abstained') abstentions.inc({ surface: 'interaction' });
			if (event.outcome === 'error') errors.inc({ command });
		},
		message(event) {
			messages.inc({ surface: event.surface, outcome: event.outcome });
			messageDuration.observe({ surface: event.surface }, Math.max(0, event.latencyMs) / 1000);
			if (event.outcome === 'abstained') abstentions.inc({ surface: event.surface });
		},
		rejected(status, reason) {
			rejections.inc({ status: String(status), reason });
		},
		droppedEvent(event, reason) {
			dropped.inc({ event, reason });
		},
		overload(action) {
			overload.inc({ action });
		},
		cache(hit) {
			cache.inc({ result: hit ? 'hit' : 'miss' });
		},
		unhandledRejection() {
			rejectionsUnhandled.inc();
		},
		render() {
			return registry.metrics();
		},
	};
}
