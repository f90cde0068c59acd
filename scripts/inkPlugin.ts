/**
 * Ink at build time. `compileInk` turns one .ink file into the runtime's JSON with inkjs's
 * compiler, in Node; `inkPlugin` is the Vite (and Vitest) plugin that does it for every
 * `import story from './x.ink'`, so the game ships the JSON and the small runtime
 * (`inkjs`), never the compiler. A story that does not compile fails the build with its
 * file and line, as ink reports them ("ERROR: 'src/story/x.ink' line 12: ...").
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { Compiler, CompilerOptions, JsonFileHandler } from 'inkjs/compiler/Compiler';

export class InkCompileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`ink: ${file} does not compile:\n  ${problems.join('\n  ')}`);
    this.name = 'InkCompileError';
  }
}

/**
 * The runtime JSON of one ink source. `file` names it in errors. Errors (and warnings,
 * which in ink are mostly loose ends that would stop a scene half-way) throw an
 * InkCompileError listing each with its line; INCLUDE is refused (one file, one scene).
 */
export function compileInk(source: string, file: string): string {
  const problems: string[] = [];
  // The file handler only knows this file: an INCLUDE of anything else is an error.
  const files = new JsonFileHandler({ [file]: source });
  const compiler = new Compiler(source, new CompilerOptions(file, [], true, (message) => problems.push(message), files));
  let json: string | void = undefined;
  try {
    json = compiler.Compile()?.ToJson();
  } catch (e) {
    if (problems.length === 0) problems.push(`ERROR: '${file}': ${e instanceof Error ? e.message : String(e)}`);
  }
  if (problems.length > 0 || !json) throw new InkCompileError(file, problems.length > 0 ? problems : [`ERROR: '${file}': no story came out`]);
  return json;
}

/** Vite plugin: `*.ink` modules become `export default <runtime JSON string>`. */
export function inkPlugin(): Plugin {
  return {
    name: 'last-period-ink',
    load: {
      filter: { id: /\.ink$/ },
      handler(id) {
        const file = relative(process.cwd(), id).replaceAll('\\', '/');
        const json = compileInk(readFileSync(id, 'utf8'), file);
        return { code: `export default ${JSON.stringify(json)};`, map: null };
      },
    },
  };
}
