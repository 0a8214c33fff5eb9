import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BusyError, createPdfPool, RenderError, type PdfPool} from '@/components/pdf/pdf-pool';

type Input = {ms: number; text: string; fail?: 'throw' | 'memory'};
const script = join(__dirname, '..', 'fixtures', 'fake-pdf-worker.mjs');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
let pool: PdfPool<Input> | undefined;
const makePool = (threads: number, maxQueued: number, recycleIdleMs?: number) =>
  (pool = createPdfPool<Input>({script, threads, maxQueued, maxHeapMb: 64, ...(recycleIdleMs ? {recycleIdleMs} : {})}));
const threadOf = async (p: PdfPool<Input>) => text(await p.admit().render({ms: 1, text: '@thread'}));

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('the PDF pool', {timeout: 20_000}, () => {
  it('renders in a worker thread and hands back the bytes', async () => {
    const p = makePool(1, 1);
    expect(text(await p.admit().render({ms: 5, text: 'fiche'}))).toBe('fiche');
    expect(p.stats()).toMatchObject({admitted: 0, waiting: 0});
  });

  it('refuses at once past the running and waiting places, before any work', async () => {
    const p = makePool(1, 1);
    const first = p.admit();
    const second = p.admit();
    expect(p.full()).toBe(true);
    expect(() => p.admit()).toThrow(BusyError);
    second.release();
    expect(p.full()).toBe(false);
    expect(text(await first.render({ms: 5, text: 'a'}))).toBe('a');
  });

  it('drops a waiting render whose client has gone, and frees its place', async () => {
    const p = makePool(1, 1);
    const running = p.admit().render({ms: 300, text: 'first'});
    const controller = new AbortController();
    const waiting = p.admit().render({ms: 5, text: 'never'}, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toThrow(/gone/);
    expect(p.stats().waiting).toBe(0);
    expect(text(await running)).toBe('first');
  });

  it('stops a running render whose client has gone, and the next render still runs', async () => {
    const p = makePool(1, 2);
    const controller = new AbortController();
    const started = performance.now();
    const abandoned = p.admit().render({ms: 5_000, text: 'long'}, controller.signal);
    const next = p.admit().render({ms: 5, text: 'next'});
    setTimeout(() => controller.abort(), 100);
    await expect(abandoned).rejects.toThrow(/gone/);
    expect(text(await next)).toBe('next');
    expect(performance.now() - started).toBeLessThan(4_000);
  });

  it.each(['throw', 'memory'] as const)('fails only the render whose thread dies (%s), and keeps serving', async (fail) => {
    const p = makePool(1, 1);
    await expect(p.admit().render({ms: 0, text: '', fail})).rejects.toThrow(RenderError);
    expect(p.stats()).toMatchObject({admitted: 0, waiting: 0});
    expect(text(await p.admit().render({ms: 5, text: 'after'}))).toBe('after');
  });

  it('replaces a thread that rendered once it stays idle, so that the heap a flood grew is given back', async () => {
    const p = makePool(1, 1, 100);
    const first = await threadOf(p);
    // Busy, the same thread keeps rendering.
    expect(await threadOf(p)).toBe(first);
    // Idle past the delay (with time for the new thread to start), a fresh thread renders.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await threadOf(p)).not.toBe(first);
    expect(p.stats()).toMatchObject({admitted: 0, waiting: 0});
  });
});
