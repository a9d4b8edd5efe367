/** Stack outputs with stable names: what other stacks and people read from a cluster stack. */
import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";

export interface OutputValue {
  readonly value: string;
  readonly sensitive?: boolean;
}

/**
 * One TerraformOutput per name of `descriptions`, directly under `stack` so the JSON's output
 * names are exactly those keys (a construct path would add a hash suffix).
 */
export function addDescribedOutputs<Name extends string>(
  stack: Construct,
  descriptions: Readonly<Record<Name, string>>,
  values: Readonly<Record<Name, OutputValue>>,
): Record<Name, TerraformOutput> {
  const outputs = {} as Record<Name, TerraformOutput>;
  for (const name of Object.keys(descriptions) as Name[]) {
    outputs[name] = new TerraformOutput(stack, name, { description: descriptions[name], ...values[name] });
  }
  return outputs;
}
