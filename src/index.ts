// The library entry point. The CLI, the tests, the benchmark and the editor
// server all call these functions; nothing that runs the pipeline lives elsewhere.
export { check, claims } from './pipeline.js';
export type { CheckOptions, CheckResult, ClaimsResult } from './pipeline.js';
export { extractArticle } from './extract/index.js';
export { articleFromText } from './load/article.js';
export type * from './types.js';
