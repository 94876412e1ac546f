/** The API's codes in the documents' own words, with the English beside them. */
export interface Label {
  zh: string;
  en: string;
}

export const RELATION: Record<string, Label> = {
  LEADS: { zh: "牵头", en: "Leads" },
  RESPONSIBLE_FOR: { zh: "责任", en: "Shares" },
  NAMED_AS_ACTING: { zh: "文中提及", en: "Named as acting" },
};

export const CONVENTION: Record<string, Label> = {
  LABELLED: { zh: "标注式条款", en: "Labelled clause" },
  PAIRED: { zh: "牵头配合式", en: "Paired clause" },
  LEAD_MARK: { zh: "列表标注牵头", en: "Lead marked in list" },
  FIRST_LISTED: { zh: "列第一位者牵头", en: "First listed leads" },
  SENTENCE: { zh: "句中表述", en: "In the sentence" },
  TABLE: { zh: "任务分工表", en: "Division-of-labour table" },
};

export const KIND: Record<string, Label> = {
  CHAPTER: { zh: "章", en: "Chapter" },
  SECTION: { zh: "节", en: "Section" },
  TASK: { zh: "任务", en: "Task" },
  SUBTASK: { zh: "子任务", en: "Sub-task" },
  COLUMN: { zh: "专栏", en: "Box" },
  COLUMN_ITEM: { zh: "专栏条目", en: "Box item" },
};

export const ATTRIBUTE: Record<string, Label> = {
  BINDING: { zh: "约束性", en: "Binding" },
  EXPECTED: { zh: "预期性", en: "Expected" },
};

export const TABLE: Record<string, Label> = {
  TARGET: { zh: "“十四五”目标", en: "2025 targets" },
  COMPLETION: { zh: "“十三五”完成情况", en: "2020 completion" },
};

export const LINEAGE: Record<string, Label> = {
  SAME_TASK_AS: { zh: "同一任务", en: "Same task" },
  IMPLEMENTS: { zh: "落实", en: "Implements" },
  UPSTREAM: { zh: "上位任务", en: "Upstream" },
  DOWNSTREAM: { zh: "下位任务", en: "Downstream" },
  PEER: { zh: "同级对应", en: "Peer" },
  COVERS: { zh: "涵盖", en: "Covers" },
  PART_OF: { zh: "属于", en: "Part of" },
  ELABORATES: { zh: "专栏细化", en: "Elaborates" },
  BROADER: { zh: "更宽", en: "Broader" },
  NARROWER: { zh: "更窄", en: "Narrower" },
};

export const COMPARATOR: Record<string, string> = { EQ: "=", GT: ">", GTE: "≥", LT: "<", LTE: "≤", STABLE: "≈" };

export function labelOf(table: Record<string, Label>, code: string | null | undefined): Label {
  if (!code) return { zh: "—", en: "" };
  return table[code] ?? { zh: code, en: "" };
}
