/** The storage interface lives with the interaction handling that uses it; the backends here implement it. */
export * from '../interactions/store.js';
