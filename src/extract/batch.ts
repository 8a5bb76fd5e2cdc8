// Extraction of many articles: in this thread for small inputs, on a pool of
// worker threads (piscina, a maintained pool with back-pressure and clean
// shutdown) when there is enough work to pay for starting them.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runJob, type ArticleJob, type JobResult } from './article-job.js';
import { restoreSpanTexts } from './span-texts.js';

export interface BatchOptions {
  /** Threads that extract, this one included (1 = this thread only); undefined = automatic. */
  jobs?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Below this much text, starting workers costs more than it saves: each pays
 * its own JIT and lexicon warm-up, and the claims it sends back are copied.
 * Measured with this thread plus one worker on two cores (bench/run.js
 * --jobs 2): 1.1 MB 0.82–0.87×, 4.5 MB 1.04–1.09×, 17.8 MB 1.09–1.10× of one
 * thread (extraction alone 1.24–1.4×; the serial stages after it do not split).
 */
const MIN_PARALLEL_BYTES = 6 * 1024 * 1024;
const CHUNK_BYTES = 256 * 1024;

const workerFile = new URL('./worker.js', import.meta.url);
// Under a TypeScript test runner the worker's .js does not exist; run in-thread.
const canUseWorkers = fileURLToPath(import.meta.url).endsWith('.js');

export async function extractMany(jobs: ArticleJob[], options: BatchOptions = {}): Promise<JobResult[]> {
  const bytes = jobs.reduce((n, j) => n + j.text.length, 0);
  const threads = options.jobs ?? (bytes >= MIN_PARALLEL_BYTES ? Math.min(availableParallelism(), 4) : 1);
  if (threads <= 1 || !canUseWorkers || jobs.length < 2) {
    const out: JobResult[] = [];
    jobs.forEach((job, i) => {
      out.push(runJob(job));
      if (options.onProgress && (i % 50 === 49 || i === jobs.length - 1)) options.onProgress(i + 1, jobs.length);
    });
    return out;
  }
  const { Piscina } = await import('piscina');
  // This thread extracts too: `jobs` threads in all, one of them this one, so
  // two cores are two extracting threads, and half the claims never cross threads.
  const workers = threads - 1;
  const pool = new Piscina({ filename: workerFile.href, minThreads: workers, maxThreads: workers, idleTimeout: 1000 });
  try {
    // Chunks of about CHUNK_BYTES keep message overhead low and both cores busy.
    const chunks: Array<{ from: number; jobs: ArticleJob[] }> = [];
    let current: ArticleJob[] = [];
    let size = 0;
    jobs.forEach((job, i) => {
      current.push(job);
      size += job.text.length;
      if (size >= CHUNK_BYTES || i === jobs.length - 1) {
        chunks.push({ from: i + 1 - current.length, jobs: current });
        current = [];
        size = 0;
      }
    });
    const out: JobResult[] = new Array(jobs.length);
    let done = 0;
    let next = 0;
    const finish = (chunk: (typeof chunks)[number], results: JobResult[]) => {
      results.forEach((r, k) => (out[chunk.from + k] = r));
      done += chunk.jobs.length;
      options.onProgress?.(done, jobs.length);
    };
    const feedWorker = async () => {
      for (let chunk = chunks[next++]; chunk; chunk = chunks[next++]) {
        // A worker that dies costs only a retry of its chunk in this thread.
        const results = (await pool.run(chunk.jobs).catch(() => undefined)) as JobResult[] | undefined;
        finish(chunk, results ? results.map((r, k) => restoreSpanTexts(r, chunk.jobs[k]!.text)) : chunk.jobs.map(runJob));
      }
    };
    const extractHere = async () => {
      for (let chunk = chunks[next++]; chunk; chunk = chunks[next++]) {
        const results: JobResult[] = [];
        for (const job of chunk.jobs) {
          results.push(runJob(job));
          // Between articles, let the workers' results in and their next chunks out.
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        finish(chunk, results);
      }
    };
    // Two chunks in flight per worker: it never waits while this thread is busy with an article.
    await Promise.all([...Array.from({ length: workers * 2 }, feedWorker), extractHere()]);
    return out;
  } finally {
    await pool.destroy();
  }
}
