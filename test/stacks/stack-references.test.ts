/**
 * Our stacks skip cdktf's preparing pass (ReadableStack.prepareStack), which would turn a reference
 * into another stack into remote state. Such a reference now points at an address its stack lacks:
 * undeclaredReferences finds it, and the golden and fleet tests hold every synthesized stack to none.
 */
import { App, Testing } from "cdktf";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { addAzurermProvider } from "../../src/providers/azurerm";
import { ReadableStack } from "../../src/stacks/readable-stack";
import { undeclaredReferences } from "./stack-references";

class PlainStack extends ReadableStack {}

function twoStacks() {
  const app = Testing.app();
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
  it("are found when a stack uses another stack's resource", () => {
    const { second, group } = twoStacks();
    new UserAssignedIdentity(second, "identity", {
      name: "id-second",
      location: "westeurope",
      resourceGroupName: group.name,
    });
    expect(undeclaredReferences(synth(second))).toEqual(["azurerm_resource_group.group"]);
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
