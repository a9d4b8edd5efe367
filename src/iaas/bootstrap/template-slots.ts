/**
 * Bootstrap documents are rendered at synth, but some of their values only exist at apply (the
 * generated tokens, keys and CA, the API load balancer's address). The renderer writes a marker
 * for each of these slots; the construct fills the markers with Terraform references, a test fills
 * them with sample values. Pure: no cdktf here.
 *
 * Spec values (proxy URLs, labels, a proxy CA) are rendered into the same documents, so a marker
 * must never be something a spec value could contain: `renderWithSlots` picks markers that occur
 * nowhere else in the rendered text, and `fillSlots` replaces exactly those, in one pass.
 */

export const SLOT_NAMES = [
  "apiHost",
  "controlPlaneToken",
  "workerToken",
  "certificateKey",
  "caCertificateBase64",
  "caKeyBase64",
  // The cloud provider's azure.json: read at apply (azurerm_client_config) or names that may be references.
  "tenantId",
  "subscriptionId",
  "identityClientId",
  "resourceGroup",
  "vnetName",
  "vnetResourceGroup",
  "subnetName",
  "securityGroupName",
  "securityGroupResourceGroup",
  "routeTableName",
  "routeTableResourceGroup",
] as const;
export type SlotName = (typeof SLOT_NAMES)[number];
export type SlotValues = Readonly<Record<SlotName, string>>;
/** The marker of each slot in one rendered document. */
export type SlotMarkers = Readonly<Record<SlotName, string>>;

/** A rendered document and the tag of its slot markers (`@@<tag>:<slot>@@`). */
export interface SlottedTemplate {
  readonly text: string;
  readonly tag: number;
}

function markersFor(tag: number): SlotMarkers {
  return Object.fromEntries(SLOT_NAMES.map((name) => [name, `@@${tag}:${name}@@`])) as Record<SlotName, string>;
}

/**
 * Renders with the first marker tag that no spec value spells. When nothing in `inputs` (what
 * `render` renders from) contains `@@`, no value can spell a marker and tag 0 is rendered once.
 * Otherwise: rendered with tag t and with tag t+1, then filled with the same probe values, the two
 * texts only agree when every marker the fill replaced is one the renderer wrote (a value holding
 * `@@t:caKeyBase64@@` is filled in one and not the other).
 */
export function renderWithSlots(render: (markers: SlotMarkers) => string, inputs: unknown): SlottedTemplate {
  if (!spellsMarkerStart(inputs)) return { text: render(markersFor(0)), tag: 0 };
  const probe = Object.fromEntries(SLOT_NAMES.map((name) => [name, `<${name}>`])) as Record<SlotName, string>;
  for (let tag = 0; ; tag++) {
    const template = { text: render(markersFor(tag)), tag };
    const next = { text: render(markersFor(tag + 1)), tag: tag + 1 };
    if (fillSlots(template, probe) === fillSlots(next, probe)) return template;
  }
}

/** Whether any string in `inputs` contains `@@` (JSON never escapes `@`); true when it cannot tell. */
function spellsMarkerStart(inputs: unknown): boolean {
  try {
    return JSON.stringify(inputs ?? null).includes("@@");
  } catch {
    return true;
  }
}

/** Replaces the template's slot markers with their values, left to right in one pass. */
export function fillSlots(template: SlottedTemplate, values: SlotValues): string {
  const marker = new RegExp(`@@${template.tag}:(${SLOT_NAMES.join("|")})@@`, "g");
  return template.text.replace(marker, (_, name: SlotName) => values[name]);
}

/**
 * The longest value each slot can take, for the custom-data size check: a DNS-label FQDN, kubeadm
 * tokens, 64 hex digits, base64 of an RSA-2048 CA certificate and of its PKCS#1 key (rounded up
 * generously), GUIDs, and Azure's name limits (resource groups 90, VNets 64, subnets, NSGs and route
 * tables 80).
 */
export const SLOT_MAX_LENGTH: Readonly<Record<SlotName, number>> = {
  apiHost: 100,
  controlPlaneToken: 23,
  workerToken: 23,
  certificateKey: 64,
  caCertificateBase64: 2400,
  caKeyBase64: 2600,
  tenantId: 36,
  subscriptionId: 36,
  identityClientId: 36,
  resourceGroup: 90,
  vnetName: 64,
  vnetResourceGroup: 90,
  subnetName: 80,
  securityGroupName: 80,
  securityGroupResourceGroup: 90,
  routeTableName: 80,
  routeTableResourceGroup: 90,
};

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
export function maxFilledBytes(template: SlottedTemplate): number {
  const longest = Object.fromEntries(SLOT_NAMES.map((n) => [n, "x".repeat(SLOT_MAX_LENGTH[n])])) as Record<
    SlotName,
    string
  >;
  return Buffer.byteLength(fillSlots(template, longest), "utf8");
}
