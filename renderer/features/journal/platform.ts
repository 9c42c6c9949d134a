// Whether this is a Mac, where "Mod" means Cmd.
export function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
