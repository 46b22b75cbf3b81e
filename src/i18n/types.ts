/** Shared types of the strings modules. */

/** A calendar day, split for writing it out (one definition, with the calendar's words). */
export type { DateParts } from '../knowledge/calendar.js';
