// Search index keys that follow dates: an item's key is its day times DAY_SPAN plus its place within the day.
// Newest-first and date ranges are then rowid order, which FTS5 walks cheaply and can stop early.

/**
 * Room for a million items per day. Keys stay exact in JavaScript (below 2^53 up to year 9999), and the gap between
 * neighbouring days stays small, since FTS5 stores each posting's distance from the previous one as a varint.
 * Journals store keys made with it: changing it takes a migration that rekeys the index (migrations keep their own
 * frozen copy of the key SQL they write).
 */
export const DAY_SPAN = 2 ** 20;

/** The day number of a YYYY-MM-DD date given as an SQL expression; a date SQLite cannot read sorts before all others. */
export const dayNumber = (date: string) => `coalesce(CAST(julianday(${date}) AS INTEGER), 0)`;

export const firstKeyOfDay = (date: string) => `(${dayNumber(date)} * ${DAY_SPAN})`;

/** The last key of the same day. */
export const lastKeyOfDay = (date: string) => `(${firstKeyOfDay(date)} + ${DAY_SPAN - 1})`;
