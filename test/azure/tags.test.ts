import { mergeTags, parseTagString, tagNameProblem, tagProblems, tagValueProblem } from "../../src/azure/tags";

describe("Azure tag rules", () => {
  it.each([
    ["azure", 'starting with "azure" are reserved'],
    ["Azure-Owner", 'starting with "azure" are reserved'],
    ["AZUREthing", 'starting with "azure" are reserved'],
    ["microsoft.foo", 'starting with "microsoft" are reserved'],
    ["MicroSoft", 'starting with "microsoft" are reserved'],
    ["windows", 'starting with "windows" are reserved'],
    ["WINDOWS-version", 'starting with "windows" are reserved'],
    ["", "must not be empty"],
    ["a".repeat(513), "at most 512 characters (this one has 513)"],
    ["a<b", 'must not contain "<"'],
    ["a>b", 'must not contain ">"'],
    ["a%b", 'must not contain "%"'],
    ["a&b", 'must not contain "&"'],
    ["a\\b", 'must not contain "\\"'],
    ["a?b", 'must not contain "?"'],
    ["a/b", 'must not contain "/"'],
  ])("refuses the name %j", (name, expected) => {
    expect(tagNameProblem(name)).toContain(expected);
  });

  it.each(["owner", "cost-center", "my-azure", "team_windows", "a".repeat(512), "env:name", "x.y"])(
    "accepts the name %j",
    (name) => {
      expect(tagNameProblem(name)).toBeUndefined();
    },
  );

  it("limits values to 256 characters", () => {
    expect(tagValueProblem("v".repeat(256))).toBeUndefined();
    expect(tagValueProblem("v".repeat(257))).toContain("at most 256 characters");
  });

  it("limits a resource to 50 tags", () => {
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`t${i}`, "v"]));
    expect(tagProblems(fifty)).toEqual([]);
    expect(tagProblems({ ...fifty, extra: "v" })).toEqual([{ message: "at most 50 tags per resource (here 51)" }]);
  });

  it("treats names differing only in case as the same tag", () => {
    expect(tagProblems({ Owner: "a", owner: "b" })[0].message).toContain("case-insensitive");
  });

  it("splits Palette's key:value strings on the first colon", () => {
    expect(parseTagString("department:finance")).toEqual(["department", "finance"]);
    expect(parseTagString("url:https://example.com:8443")).toEqual(["url", "https://example.com:8443"]);
    expect(parseTagString("bare")).toEqual(["bare", ""]);
  });

  it("merges layers case-insensitively, later layers winning, keys sorted", () => {
    expect(mergeTags({ Owner: "env", b: "1" }, { owner: "cluster", a: "2" })).toEqual({
      a: "2",
      b: "1",
      owner: "cluster",
    });
    expect(Object.keys(mergeTags({ z: "1", a: "2" }))).toEqual(["a", "z"]);
  });
});
