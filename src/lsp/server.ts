// `briefcheck lsp`: a Language Server Protocol server over stdio. It checks
// the workspace (open buffers as typed, other files from disk) and publishes
// diagnostics for open .txt/.md files, with relatedInformation pointing into
// the other articles. It runs the same check() as the CLI.
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, DiagnosticSeverity, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Diagnostic } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../pipeline.js';
import type { Finding } from '../types.js';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;
const ARTICLE = /\.(txt|md|markdown)$/i;
const DEBOUNCE_MS = 250;

function toDiagnostic(f: Finding, root: string): Diagnostic {
  return {
    range: { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } },
    severity: SEVERITY[f.severity],
    source: 'briefcheck',
    code: f.ruleId,
    message: f.message,
    ...(f.related.length > 0
      ? {
          relatedInformation: f.related.map((r) => ({
            location: { uri: pathToFileURL(resolve(root, r.path)).href, range: { start: { line: r.line - 1, character: r.column - 1 }, end: { line: r.endLine - 1, character: r.endColumn - 1 } } },
            message: r.message,
          })),
        }
      : {}),
  };
}

export async function startLanguageServer(): Promise<void> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  let roots: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();

  connection.onInitialize((params) => {
    const folders = params.workspaceFolders?.map((f) => fileURLToPath(f.uri)) ?? (params.rootUri ? [fileURLToPath(params.rootUri)] : []);
    roots = folders;
    return { capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental }, serverInfo: { name: 'briefcheck' } };
  });

  const lint = async () => {
    const open = documents.all().filter((d) => d.uri.startsWith('file:') && ARTICLE.test(d.uri));
    if (open.length === 0) return;
    const contents: Record<string, string> = {};
    for (const d of open) contents[fileURLToPath(d.uri)] = d.getText();
    const cwd = roots[0] ?? process.cwd();
    // Only the open files are reported; the rest of the workspace is their
    // reference corpus (as with --against), and its claims come from a cache
    // so a keystroke does not re-extract every article of the workspace.
    const cache = join(tmpdir(), 'briefcheck-lsp', `${createHash('sha1').update(roots.join('\0') || cwd).digest('hex').slice(0, 16)}.cache`);
    try {
      const result = await check(Object.keys(contents), { cwd, contents, against: roots, cache });
      const byPath = new Map(result.files.map((f) => [resolve(cwd, f.path), f.messages]));
      for (const d of open) {
        const messages = byPath.get(fileURLToPath(d.uri)) ?? [];
        await connection.sendDiagnostics({ uri: d.uri, version: d.version, diagnostics: messages.map((m) => toDiagnostic(m, cwd)) });
      }
      for (const e of result.errors) if (e.kind === 'config' || e.kind === 'internal') connection.console.error(`briefcheck: ${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}`);
    } catch (error) {
      connection.console.error(`briefcheck: ${(error as Error).message}`);
    }
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(lint);
    }, DEBOUNCE_MS);
  };
  documents.onDidOpen(schedule);
  documents.onDidChangeContent(schedule);
  documents.onDidSave(schedule);
  documents.onDidClose((e) => void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
  documents.listen(connection);
  connection.listen();
  await new Promise<void>((done) => connection.onExit(() => done()));
}
