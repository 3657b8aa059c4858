import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../../src/project-root';

/** src/ as a graph: each file and the src/ files it imports (types included: a type import is a dependency too). */
function importGraph(): Map<string, string[]> {
  const files = listTypeScript(join(projectRoot, 'src'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const imports = ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((entry) => entry.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => resolveModule(dirname(file), name))
      .filter((target): target is string => target !== undefined);
    graph.set(
      relative(projectRoot, file),
      imports.map((target) => relative(projectRoot, target)),
    );
  }
  return graph;
}

function listTypeScript(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTypeScript(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function resolveModule(from: string, name: string): string | undefined {
  const base = resolve(from, name);
  return [`${base}.ts`, join(base, 'index.ts')].find((candidate) => {
    try {
      return statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}

/** The import cycles of the graph: its strongly connected components of more than one file (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    indexOf.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, indexOf.get(next)!));
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return found;
}

const graph = importGraph();

describe('the import graph of src/', () => {
  it('has no cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  // Figures and queries are what the doors reshape; they never know a door or the server.
  const doorsAndServer = /^src\/(doors|rest|metrics|web|server|context\.ts|services\.ts|main\.ts)/;
  it.each(['src/figures', 'src/queries'])('%s imports no door and not the server', (layer) => {
    const offending = [...graph].flatMap(([file, imports]) =>
      file.startsWith(layer) ? imports.filter((target) => doorsAndServer.test(target)).map((target) => `${file} → ${target}`) : [],
    );
    expect(offending).toEqual([]);
  });

  it('sees the files (a check that reads nothing cannot fail)', () => {
    expect(graph.get('src/figures/catalog.ts')).toEqual(expect.arrayContaining(['src/figures/users.ts', 'src/figures/messages.ts']));
  });
});
