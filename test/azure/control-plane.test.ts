import { controlPlaneCountProblem, spreadOverZones } from "../../src/azure/control-plane";

describe("control-plane count", () => {
  it.each([1, 3, 5])("accepts %d", (n) => expect(controlPlaneCountProblem(n)).toBeUndefined());
  it("refuses an even count and says why", () => {
    expect(controlPlaneCountProblem(2)).toBe(
      "control-plane count is 1, 3 or 5 (2 is even: etcd needs 2 of them, so it survives 0 failure(s), the same as 1)",
    );
    expect(controlPlaneCountProblem(4)).toContain(
      "(4 is even: etcd needs 3 of them, so it survives 1 failure(s), the same as 3)",
    );
  });
  it.each([0, 7, -1, 1.5])("refuses %d", (n) =>
    expect(controlPlaneCountProblem(n)).toBe("control-plane count is 1, 3 or 5"),
  );
});

describe("spreading nodes over zones", () => {
  it("goes round-robin in the order given", () => {
    expect(spreadOverZones(5, ["1", "2", "3"])).toEqual(["1", "2", "3", "1", "2"]);
    expect(spreadOverZones(3, ["2", "1"])).toEqual(["2", "1", "2"]);
    expect(spreadOverZones(1, ["3"])).toEqual(["3"]);
  });
});
