/**
 * Bootstrap documents are rendered at synth, but some of their values only exist at apply (the
 * load balancer's address, the generated token, keys and CA). The renderer writes a named slot
 * for each; the construct fills the slots with Terraform references, a test fills them with
 * sample values. Pure: no cdktf here.
 */

export const SLOT_NAMES = ["apiHost", "bootstrapToken", "certificateKey", "caCertificateBase64", "caKeyBase64"] as const;
export type SlotName = (typeof SLOT_NAMES)[number];
export type SlotValues = Readonly<Record<SlotName, string>>;

/** The marker of a slot in a rendered document: `@@apiHost@@`. */
export function slot(name: SlotName): string {
  return `@@${name}@@`;
}

/**
 * The longest value each slot can take, for the custom-data size check: a DNS-label FQDN, a
 * kubeadm token, 64 hex digits, base64 of an RSA-2048 CA certificate and of its PKCS#1 key
 * (rounded up generously).
 */
export const SLOT_MAX_LENGTH: Readonly<Record<SlotName, number>> = {
  apiHost: 100,
  bootstrapToken: 23,
  certificateKey: 64,
  caCertificateBase64: 2400,
  caKeyBase64: 2600,
};

/** Replaces every slot marker with its value. */
export function fillSlots(template: string, values: SlotValues): string {
  return SLOT_NAMES.reduce((text, name) => text.split(slot(name)).join(values[name]), template);
}

/**
 * Makes literal text safe inside a Terraform string template: `${` and `%{` in shell scripts and
 * systemd units would otherwise be read as interpolations and directives.
 */
export function escapeTerraformTemplate(text: string): string {
  // Replacement functions: in a replacement string "$$" would mean one "$".
  return text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/** What Terraform makes of an escaped template (for tests and size estimates). */
export function unescapeTerraformTemplate(text: string): string {
  return text.replace(/\$\$\{/g, () => "${").replace(/%%\{/g, () => "%{");
}

/** Bytes of `template` once every slot holds its longest value. */
export function maxFilledBytes(template: string): number {
  const longest = Object.fromEntries(SLOT_NAMES.map((n) => [n, "x".repeat(SLOT_MAX_LENGTH[n])])) as Record<SlotName, string>;
  return Buffer.byteLength(fillSlots(template, longest), "utf8");
}
