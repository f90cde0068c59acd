/** The pure simulation: no Phaser, no DOM, no clocks, no unseeded randomness. */
export * from './tuning';
export * from './rng';
export * from './grid';
export * from './collision';
export * from './intent';
export * from './events';
export * from './level';
export * from './world';
export * from './step';
export * from './doors';
export * from './extinguisher';
export * from './foam';
export * from './worldHash';
export { Hasher } from './hash';
export * from './snapshot';
