// What the browser host and its page agree on beyond the contract: the header that carries the session token.
export const TOKEN_HEADER = 'x-cairn-token';
