import type { Row } from "../../db";
import { lineageRow } from "../lineage-row";

/**
 * The audit workbook: one sheet per question an auditor asks, each fed by a keyset
 * query of cypher/queries/export (`$after`, `$limit` → `key`, `row`). Headers are
 * Chinese with the English beside it, so the sheet reads for either reader.
 */
export interface SheetColumn {
  key: string;
  header: string;
  /** Excel character widths; long text columns are capped and not wrapped. */
  width: number;
  /** Graph value → cell value (lists to one string, enum codes to Chinese). */
  cell?: (value: unknown) => string | number | boolean | null;
}

export interface AuditSheet {
  name: string;
  /** One line for the 说明 sheet: the question this sheet answers and how to read it. */
  answers: string;
  query: string;
  columns: SheetColumn[];
  /** Turns the query's `row` into the cells' values, where Cypher alone would not give the API's. */
  mapRow?: (row: Row) => Row;
}

// Not 、: a collective unit's own name holds one (各地(市)委、行署(政府)). A unit
// clause separates its parts with ；, so no unit name holds that.
const names = (v: unknown) => (Array.isArray(v) ? v.join("；") : null);
const years = (v: unknown) => (Array.isArray(v) ? v.join(", ") : null);
const lines = (v: unknown) => (Array.isArray(v) ? v.join("\n") : null);
const yesNo = (v: unknown) => (v ? "是" : "否");
const TABLES: Record<string, string> = { target: "十四五目标", completion: "十三五完成" };
const ATTRIBUTES: Record<string, string> = { BINDING: "约束性", EXPECTED: "预期性" };
const RELATIONS: Record<string, string> = {
  SAME_TASK_AS: "同一任务 SAME_TASK_AS",
  IMPLEMENTS: "落实 IMPLEMENTS",
  COVERS: "涵盖 COVERS",
  ELABORATES: "专栏细化 ELABORATES",
};
const coded = (codes: Record<string, string>) => (v: unknown) => (v == null ? null : (codes[String(v)] ?? String(v)));

// Columns that more than one sheet shows, defined once so they read the same on each.
const planTitle: SheetColumn = { key: "planTitle", header: "规划 Plan", width: 30 };
const regionName: SheetColumn = { key: "regionName", header: "地区 Region", width: 12 };
const taskPath: SheetColumn = { key: "path", header: "位置 Path", width: 10 };
const taskNumber: SheetColumn = { key: "number", header: "序号 No.", width: 6 };
const taskTitle: SheetColumn = { key: "title", header: "任务 Task", width: 36 };
const responsible: SheetColumn = { key: "responsible", header: "责任单位 Responsible units", width: 40, cell: names };
const namedAsActing: SheetColumn = { key: "namedAsActing", header: "文中提及部门 Named as acting", width: 24, cell: names };
const deadlines: SheetColumn = { key: "deadlines", header: "时限年份 Deadline years", width: 14, cell: years };
const sourceFile: SheetColumn = { key: "sourceFile", header: "文件 Source file", width: 34 };
const sourceLine: SheetColumn = { key: "sourceLine", header: "行 Line", width: 8 };
/** Ids differ in length from one kind of node to another, so each sheet sizes its own. */
const id = (width: number): SheetColumn => ({ key: "id", header: "ID", width });

