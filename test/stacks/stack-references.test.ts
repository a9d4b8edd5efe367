/**
 * In the app, our stacks skip cdktf's preparing pass (ReadableStack.prepareStack), which would turn a
 * reference into another stack into remote state. Such a reference then points at an address its
 * stack lacks: undeclaredReferences finds it, and the golden and fleet tests hold every synthesized
 * stack to none. Library users' apps keep cdktf's pass and its remote state.
 */
import { App, Testing } from "cdktf";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { addAzurermProvider } from "../../src/providers/azurerm";
import { NO_CROSS_STACK_REFERENCES, ReadableStack } from "../../src/stacks/readable-stack";
import { undeclaredReferences } from "./stack-references";

class PlainStack extends ReadableStack {}

function twoStacks(context: Record<string, unknown> = { [NO_CROSS_STACK_REFERENCES]: true }) {
  const app = Testing.app({ context });
  const first = new PlainStack(app, "first");
  const second = new PlainStack(app, "second");
  addAzurermProvider(first);
  addAzurermProvider(second);
  const group = new ResourceGroup(first, "group", { name: "rg-first", location: "westeurope" });
  return { app, first, second, group };
}

/** The stack's JSON as the app writes it: app.synth() runs the stacks' preparing pass, Testing.synth does not. */
function synth(stack: ReadableStack) {
  const app = stack.node.scope as App;
  app.synth();
  return JSON.parse(readFileSync(join(app.outdir, "stacks", stack.node.id, "cdk.tf.json"), "utf8"));
}

describe("references between stacks", () => {
  it("point at an address the stack lacks, in the app (it skips cdktf's pass), and are found", () => {
    const { second, group } = twoStacks();
    new UserAssignedIdentity(second, "identity", {
      name: "id-second",
      location: "westeurope",
      resourceGroupName: group.name,
    });
    expect(undeclaredReferences(synth(second))).toEqual(["azurerm_resource_group.group"]);
  });

  it("become remote state, as cdktf makes them, in an app without the app's context key", () => {
    const { second, group } = twoStacks({});
    new UserAssignedIdentity(second, "identity", {
      name: "id-second",
      location: "westeurope",
      resourceGroupName: group.name,
    });
    const json = synth(second);
    expect(undeclaredReferences(json)).toEqual([]);
    expect(Object.keys(json.data.terraform_remote_state)).toHaveLength(1);
  });

  it("are not reported within a stack, for data sources, locals, or Terraform's $${ escape", () => {
    const { first, group } = twoStacks();
    const client = new DataAzurermClientConfig(first, "client", {});
    new UserAssignedIdentity(first, "identity", {
      name: `id-${client.tenantId}`,
      location: "westeurope",
      resourceGroupName: group.name,
      tags: { note: "$${not_a.reference} ${upper(local.some_value)}" },
    });
    expect(undeclaredReferences(synth(first))).toEqual([]);
  });
});
