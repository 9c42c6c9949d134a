// Runs the timeline's performance measurement on its own, outside the e2e suite: npx playwright test --config test/perf/playwright.perf.config.ts
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

export default defineConfig({ ...base, reporter: 'list', testDir: '.', testMatch: /.*\.measure\.ts$/, timeout: 600_000, outputDir: '../../test-results/perf' });
