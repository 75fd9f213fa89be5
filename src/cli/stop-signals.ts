// Ctrl-C (SIGINT) and a cancelled CI job (SIGTERM) during a build.

export interface SignalStop {
  /** Aborted, with the signal's name as reason, when SIGINT or SIGTERM arrives. */
  signal: AbortSignal;
  /** 130 after SIGINT, 143 after SIGTERM: what shells report for a process they stopped. */
  exitCode(): number;
  dispose(): void;
}

/**
 * SIGINT and SIGTERM stop the build at the next safe point: the staging folder is removed and the
 * output folder stays as it was. A second signal exits at once; that is safe too, since an
 * interrupted commit is finished by the next build.
 */
export function stopOnSignals(): SignalStop {
  const controller = new AbortController();
  const codes = { SIGINT: 130, SIGTERM: 143 } as const;
  const onSignal = (name: keyof typeof codes) => {
    if (controller.signal.aborted) process.exit(codes[name]);
    controller.abort(name);
  };
  const handlers = (Object.keys(codes) as (keyof typeof codes)[]).map((name) => {
    const handler = () => onSignal(name);
    process.on(name, handler);
    return () => process.off(name, handler);
  });
  return {
    signal: controller.signal,
    exitCode: () => codes[controller.signal.reason as keyof typeof codes] ?? 130,
    dispose: () => handlers.forEach((off) => off()),
  };
}
