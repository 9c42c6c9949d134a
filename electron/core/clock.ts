// The core's one source of "now", injectable so tests can pin time and history sessions can be cut at known moments.
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
