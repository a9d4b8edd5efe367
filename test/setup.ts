import { Testing } from "cdktf";

// Registers cdktf's matchers (toHaveResource, toHaveResourceWithProperties, ...). jest-light-runner
// runs this once per test process, before its first file: matchers stay, but hooks (beforeEach, ...)
// registered here would apply to that first file only. Put hooks in the test files.
Testing.setupJest();
