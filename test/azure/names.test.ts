import { clusterNameProblem, resourceName, stableHash, stackName } from "../../src/azure/names";

describe("derived names", () => {
  it("builds <cluster>-<env>-<role> and <env>-<cluster>", () => {
    expect(resourceName("edge", "prod", "vnet")).toBe("edge-prod-vnet");
    expect(stackName("prod", "edge")).toBe("prod-edge");
  });

  it("hashes stably and to the requested length", () => {
    expect(stableHash(["prod", "edge"], 12)).toBe(stableHash(["prod", "edge"], 12));
    expect(stableHash(["prod", "edge"], 12)).toMatch(/^[0-9a-f]{12}$/);
    expect(stableHash(["prod", "edge"], 12)).not.toBe(stableHash(["prode", "dge"], 12));
  });

  it("checks cluster names", () => {
    expect(clusterNameProblem("edge")).toBeUndefined();
    expect(clusterNameProblem("Edge")?.code).toBe("cluster-name-syntax");
    expect(clusterNameProblem("xwindowsx")?.code).toBe("cluster-name-reserved-word");
    expect(clusterNameProblem("xwindowsx")?.message).toContain('"windows"');
  });
});
