// What the browser host and its page agree on beyond the contract: the session token's header and the change stream's path.
export const TOKEN_HEADER = 'x-cairn-token';

/** The change stream (Server-Sent Events of the core's changes). */
export const EVENTS_PATH = '/api/events';
