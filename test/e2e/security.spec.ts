// Browser mode stays local and locked down: no network, no inline script, no API without the launch token.
import { expect, test } from './support/fixtures';

test('the page cannot fetch anything remote (CSP connect-src)', async ({ page, host }) => {
  await page.goto(host.url);
  const outcome = await page.evaluate(() =>
    fetch('https://example.com/beacon').then(
      () => 'reached',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
});

test('any request leaving 127.0.0.1 is caught and blocked by the e2e guard', async ({ page, offlineGuard }) => {
  await expect(page.goto('https://example.com/beacon')).rejects.toThrow();
  expect(offlineGuard.requests).toEqual(['https://example.com/beacon']);
  offlineGuard.requests.length = 0;
});

test('the page refuses inline script', async ({ page, host }) => {
  const response = await page.goto(host.url);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});

test('the API refuses requests without the launch token', async ({ page, host }) => {
  await page.goto(host.url);
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/reflections.create', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ entryDate: '2024-01-01', body: 'forged' }),
    });
    return response.status;
  });
  expect(status).toBe(403);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your first stone' })).toBeVisible();
});
