import * as fs from "fs";
import * as path from "path";

/**
 * The named Cypher queries of `cypher/queries`, one query a file, read once at
 * start-up: a missing or empty file stops the boot, not the first request.
 */
export type QueryName = string;

const loaded = new Map<string, CypherLibrary>();

export class CypherLibrary {
  private constructor(private readonly queries: Map<string, string>) {}

  static load(dir: string): CypherLibrary {
    const queries = new Map<string, string>();
    for (const file of walk(dir)) {
      const name = path.relative(dir, file).replace(/\\/g, "/").replace(/\.cypher$/, "");
      const text = stripComments(fs.readFileSync(file, "utf8"));
      if (!text) throw new Error(`Cypher file ${file} is empty`);
      queries.set(name, text);
    }
    return new CypherLibrary(queries);
  }

  /**
   * The library of `dir`, read on the first call and kept for the life of the process:
   * for callers that run per document (the loader, lineage) rather than once at start.
   */
  static cached(dir: string): CypherLibrary {
    let library = loaded.get(dir);
    if (!library) loaded.set(dir, (library = CypherLibrary.load(dir)));
    return library;
  }

  get(name: QueryName): string {
    const q = this.queries.get(name);
    if (q === undefined) throw new Error(`No Cypher query named ${name} in cypher/queries`);
    return q;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}

/** Statements of a migration file: `;`-separated, `//` comments removed. */
export function statements(text: string): string[] {
  return stripComments(text)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function stripComments(text: string): string {
  return text
    .split("\n")
    .filter((l) => !l.trim().startsWith("//"))
    .join("\n")
    .trim();
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith(".cypher") ? [path.join(dir, e.name)] : []))
    .sort();
}
