import { formatNumber } from "./number-formats";
import { child, childElements, val, type XmlElement } from "./xml";

interface Level {
  start: number;
  format: string;
  /** "%1、", "（%2）", "%1.%2." */
  text: string;
  /** What follows the marker: "tab" (Word's default), "space" or "nothing". */
  suffix: string;
  /** Show every level's number as decimal (legal numbering: 1.1.1). */
  legal: boolean;
  /** One-based level after whose use this level restarts; 0 never restarts. */
  restartAfter?: number;
}

interface NumberingInstance {
  abstractId: string;
  levels: Map<number, Level>;
  startOverrides: Map<number, number>;
}

/** Where a paragraph asks to be numbered: w:numPr on the paragraph or on its style. */
export interface NumberingRef {
  numId: string;
  ilvl: number;
}

/**
 * Renders Word's automatic numbering as the markers a reader of the printed page
 * sees. Word keeps the counters per list: paragraphs of numbering instances that
 * share one abstract definition continue one sequence, unless an instance restarts
 * a level (lvlOverride/startOverride), which makes it a list of its own. Using a
 * level restarts the levels below it, unless lvlRestart says otherwise.
 */
export class Numbering {
  private readonly instances = new Map<string, NumberingInstance>();
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(numberingXml: XmlElement | undefined) {
    if (!numberingXml) return;
    const abstracts = new Map<string, Map<number, Level>>();
    for (const abs of childElements(numberingXml, "abstractNum")) abstracts.set(val(abs, "abstractNumId") ?? "", levelsOf(abs));
    for (const num of childElements(numberingXml, "num")) {
      const abstractId = val(child(num, "abstractNumId")) ?? "";
      const levels = new Map(abstracts.get(abstractId) ?? []);
      const startOverrides = new Map<number, number>();
      for (const override of childElements(num, "lvlOverride")) {
        const ilvl = Number(val(override, "ilvl") ?? 0);
        const start = val(child(override, "startOverride"));
        if (start !== undefined) startOverrides.set(ilvl, Number(start));
        const lvl = child(override, "lvl");
        if (lvl) levels.set(ilvl, levelOf(lvl));
      }
      this.instances.set(val(num, "numId") ?? "", { abstractId, levels, startOverrides });
    }
  }

  /** The printed marker of the next paragraph of this list at this level, with its suffix; "" when not numbered. */
  next(ref: NumberingRef): string {
    const instance = this.instances.get(ref.numId);
    const level = instance?.levels.get(ref.ilvl);
    if (!instance || !level) return "";
    const key = instance.startOverrides.size > 0 ? `num:${ref.numId}` : `abs:${instance.abstractId}`;
    let counters = this.counters.get(key);
    if (!counters) {
      counters = [];
      this.counters.set(key, counters);
    }
    const startOf = (ilvl: number) => instance.startOverrides.get(ilvl) ?? instance.levels.get(ilvl)?.start ?? 1;
    counters[ref.ilvl] = counters[ref.ilvl] === undefined ? startOf(ref.ilvl) : counters[ref.ilvl]! + 1;
    for (let k = ref.ilvl + 1; k < 9; k++) {
      const restartAfter = instance.levels.get(k)?.restartAfter ?? k;
      if (restartAfter !== 0 && ref.ilvl < restartAfter) counters[k] = undefined;
    }
    const marker = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const n = counters![k] ?? startOf(k);
      const format = level.legal ? "decimal" : instance.levels.get(k)?.format ?? "decimal";
      return formatNumber(n, format);
    });
    if (level.format === "bullet") return `${printableBullet(marker)} `;
    return marker + separator(marker, level.suffix);
  }
}

function levelsOf(abs: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childElements(abs, "lvl")) levels.set(Number(val(lvl, "ilvl") ?? 0), levelOf(lvl));
  return levels;
}

function levelOf(lvl: XmlElement): Level {
  const restart = val(child(lvl, "lvlRestart"));
  return {
    start: Number(val(child(lvl, "start")) ?? 1),
    format: val(child(lvl, "numFmt")) ?? "decimal",
    text: val(child(lvl, "lvlText")) ?? "",
    suffix: val(child(lvl, "suff")) ?? "tab",
    legal: child(lvl, "isLgl") !== undefined && val(child(lvl, "isLgl")) !== "0",
    ...(restart !== undefined ? { restartAfter: Number(restart) } : {}),
  };
}

/**
 * The gap after a marker. A tab is layout, not a cell boundary, so it never prints
 * as "\t": markers ending in CJK punctuation (一、 （一）) are followed directly by the
 * text, as they are printed; others (1.) by a space.
 */
function separator(marker: string, suffix: string): string {
  if (suffix === "nothing" || marker === "") return "";
  if (suffix === "space") return " ";
  return /[\u3000-\u303f\uff00-\uffef\u2460-\u24ff\u3250-\u32ff\u4e00-\u9fff]$/.test(marker) ? "" : " ";
}

/** Bullets set in the Symbol or Wingdings fonts are private-use code points: print a bullet instead. */
const printableBullet = (marker: string): string => (/^[\ue000-\uf8ff]*$/.test(marker) ? "•" : marker);
