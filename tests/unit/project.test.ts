// Promises the project makes about itself, checked where they live: its own scripts.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as {scripts: Record<string, string>}).scripts;

describe('nothing leaves the machine', () => {
  it.each(['dev', 'build', 'start'])('npm run %s turns off Next.js telemetry', (name) => {
    expect(scripts[name]).toMatch(/^NEXT_TELEMETRY_DISABLED=1 /);
  });

  it('the test command turns it off for everything it runs', () => {
    expect(readFileSync('scripts/test-all.sh', 'utf8')).toMatch(/^export NEXT_TELEMETRY_DISABLED=1$/m);
  });
});
