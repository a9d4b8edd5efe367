import { controlPlaneCountProblem, spreadOverZones } from "../../src/azure/control-plane";

describe("control-plane count", () => {
  it.each([1, 3, 5])("accepts %d", (n) => expect(controlPlaneCountProblem(n)).toBeUndefined());
  it("refuses an even count and says why", () => {
    expect(controlPlaneCountProblem(2)?.code).toBe("control-plane-count-even");
    expect(controlPlaneCountProblem(2)?.message).toContain("the same as 1");
    expect(controlPlaneCountProblem(4)?.code).toBe("control-plane-count-even");
    expect(controlPlaneCountProblem(4)?.message).toContain("the same as 3");
  });
  it.each([0, 7, -1, 1.5])("refuses %d", (n) => expect(controlPlaneCountProblem(n)?.code).toBe("control-plane-count"));
});

describe("spreading nodes over zones", () => {
  it("goes round-robin in the order given", () => {
    expect(spreadOverZones(5, ["1", "2", "3"])).toEqual(["1", "2", "3", "1", "2"]);
    expect(spreadOverZones(3, ["2", "1"])).toEqual(["2", "1", "2"]);
    expect(spreadOverZones(1, ["3"])).toEqual(["3"]);
  });
});
