// Batching: a burst of changes is one rebuild; changes during a rebuild queue exactly one more.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRebuildLoop } from '../../src/dev/rebuild-loop.js';

describe('rebuild loop', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A loop whose rebuilds finish only when the test says so. */
  function controlledLoop() {
    const batches: string[][] = [];
    const finishers: (() => void)[] = [];
    const loop = createRebuildLoop({
      quietMs: 100,
      rebuild: (changed) => {
        batches.push(changed);
        return new Promise<void>((resolve) => finishers.push(resolve));
      },
    });
    const finish = async () => {
      finishers.shift()!();
      await vi.advanceTimersByTimeAsync(0);
    };
    return { loop, batches, finish };
  }

  it('waits for a quiet moment, then rebuilds once for the whole burst', async () => {
    const { loop, batches, finish } = controlledLoop();
    for (let i = 0; i < 300; i++) {
      loop.notify(`/site/content/${String(i).padStart(3, '0')}.md`);
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(300);
    await finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(batches).toHaveLength(1);
  });

  it('changes during a rebuild queue exactly one follow-up rebuild', async () => {
    const { loop, batches, finish } = controlledLoop();
    loop.notify('/a.md');
    await vi.advanceTimersByTimeAsync(100);
    expect(batches).toEqual([['/a.md']]);
    for (const f of ['/b.md', '/c.md', '/b.md']) {
      loop.notify(f);
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(batches).toHaveLength(1);
    let idle = false;
    void loop.whenIdle().then(() => (idle = true));
    await finish();
    expect(batches).toEqual([['/a.md'], ['/b.md', '/c.md']]);
    expect(idle).toBe(false);
    await finish();
    expect(idle).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(batches).toHaveLength(2);
  });

  it('a change still settling when a rebuild ends waits for its own quiet moment', async () => {
    const { loop, batches, finish } = controlledLoop();
    loop.notify('/a.md');
    await vi.advanceTimersByTimeAsync(100);
    loop.notify('/b.md');
    await finish();
    expect(batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(batches).toEqual([['/a.md'], ['/b.md']]);
    await finish();
  });

  it('close() waits for the running rebuild and ignores later changes', async () => {
    const { loop, batches, finish } = controlledLoop();
    loop.notify('/a.md');
    await vi.advanceTimersByTimeAsync(100);
    let closed = false;
    void loop.close().then(() => (closed = true));
    loop.notify('/b.md');
    await vi.advanceTimersByTimeAsync(0);
    expect(closed).toBe(false);
    await finish();
    expect(closed).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(batches).toHaveLength(1);
  });
});
