/**
 * The words with which Chinese government documents print who owns a task, and
 * the role each gives: 牵头 (lead) → LEAD; 责任, 配合, 参与, 协同, 协办, 按职责分工负责 …
 * (sharing the task) → RESPONSIBLE. The graph keeps the printed word beside the role.
 */
export type Role = "lead" | "responsible";

/** Stems of the labels that open a list of units (`牵头单位:`, `配合部门:`). */
const LABEL_STEMS: [string, Role][] = [
  ["牵头", "lead"],
  ["主责", "lead"],
  ["主办", "lead"],
  ["责任", "responsible"],
  ["配合", "responsible"],
  ["参与", "responsible"],
  ["协同", "responsible"],
  ["协办", "responsible"],
  ["协助", "responsible"],
  ["实施", "responsible"],
];
const LABEL_NOUNS = ["单位", "部门", "机构"];

/** Every label, longest first: `牵头单位`, `责任部门` … */
export const LABELS: { label: string; role: Role }[] = LABEL_STEMS.flatMap(([stem, role]) => LABEL_NOUNS.map((noun) => ({ label: stem + noun, role })));

/**
 * Verbs printed after a list of units (`X牵头`, `A、B配合`, `A、B按职责分工负责`),
 * longest first so that 牵头负责 is not read as 牵头 followed by 负责.
 */
export const VERBS: { verb: string; role: Role }[] = [
  ["按照职责分工负责", "responsible"],
  ["按职责分工负责", "responsible"],
  ["按职责分工落实", "responsible"],
  ["按职能职责负责", "responsible"],
  ["按职责负责", "responsible"],
  ["牵头负责", "lead"],
  ["牵头落实", "lead"],
  ["牵头抓总", "lead"],
  ["分工负责", "responsible"],
  ["分别负责", "responsible"],
  ["共同负责", "responsible"],
  ["配合落实", "responsible"],
  ["牵头", "lead"],
  ["配合", "responsible"],
  ["参与", "responsible"],
  ["协同", "responsible"],
  ["协助", "responsible"],
  ["负责", "responsible"],
].map(([verb, role]) => ({ verb, role: role as Role }));

/** The label that starts at `pos`, followed by `:` (spaces allowed between). */
export function labelAt(text: string, pos: number): { label: string; role: Role; end: number } | undefined {
  for (const { label, role } of LABELS) {
    if (!text.startsWith(label, pos)) continue;
    let colon = pos + label.length;
    while (colon < text.length && /\s/.test(text[colon])) colon++;
    if (text[colon] === ":") return { label, role, end: colon + 1 };
  }
  return undefined;
}

/** The verb that `text` ends with (before `end`), with where it starts. */
export function verbBefore(text: string, end: number): { verb: string; role: Role; start: number } | undefined {
  for (const { verb, role } of VERBS) {
    if (end - verb.length >= 0 && text.startsWith(verb, end - verb.length)) return { verb, role, start: end - verb.length };
  }
  return undefined;
}
