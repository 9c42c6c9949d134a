// Types for electronBinary.mjs, so TypeScript tests can share it.
export const repoRoot: string;
export const electronPackageDir: string;
export function electronBinary(): string | undefined;
export function electronVersion(): string;
