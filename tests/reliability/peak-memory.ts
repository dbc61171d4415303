/** Samples the process's resident memory every `everyMs` until stopped; `peak` is the highest seen, in bytes. */
export function samplePeakRss(everyMs = 25): { peak: () => number; stop: () => void } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, everyMs);
  timer.unref();
  return { peak: () => Math.max(peak, process.memoryUsage().rss), stop: () => clearInterval(timer) };
}

/** The ceiling issue 13 sets for the whole process (server, workers and test runner together). */
export const ONE_GB = 1024 ** 3;
