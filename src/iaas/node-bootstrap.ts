/**
 * The custom data of one node role: the rendered cloud-config with its slots filled by Terraform
 * references, kept in a local so the JSON shows each role's document once, readable, and the
 * VMs and scale sets pass `base64encode(local.<name>)`.
 *
 * Custom data (unlike user data) is not served by the Instance Metadata Service, so pods cannot
 * read the join token from it; it is in the Terraform state, and on the node in root-only files.
 */
import { Fn, TerraformLocal } from "cdktf";
import { Construct } from "constructs";
import { CloudConfigInput, renderCloudConfig } from "./bootstrap/cloud-config";
import {
  escapeTerraformTemplate,
  fillSlots,
  maxFilledBytes,
  renderWithSlots,
  SlottedTemplate,
  SlotValues,
} from "./bootstrap/template-slots";
import { problem, Problem } from "../core/issues";

/** Azure's limit on decoded custom data. */
export const MAX_CUSTOM_DATA_BYTES = 65535;

/** Why this cloud-config may not fit into custom data once its slots are filled, or undefined. */
export function customDataSizeProblem(template: SlottedTemplate): Problem | undefined {
  const bytes = maxFilledBytes(template);
  if (bytes <= MAX_CUSTOM_DATA_BYTES) return undefined;
  return problem(
    "custom-data-size",
    `the node bootstrap (cloud-config) can reach ${bytes} bytes; Azure accepts at ` +
      `most ${MAX_CUSTOM_DATA_BYTES} bytes of custom data (a large proxy.trustedCa ` +
      `bundle?)`,
  );
}

export interface NodeBootstrapProps extends Omit<CloudConfigInput, "markers"> {
  /** Terraform references for the slots. */
  readonly slots: SlotValues;
}

export class NodeBootstrap extends Construct {
  /** The rendered document with its slot markers unfilled: what tests validate. */
  public readonly template: SlottedTemplate;
  public readonly cloudConfig: TerraformLocal;
  /** `base64encode(local.<cloud-config>)`, for `custom_data`. */
  public readonly customData: string;

  constructor(scope: Construct, id: string, props: NodeBootstrapProps) {
    super(scope, id);
    this.template = renderWithSlots((markers) => renderCloudConfig({ ...props, markers }), props);
    const escaped = { ...this.template, text: escapeTerraformTemplate(this.template.text) };
    this.cloudConfig = new TerraformLocal(this, "cloud_config", fillSlots(escaped, props.slots));
    this.customData = Fn.base64encode(this.cloudConfig.asString);
  }
}
