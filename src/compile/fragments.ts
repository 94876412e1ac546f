import { CypherLibrary } from "../cypher";

/**
 * The named pieces of Cypher (cypher/fragments) that compiled statements are composed of,
 * one field's way through the graph a file, read once at start.
 *
 * A fragment is Cypher with two kinds of placeholders, so that it can be used anywhere in
 * a statement without its names clashing with the statement around it:
 * - `{name}`: a Cypher variable. The parent object is named after its GraphQL type
 *   (`{task}` in a Task field's fragment) and bound to the parent's variable; every
 *   other one is local and gets a fresh name at each use.
 * - `$name`: a parameter of the field, renamed with the field's prefix (`$f3_first`).
 * - `{{slot}}`: in the shapes (cypher/fragments/shapes), where the compiler puts a piece it
 *   composed (another fragment's rows, the map of a selection).
 * A fragment that yields rows ends in `RETURN {x}`: the compiler replaces that line with
 * its own RETURN of what the client selected on `{x}` (so a fragment that could meet a
 * node twice says `WITH DISTINCT` before it).
 * A fragment without RETURN is an expression (a filter's predicate).
 * Placeholders are filled only with the compiler's own names: never with client text.
 */
export interface Fragment {
  name: string;
  /** The text before the final RETURN (the whole text for an expression). */
  body: string;
  /** The variable the final RETURN names, if any. */
  out?: string;
  /** That final RETURN line. */
  ret?: string;
}

export interface Instance {
  /** `body` with placeholders filled. */
  body: string;
  /** The whole fragment filled, its final RETURN included (a branch of a UNION). */
  whole: string;
  /** The Cypher variable that holds `out` (undefined for an expression). */
  out?: string;
  /** The Cypher name given to each placeholder. */
  names: Map<string, string>;
}

const SLOT = /\{\{([a-z][A-Za-z0-9]*)\}\}/g;
const VARIABLE = /\{([a-z][A-Za-z0-9]*)\}/g;
const PARAMETER = /\$([A-Za-z_][A-Za-z0-9_]*)/g;
const FINAL_RETURN = /\n?\s*RETURN\s+\{([a-z][A-Za-z0-9]*)\}\s*$/;

export class FragmentLibrary {
  private constructor(private readonly fragments: Map<string, Fragment>) {}

  static load(dir: string): FragmentLibrary {
    const library = CypherLibrary.load(dir);
    const fragments = new Map<string, Fragment>();
    for (const name of library.names()) {
      const text = library.get(name);
      const ret = FINAL_RETURN.exec(text);
      fragments.set(name, ret ? { name, body: text.slice(0, ret.index).trim(), out: ret[1], ret: ret[0].trim() } : { name, body: text.trim() });
    }
    return new FragmentLibrary(fragments);
  }

  get(name: string): Fragment {
    const f = this.fragments.get(name);
    if (!f) throw new Error(`No Cypher fragment named ${name} in cypher/fragments`);
    return f;
  }

  names(): string[] {
    return [...this.fragments.keys()].sort();
  }

  /**
   * Fills a fragment's placeholders: `bound` variables by the given Cypher names, the
   * others by fresh ones from `fresh`, parameters with `prefix`, slots by `slots` (put in
   * last, as they are: they were composed from fragments already).
   */
  instantiate(name: string, bound: Record<string, string>, fresh: () => string, prefix: string, slots: Record<string, string> = {}): Instance {
    const f = this.get(name);
    const names = new Map(Object.entries(bound));
    const variable = (v: string) => {
      let n = names.get(v);
      if (n === undefined) names.set(v, (n = fresh()));
      return n;
    };
    const pieces: string[] = [];
    const fill = (text: string) =>
      text
        .replace(SLOT, (_m, slot: string) => {
          if (!(slot in slots)) throw new Error(`fragment ${name} needs the slot {{${slot}}}`);
          pieces.push(slots[slot]);
          return `\u0000${pieces.length - 1}\u0000`;
        })
        .replace(VARIABLE, (_m, v: string) => variable(v))
        .replace(PARAMETER, (_m, p: string) => `$${prefix}${p}`)
        .replace(/\u0000(\d+)\u0000/g, (_m, i: string) => pieces[Number(i)]);
    const body = fill(f.body);
    const out = f.out === undefined ? undefined : variable(f.out);
    return { body, whole: f.ret === undefined ? body : `${body}\n${fill(f.ret)}`, out, names };
  }
}
