// A Playwright reporter that prints why each skipped test was skipped (the list reporter shows only a dash).
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasons implements Reporter {
  private readonly lines: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((annotation) => annotation.type === 'skip')?.description ?? 'no reason given';
    this.lines.push(`  skipped: ${test.titlePath().filter(Boolean).join(' › ')} — ${reason}`);
  }

  onEnd(): void {
    if (this.lines.length > 0) console.log(`\nSkipped tests and why:\n${this.lines.join('\n')}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