export const AUDIT_SHEETS: AuditSheet[] = [
  {
    name: "规划",
    answers: "Which plans are loaded, and which of them print unit clauses (牵头单位/责任单位) at all.",
    query: "export/audit-plans",
    columns: [
      { key: "title", header: "规划 Plan", width: 44 },
      { key: "kind", header: "类型 Kind", width: 10 },
      regionName,
      { key: "docNumber", header: "文号 Doc number", width: 22 },
      { key: "issuedDate", header: "印发日期 Issued", width: 12 },
      { key: "tasks", header: "任务数 Tasks", width: 10 },
      { key: "tasksWithLead", header: "有牵头单位 With lead", width: 12 },
      { key: "unitClauses", header: "列明单位 Unit clauses", width: 12, cell: yesNo },
      { key: "indicators", header: "指标数 Indicators", width: 10 },
      sourceFile,
      id(30),
    ],
  },
  {
    name: "任务与单位",
    answers: "Who leads each task, who is responsible, which years it falls due, and where it is written (tasks, sub-tasks and 专栏 items).",
    query: "export/audit-tasks",
    columns: [
      planTitle,
      taskPath,
      taskNumber,
      { key: "kind", header: "层级 Kind", width: 12 },
      { key: "parentTitle", header: "上级 Parent", width: 24 },
      taskTitle,
      { key: "lead", header: "牵头单位 Lead units", width: 30, cell: names },
      responsible,
      namedAsActing,
      deadlines,
      sourceFile,
      sourceLine,
      id(36),
      { key: "text", header: "原文 Text", width: 80 },
    ],
  },
  {
    name: "无牵头单位的任务",
    answers:
      "Tasks and sub-tasks with no lead unit, their own or an enclosing task's, in the plans that print unit clauses (see 规划); in a plan that names no units every task would qualify, so those plans are left out.",
    query: "export/audit-unled-tasks",
    columns: [
      planTitle,
      taskPath,
      taskNumber,
      taskTitle,
      responsible,
      namedAsActing,
      deadlines,
      sourceFile,
      sourceLine,
      id(36),
    ],
  },
  {
    name: "部门",
    answers: "Which department leads the most tasks: tasks led (牵头), shared as a responsible unit (责任单位) and named as acting in the text, most led first.",
    query: "export/audit-departments",
    columns: [
      { key: "name", header: "部门 Department", width: 36 },
      { key: "type", header: "类型 Type", width: 14 },
      regionName,
      { key: "aliases", header: "文中名称 Printed as", width: 24, cell: names },
      { key: "led", header: "牵头任务数 Led", width: 10 },
      { key: "shared", header: "责任任务数 Shared", width: 10 },
      { key: "acting", header: "提及任务数 Named as acting", width: 12 },
      { key: "collective", header: "集体单位 Collective", width: 10, cell: yesNo },
      id(40),
    ],
  },
  {
    name: "指标",
    answers: "Each plan's indicators with baseline, target and attribute (约束性 binding / 预期性 expected), as printed.",
    query: "export/audit-indicators",
    columns: [
      planTitle,
      { key: "table", header: "表 Table", width: 12, cell: coded(TABLES) },
      { key: "category", header: "类别 Category", width: 14 },
      { key: "name", header: "指标 Indicator", width: 36 },
      { key: "concept", header: "统一概念 Concept", width: 24 },
      { key: "unit", header: "单位 Unit", width: 8 },
      { key: "baseline", header: "基期值 Baseline", width: 16 },
      { key: "target", header: "目标值 Target", width: 20 },
      { key: "attribute", header: "属性 Attribute", width: 10, cell: coded(ATTRIBUTES) },
      { key: "notes", header: "注 Notes", width: 40, cell: lines },
      sourceFile,
      sourceLine,
      id(34),
    ],
  },
  {
    name: "传承关系",
    answers: "Lineage links between plans and between tasks, with the score, the method that found each and its evidence, so each link can be judged.",
    query: "export/audit-lineage",
    // The evidence lines of GraphQL's LineageLink.evidence, with the titles the query adds.
    mapRow: (row) => ({ ...row, evidence: lineageRow(row).evidence }),
    columns: [
      { key: "relation", header: "关系 Relation", width: 22, cell: coded(RELATIONS) },
      { key: "score", header: "分数 Score", width: 8 },
      { key: "method", header: "方法 Method", width: 14 },
      { key: "fromPlanTitle", header: "本规划 From plan", width: 30 },
      { key: "fromTitle", header: "本任务 From", width: 30 },
      { key: "toPlanTitle", header: "对应规划 To plan", width: 30 },
      { key: "toTitle", header: "对应任务 To", width: 30 },
      { key: "evidence", header: "依据 Evidence", width: 80, cell: lines },
      { key: "fromId", header: "From ID", width: 36 },
      { key: "toId", header: "To ID", width: 36 },
    ],
  },
];

/**
 * The 任务与单位 sheet narrowed to one department (`/export/audit.xlsx?departmentId=…`,
 * the auditors' page's dossier download): the same columns, the department's tasks only.
 */
export const DEPARTMENT_TASKS_SHEET: AuditSheet = {
  ...AUDIT_SHEETS.find((s) => s.name === "任务与单位")!,
  answers:
    "The tasks one department leads or shares (its dossier, narrowed by role, plan and due year as asked), with every unit of each task, deadline years and where it is written.",
  query: "export/audit-department-tasks",
};
