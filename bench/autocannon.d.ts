/** The part of autocannon's API that bench/http.ts uses (the package ships no types). */
declare module 'autocannon' {
	export interface Request {
		method?: string;
		path?: string;
		headers?: Record<string, string>;
		body?: string | Buffer;
		/** Called before each send: the request is built then (not for every connection up front). */
		setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
	}
	export interface Options {
		url: string;
		connections?: number;
		pipelining?: number;
		duration?: number;
		amount?: number;
		timeout?: number;
		method?: string;
		headers?: Record<string, string>;
		body?: string | Buffer;
		requests?: Request[];
	}
	export interface Histogram {
		average: number;
		mean: number;
		stddev: number;
		min: number;
		max: number;
		p50: number;
		p90: number;
		p97_5: number;
		p99: number;
		p99_9: number;
		total: number;
	}
	export interface Result {
		requests: Histogram & { sent: number };
		latency: Histogram;
		throughput: Histogram;
		errors: number;
		timeouts: number;
		non2xx: number;
		duration: number;
		'2xx': number;
	}
	export interface Instance extends PromiseLike<Result> {
		stop(): void;
	}
	export default function autocannon(options: Options): Instance;
}
