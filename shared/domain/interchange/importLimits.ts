// The bounds every import is held to, so a hostile or broken file is refused before it can exhaust memory.

export interface ImportLimits {
  /** Longest text one entry may carry (characters of title + body). */
  maxEntryChars: number;
  /** Most bytes an import may read or inflate in total. */
  maxTotalBytes: number;
  /** Highest inflated-to-archive size ratio tolerated once `ratioCheckFloorBytes` have been inflated. */
  maxCompressionRatio: number;
  /** Small archives of repetitive text compress well and are harmless; the ratio only matters past this. */
  ratioCheckFloorBytes: number;
  /** Most files an archive or a folder may list. */
  maxFiles: number;
}

export const defaultImportLimits: ImportLimits = {
  maxEntryChars: 10_000_000,
  maxTotalBytes: 500 * 1024 * 1024,
  maxCompressionRatio: 100,
  ratioCheckFloorBytes: 8 * 1024 * 1024,
  maxFiles: 100_000,
};

export function resolveImportLimits(overrides: Partial<ImportLimits> = {}): ImportLimits {
  return { ...defaultImportLimits, ...overrides };
}

/** Human-readable size for error messages ("10 MB"). */
export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
