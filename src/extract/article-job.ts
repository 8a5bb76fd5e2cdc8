// One unit of extraction work: the text of a file in, its claims out. The
// same function runs in the main thread and in worker threads; workers send
// back claims without the text (the main thread has it already).
import type { ArticleClaims } from '../types.js';
import { articleFromText } from '../load/article.js';
import { extractArticle } from './index.js';
import { setNumericDateOrder } from './time/index.js';

export interface ArticleJob {
  path: string;
  text: string;
  date?: string;
  /** "11/7" read day first (from config `numericDates: day-first`). */
  dayFirst?: boolean;
}

export type JobResult = { ok: true; claims: Omit<ArticleClaims, 'text'> } | { ok: false; message: string; stack?: string };

export function runJob(job: ArticleJob): JobResult {
  try {
    // Module state, set per job: worker threads each have their own copy.
    setNumericDateOrder(job.dayFirst ? 'DMY' : 'MDY');
    const { text: _text, ...claims } = extractArticle(articleFromText(job.path, job.text, job.date ? { date: job.date } : {}));
    return { ok: true, claims };
  } catch (error) {
    const e = error as Error;
    return { ok: false, message: e?.message ?? String(error), ...(e?.stack ? { stack: e.stack } : {}) };
  }
}
