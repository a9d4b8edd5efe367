/** cdktf's per-token creation traces: off in normal runs (they cost time and memory), on with PALETTE_DEBUG. */
import { Lazy, Tokenization } from "cdktf";
import { setCreationTraces } from "../../src/app/creation-traces";

const creationStackOfNewToken = (): string[] => {
  const token = Lazy.stringValue({ produce: () => "x" });
  const reversed = Tokenization.reverseString(token).firstToken;
  if (reversed === undefined) throw new Error("not a token");
  return reversed.creationStack;
};

afterAll(() => setCreationTraces(true));

it("records no creation trace when off, and a trace naming the caller when on", () => {
  setCreationTraces(false);
  expect(creationStackOfNewToken()).toEqual([]);
  setCreationTraces(true);
  expect(creationStackOfNewToken().join("\n")).toContain("creationStackOfNewToken");
});
