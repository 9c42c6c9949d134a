// Whether this is a Mac, where "Mod" means Cmd (false where there is no navigator, as in unit tests under Node).
export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
