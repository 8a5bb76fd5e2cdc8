// `briefcheck lsp --stdio`, spoken to as an editor would: initialize with a
// workspace folder holding two articles that disagree, open one, read the
// published diagnostics (rule id, 0-based range, relatedInformation into the
// other article), fix the text with didChange and see them clear, then
// shutdown / exit.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { CLI, folder, positionOf, removeFolders, requireBuild } from './support.js';

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  relatedInformation?: Array<{ location: { uri: string; range: Diagnostic['range'] }; message: string }>;
}
interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

const ARCHIVE = ` date 2024-05-14 Valmora approves southern terminal berths

VALMORA, May 14 (Wire) - The Valmora Harbor Authority approved three new container berths at the southern terminal on Monday, its director Elena Ruiz said.
`;
const DRAFT = ` date 2024-05-15 Harbor expansion moves ahead

The Valmora Harbor Authority approved five new container berths at the southern terminal on Monday, its director Elena Ruiz said.

Ruiz told reporters that dredging would start in the autumn.
`;
const MARKDOWN_NOTE = `---
date: 2024-05-16
---

The port is thought to have doubled its traffic since 2015.
`;

/** 0-based LSP range of `needle` in `text`. */
function rangeOf(text: string, needle: string): Diagnostic['range'] {
  const p = positionOf(text, needle);
  return { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.endLine - 1, character: p.endColumn - 1 } };
}

// Editors run the package's command (the bundle in dist/cli/); the tests' other runs use tsc's dist/src/.
const BUNDLE = join(dirname(CLI), '..', '..', 'cli', 'main.js');

describe.each([
  ['tsc build', CLI],
  ['bundled command', BUNDLE],
])('briefcheck lsp --stdio (%s)', (_build, cli) => {
  let workspace: string;
  let child: ChildProcessWithoutNullStreams;
  let connection: MessageConnection;
  const published: Published[] = [];
  const waiters: Array<{ test: (p: Published) => boolean; done: (p: Published) => void }> = [];
  let stderr = '';

  /** The first publishDiagnostics (already received or still to come) that passes `test`. */
  function diagnostics(test: (p: Published) => boolean, timeoutMs = 30_000): Promise<Published> {
    const seen = published.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching publishDiagnostics within ${timeoutMs} ms; got ${JSON.stringify(published)}; stderr: ${stderr}`)), timeoutMs);
      waiters.push({ test, done: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  beforeAll(async () => {
    requireBuild();
    workspace = folder({ 'archive/harbor-approval.txt': ARCHIVE, 'drafts/harbor.txt': DRAFT, 'drafts/outlook.md': MARKDOWN_NOTE }, 'root: true\nrules:\n  conflicting-number: error\n');
    // Started from another folder: the server must work from the workspace folder it is given.
    child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd: join(workspace, '..'), stdio: 'pipe' });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      published.push(p);
      for (const w of waiters.splice(0)) {
        if (w.test(p)) w.done(p);
        else waiters.push(w);
      }
    });
    connection.onNotification('window/logMessage', (m: { message: string }) => (stderr += `[log] ${m.message}\n`));
    connection.onRequest(() => null); // e.g. client/registerCapability
    connection.listen();
    const init = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'newsroom' }],
    })) as { capabilities: { textDocumentSync: number | { change: number } } };
    expect(init.capabilities.textDocumentSync).toBeDefined();
    await connection.sendNotification('initialized', {});
  });

  afterAll(() => {
    connection?.dispose();
    if (child && child.exitCode === null) child.kill();
    removeFolders();
  });

  const draftUri = () => pathToFileURL(join(workspace, 'drafts/harbor.txt')).href;

  it('publishes diagnostics for an opened article, with related information into the other article', async () => {
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: draftUri(), languageId: 'plaintext', version: 1, text: DRAFT } });
    const p = await diagnostics((x) => x.uri === draftUri() && x.diagnostics.some((d) => d.code === 'conflicting-number'));
    expect(p.version).toBe(1);
    const d = p.diagnostics.find((x) => x.code === 'conflicting-number')!;
    expect(d.source).toBe('briefcheck');
    expect(d.severity).toBe(1); // Error: from the workspace's .briefcheckrc.yaml (the rule's default is a warning)
    expect(d.range).toEqual(rangeOf(DRAFT, 'five new container berths'));
    expect(d.message).toContain('three new container berths');
    expect(d.relatedInformation).toHaveLength(1);
    expect(d.relatedInformation![0]!.location.uri).toBe(pathToFileURL(join(workspace, 'archive/harbor-approval.txt')).href);
    expect(d.relatedInformation![0]!.location.range).toEqual(rangeOf(ARCHIVE, 'three new container berths'));
  });

  it('re-checks unsaved text on change: the fixed number clears the diagnostics', async () => {
    const fixed = DRAFT.replace('five new container berths', 'three new container berths');
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: draftUri(), version: 2 }, contentChanges: [{ text: fixed }] });
    const p = await diagnostics((x) => x.uri === draftUri() && x.version === 2);
    expect(p.diagnostics).toEqual([]);
  });

  it('applies incremental edits: breaking the number again brings the finding back', async () => {
    const fixed = DRAFT.replace('five new container berths', 'three new container berths');
    const at = rangeOf(fixed, 'three');
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: draftUri(), version: 3 }, contentChanges: [{ range: at, text: 'seven' }] });
    const p = await diagnostics((x) => x.uri === draftUri() && x.version === 3);
    const d = p.diagnostics.find((x) => x.code === 'conflicting-number')!;
    expect(d.range).toEqual(rangeOf(DRAFT.replace('five', 'seven'), 'seven new container berths'));
  });

  it('publishes for open Markdown files too, and clears a file’s diagnostics on close', async () => {
    const uri = pathToFileURL(join(workspace, 'drafts/outlook.md')).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: MARKDOWN_NOTE } });
    const p = await diagnostics((x) => x.uri === uri && x.diagnostics.some((d) => d.code === 'hedged-claim'));
    const d = p.diagnostics.find((x) => x.code === 'hedged-claim')!;
    expect(d.severity).toBe(3); // Information
    expect(d.range.start.line).toBe(positionOf(MARKDOWN_NOTE, 'The port is thought').line - 1);
    const before = published.length;
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const cleared = await diagnostics((x) => published.indexOf(x) >= before && x.uri === uri);
    expect(cleared.diagnostics).toEqual([]);
  });

  it('shuts down and exits cleanly', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    expect(await connection.sendRequest('shutdown')).toBeNull();
    await connection.sendNotification('exit');
    expect(await exited).toBe(0);
  });
});
