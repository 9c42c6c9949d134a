// Whether shortcuts use Cmd (macOS) or Ctrl (everywhere else).
export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
