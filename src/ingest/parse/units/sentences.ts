/**
 * Assignments stated in a task's sentence rather than in a clause: 由X牵头,A、B配合
 * and X会同A、B负责. They name who leads and who shares as plainly as a clause does,
 * so they are units (convention SENTENCE), kept apart from the weaker departments a
 * text merely names as acting (acting.ts). 由X牵头 is read with the same lists of
 * organizations as clauses are; X会同A负责 only with bodies the department table
 * knows, since 会同 also joins mere mentions (会同有关部门研究).
 */
import type { AssignedUnit, UnitClause } from "./clauses";
import { readNameList } from "./acting";
import { isOrgName, splitUnitNames, type UnitName } from "./names";

/** Verbs that close the cooperating list after 由X牵头, and the one after X会同A. */
const COOPERATE = ["按职责分工负责", "按职责负责", "配合", "参与", "协同", "协助"];
const JOINTLY = ["共同负责", "牵头负责", "负责"];
const BEFORE_VERB = /^(?:等有关部门|等相关部门|等部门|等单位|等)?/;

export function findStatedAssignments(text: string): UnitClause[] {
  const out: UnitClause[] = [];
  for (let at = text.indexOf("由"); at >= 0; at = text.indexOf("由", at + 1)) {
    const clause = ledBy(text, at);
    if (clause) out.push(clause);
  }
  for (let at = text.indexOf("会同"); at >= 0; at = text.indexOf("会同", at + 2)) {
    const clause = jointly(text, at);
    if (clause) out.push(clause);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * `由X牵头` [`负责`], optionally followed by `,A、B配合`: the lists read as lists of
 * organizations (names ending 局, 厅, 委, 政府, 各… collectives), the cooperating one
 * up to its verb within the sentence, commas inside it allowed.
 */
function ledBy(text: string, at: number): UnitClause | undefined {
  const lead = text.indexOf("牵头", at + 1);
  const sentence = sentenceEnd(text, at);
  if (lead < 0 || lead > sentence) return undefined;
  const leads = splitUnitNames(text, at + 1, lead);
  if (!leads.length || !leads.every((n) => isOrgName(n.name)) || /[,;]/.test(text.slice(at + 1, lead))) return undefined;
  let end = lead + 2;
  if (text.startsWith("负责", end)) end += 2;
  const units: AssignedUnit[] = leads.map((n) => ({ ...n, role: "lead", roleText: "牵头" }));
  if (text[end] === "," || text[end] === "、") {
    const verbAt = COOPERATE.map((v) => ({ v, i: text.indexOf(v, end + 1) })).filter((x) => x.i > end && x.i <= sentence).sort((a, b) => a.i - b.i)[0];
    if (verbAt) {
      const gap = /(?:等有关部门|等相关部门|等部门|等单位|等)$/.exec(text.slice(end + 1, verbAt.i))?.[0].length ?? 0;
      const others = splitUnitNames(text, end + 1, verbAt.i - gap);
      if (others.length && others.every((n) => isOrgName(n.name))) {
        units.push(...others.map((n) => ({ ...n, role: "responsible" as const, roleText: verbAt.v })));
        end = verbAt.i + verbAt.v.length;
      }
    }
  }
  return clause(at, end, units);
}

function sentenceEnd(text: string, from: number): number {
  const stop = text.indexOf("。", from);
  return stop < 0 ? text.length : stop;
}

/** `X会同A、B负责`: X leads, A and B share. */
function jointly(text: string, at: number): UnitClause | undefined {
  let start = at;
  while (start > 0 && !/[。;,:!?()〔〕【】\n]/.test(text[start - 1])) start--;
  if (text.startsWith("由", start)) start++;
  const leads = readNameList(text, start);
  if (!leads.names.length || leads.end !== at) return undefined;
  const others = readNameList(text, at + 2);
  if (!others.names.length) return undefined;
  const gap = BEFORE_VERB.exec(text.slice(others.end))![0].length;
  const verb = JOINTLY.find((v) => text.startsWith(v, others.end + gap));
  if (!verb) return undefined;
  const units: AssignedUnit[] = [
    ...leads.names.map((n) => ({ ...n, role: "lead" as const, roleText: "会同" })),
    ...others.names.map((n) => ({ ...n, role: "responsible" as const, roleText: `会同…${verb}` })),
  ];
  return clause(start, others.end + gap + verb.length, units);
}

function clause(start: number, end: number, units: AssignedUnit[]): UnitClause {
  const plain = (role: "lead" | "responsible"): UnitName[] => units.filter((u) => u.role === role).map(({ name, start: s, end: e }) => ({ name, start: s, end: e }));
  return { start, end, convention: "SENTENCE", units, lead: plain("lead"), responsible: plain("responsible") };
}
