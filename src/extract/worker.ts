// Worker-thread entry for piscina: parse and extract in place, send back only
// compact claims (sending syntax trees between threads is ruinously slow).
import { runJob, type ArticleJob, type JobResult } from './article-job.js';
import { blankSpanTexts } from './span-texts.js';

export default function extractBatch(jobs: ArticleJob[]): JobResult[] {
  return jobs.map((job) => blankSpanTexts(runJob(job), job.text));
}
