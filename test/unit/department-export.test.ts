import { EXPORTS } from "../../src/exports/definitions";
import { parseDossierFilter } from "../../src/exports/dossier";
import { parseExportQuery } from "../../src/exports/params";

describe("exports narrowed to one department (the dossier's download)", () => {
  it("reads the department, role, plan and due year, the role ANY unless given", () => {
    expect(parseDossierFilter({ departmentId: "Department:西藏自治区:西藏自治区财政厅" })).toEqual({
      departmentId: "Department:西藏自治区:西藏自治区财政厅",
      role: "ANY",
      planId: null,
      dueBy: null,
    });
    expect(parseDossierFilter({ departmentId: "Department:x", role: "LEAD", planId: "Plan:001", dueBy: "2022" })).toEqual({
      departmentId: "Department:x",
      role: "LEAD",
      planId: "Plan:001",
      dueBy: 2022,
    });
    expect(parseDossierFilter({ format: "csv" })).toBeNull();
  });

  it.each([
    [{ role: "LEAD" }, "role", /role narrow a department's tasks: give departmentId=Department:… too/],
    [{ departmentId: "区财政厅" }, "departmentId", /departmentId="区财政厅" is not a department id: expected "Department:…"/],
    [{ departmentId: "Department:x", role: "OWNER" }, "role", /role="OWNER" is not a unit role: use LEAD, RESPONSIBLE, ANY/],
    [{ departmentId: "Department:x", planId: "001" }, "planId", /planId="001" is not a plan id/],
    [{ departmentId: "Department:x", dueBy: "22" }, "dueBy", /dueBy="22" must be a year such as 2022/],
    [{ departmentId: ["Department:x", "Department:y"] }, "departmentId", /departmentId is given more than once/],
  ])("refuses %j naming %s", (query, argument, message) => {
    expect(() => parseDossierFilter(query)).toThrow(message);
    try {
      parseDossierFilter(query);
    } catch (e) {
      expect((e as { extensions: { argument: string } }).extensions.argument).toBe(argument);
    }
  });

  it("is offered by the tasks export, and refused as unknown by exports that have no department query", () => {
    expect(parseExportQuery(EXPORTS.tasks, { departmentId: "Department:x" }, 500).department).toMatchObject({ departmentId: "Department:x" });
    expect(() => parseExportQuery(EXPORTS.indicators, { departmentId: "Department:x" }, 500)).toThrow(/unknown parameter "departmentId"/);
  });
});
