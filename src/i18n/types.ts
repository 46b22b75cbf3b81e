/** Shared types of the strings modules. */

/** A calendar day, split for writing it out: month 1-12, weekday 0 (Sunday) to 6. */
export interface DateParts {
	year: number;
	month: number;
	day: number;
	weekday: number;
}
