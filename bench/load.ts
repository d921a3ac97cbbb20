/**
 * One load run against one server with autocannon: 10 connections, a warm-up whose figures are thrown
 * away, then a fixed duration. Request bodies are built before the run and cycled through, so the load
 * generator spends its time sending, not serialising, and every request asks for different ids.
 */
import autocannon from "autocannon";

export interface LoadSettings {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

function run(
  url: string,
  bodies: string[],
  connections: number,
  seconds: number,
): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (request) => {
          const body = bodies[next++ % bodies.length];
          return { ...request, body };
        },
      },
    ],
  });
}

export async function measure(url: string, bodies: string[], settings: LoadSettings): Promise<LoadResult> {
  if (settings.warmupSeconds > 0) await run(url, bodies, settings.connections, settings.warmupSeconds);
  const result = await run(url, bodies, settings.connections, settings.durationSeconds);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
