// Child entry point: `node dist/bench/measure.js <task> <corpus-root> <scratch-folder>`. Runs one task in this
// process, then prints its own peak RSS as JSON after a marker. Every import happens inside the task, so each task
// pays only for the code it uses, the way a separate tool would.
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchCliIo } from './cli-io.js';
import type { ChildResult, MeasureTask } from './tasks.js';
import { corpusFolders, isMeasureTask, resultMarker } from './tasks.js';
import { listFiles, readText, yamlExtension } from './walk.js';

interface Work {
  files: number;
  count: number;
}

async function filesUnder(
  root: string,
  folders: readonly string[],
  keep: (file: string) => boolean,
): Promise<string[]> {
  const out: string[] = [];
  for (const folder of folders) {
    const base = path.join(root, folder);
    for (const relative of await listFiles(base)) if (keep(relative)) out.push(path.join(base, relative));
  }
  return out;
}

function yamlFiles(root: string): Promise<string[]> {
  return filesUnder(root, [corpusFolders.kubernetes, corpusFolders.compose], (file) =>
    yamlExtension.test(file),
  );
}

function dockerfilePaths(root: string): Promise<string[]> {
  return filesUnder(root, [corpusFolders.dockerfiles], () => true);
}

async function scan(inputs: readonly string[], output: string): Promise<Work> {
  const { run } = await import('../src/cli/index.js');
  const result = await run(
    ['scan', ...inputs, '--format', 'json', '--output', output, '--fail-on', 'none'],
    benchCliIo(),
  );
  if (result.exitCode !== 0)
    throw new Error(`scan exited ${result.exitCode}: ${result.stderr.slice(0, 2000)}`);
  return { files: 0, count: result.exitCode };
}

async function parseWithYaml(root: string): Promise<Work> {
  const { parseAllDocuments } = await import('yaml');
  const files = await yamlFiles(root);
  let documents = 0;
  for (const file of files) {
    for (const document of parseAllDocuments(await readText(file))) {
      document.toJS();
      documents += 1;
    }
  }
  return { files: files.length, count: documents };
}

async function parseWithJsYaml(root: string): Promise<Work> {
  const { loadAll } = await import('js-yaml');
  const files = await yamlFiles(root);
  let documents = 0;
  for (const file of files) documents += loadAll(await readText(file)).length;
  return { files: files.length, count: documents };
}

async function runDockerfilelint(root: string): Promise<Work> {
  const { run } = await import('dockerfilelint');
  const files = await dockerfilePaths(root);
  let issues = 0;
  // Its CLI passes the file's folder as the place to look for a .dockerfilelintrc; so do we.
  for (const file of files) issues += run(path.dirname(file), await readText(file)).length;
  return { files: files.length, count: issues };
}

interface DockerfileLintResult {
  error: { count: number };
  warn: { count: number };
  info: { count: number };
}
type DockerfileLinter = new (ruleFile?: string) => { validate(content: string): DockerfileLintResult };

async function runDockerfileLint(root: string): Promise<Work> {
  // A CommonJS package without type declarations: load it through require and check its shape before use.
  const loaded: unknown = createRequire(import.meta.url)('dockerfile_lint');
  if (typeof loaded !== 'function') throw new Error('dockerfile_lint did not export its Linter constructor');
  const Linter = loaded as DockerfileLinter; // why: checked to be a constructor above; its API is documented, untyped
  const files = await dockerfilePaths(root);
  const linter = new Linter();
  let issues = 0;
  for (const file of files) {
    const result = linter.validate(await readText(file));
    issues += result.error.count + result.warn.count + result.info.count;
  }
  return { files: files.length, count: issues };
}

function runTask(task: MeasureTask, root: string, scratch: string): Promise<Work> {
  const output = path.join(scratch, `${task}.json`);
  switch (task) {
    case 'scan-full':
      return scan([root], output);
    case 'scan-yaml':
      return scan(
        [path.join(root, corpusFolders.kubernetes), path.join(root, corpusFolders.compose)],
        output,
      );
    case 'scan-dockerfiles':
      return scan([path.join(root, corpusFolders.dockerfiles)], output);
    case 'parse-yaml':
      return parseWithYaml(root);
    case 'parse-js-yaml':
      return parseWithJsYaml(root);
    case 'dockerfilelint':
      return runDockerfilelint(root);
    case 'dockerfile_lint':
      return runDockerfileLint(root);
  }
}

async function main(): Promise<void> {
  const [task, root, scratch] = process.argv.slice(2);
  if (task === undefined || !isMeasureTask(task) || root === undefined || scratch === undefined) {
    process.stderr.write('usage: node dist/bench/measure.js <task> <corpus-root> <scratch-folder>\n');
    process.exitCode = 2;
    return;
  }
  const work = await runTask(task, root, scratch);
  const usage = process.resourceUsage();
  const result: ChildResult = {
    task,
    maxRssKiB: usage.maxRSS,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    inProcessMs: performance.now(),
    files: work.files,
    count: work.count,
  };
  process.stdout.write(`\n${resultMarker}${JSON.stringify(result)}\n`);
}

await main();
