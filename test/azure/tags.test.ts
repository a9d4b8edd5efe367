import { mergeTags, parseTagString, tagNameProblem, tagIssues, tagValueProblem } from "../../src/azure/tags";

describe("Azure tag rules", () => {
  // The fragment is what the message must name: the reserved prefix, the length, the forbidden character.
  it.each([
    ["azure", "tag-name-reserved", '"azure"'],
    ["Azure-Owner", "tag-name-reserved", '"azure"'],
    ["AZUREthing", "tag-name-reserved", '"azure"'],
    ["microsoft.foo", "tag-name-reserved", '"microsoft"'],
    ["MicroSoft", "tag-name-reserved", '"microsoft"'],
    ["windows", "tag-name-reserved", '"windows"'],
    ["WINDOWS-version", "tag-name-reserved", '"windows"'],
    ["a".repeat(513), "tag-name-length", "513"],
    ["a<b", "tag-name-characters", '"<"'],
    ["a>b", "tag-name-characters", '">"'],
    ["a%b", "tag-name-characters", '"%"'],
    ["a&b", "tag-name-characters", '"&"'],
    ["a\\b", "tag-name-characters", '"\\"'],
    ["a?b", "tag-name-characters", '"?"'],
    ["a/b", "tag-name-characters", '"/"'],
  ])("refuses the name %j", (name, code, fragment) => {
    expect(tagNameProblem(name)?.code).toBe(code);
    expect(tagNameProblem(name)?.message).toContain(fragment);
  });
  it("refuses the empty name", () => expect(tagNameProblem("")?.code).toBe("tag-name-empty"));

  it.each(["owner", "cost-center", "my-azure", "team_windows", "a".repeat(512), "env:name", "x.y"])(
    "accepts the name %j",
    (name) => {
      expect(tagNameProblem(name)).toBeUndefined();
    },
  );

  it("limits values to 256 characters", () => {
    expect(tagValueProblem("v".repeat(256))).toBeUndefined();
    expect(tagValueProblem("v".repeat(257))?.code).toBe("tag-value-length");
  });

  it("limits a resource to 50 tags", () => {
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`t${i}`, "v"]));
    expect(tagIssues(fifty)).toEqual([]);
    // The whole set, not one tag: no name.
    expect(tagIssues({ ...fifty, extra: "v" })).toEqual([{ code: "tags-too-many", message: expect.any(String) }]);
  });

  it("treats names differing only in case as the same tag", () => {
    expect(tagIssues({ Owner: "a", owner: "b" })).toEqual([
      expect.objectContaining({ code: "tag-name-duplicate", name: "owner" }),
    ]);
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
