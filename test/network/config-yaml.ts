/** Environment YAML for the network and storage spec tests. */
import { generateKeyPairSync } from "node:crypto";
import { iaasClusterSchema } from "../../src/config/schema/iaas";

/** A throwaway Ed25519 public key in OpenSSH form. */
function sshPublicKey(): string {
  const raw = generateKeyPairSync("ed25519").publicKey.export({ format: "der", type: "spki" }).subarray(-32);
  const field = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  return `ssh-ed25519 ${Buffer.concat([field(Buffer.from("ssh-ed25519")), field(raw)]).toString("base64")} test`;
}

const KEY = sshPublicKey();

/** The lines an IaaS cluster needs besides name and type (the IaaS spec may require a key). */
export function iaasRequired(indent = "    "): string {
  return "sshPublicKey" in iaasClusterSchema.shape ? `\n${indent}sshPublicKey: ${KEY}` : "";
}

/** An environment file with the given clusters (YAML list items, indented by 2). */
export function environmentYaml(clusters: string): string {
  return `location: westeurope
resourceGroup: rg-palette-test
clusters:
${clusters}`;
}
