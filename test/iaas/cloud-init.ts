/**
 * Runs cloud-init's own schema validator (`cloud-init schema --config-file`) on rendered
 * documents. Tests that call it run inside `describeWithTool(CLOUD_INIT, ...)`.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROCESS_TIMEOUT_MS, tempDir } from "../helpers";
import { CLOUD_INIT, commandPath } from "../system-tool";

export interface SchemaResult {
  readonly valid: boolean;
  readonly output: string;
}

const dir = tempDir("cloud-init-");
let count = 0;

/**
 * Validates every document in one cloud-init process (./cloud-init-schema.py runs the command's own
 * code once per document): starting Python and cloud-init costs ~0.4 s, a check a few milliseconds.
 */
export function cloudInitSchemas(documents: readonly string[]): SchemaResult[] {
  const files = documents.map((document) => {
    const file = join(dir, `user-data-${count++}.yaml`);
    writeFileSync(file, document);
    return file;
  });
  // cloud-init's modules belong to the Python its command starts with, not to whichever is first on PATH.
  const python = readFileSync(commandPath(CLOUD_INIT), "utf8")
    .split("\n")[0]
    .replace(/^#!\s*/, "")
    .split(/\s+/);
  const run = spawnSync(python[0], [...python.slice(1), join(__dirname, "cloud-init-schema.py"), ...files], {
    encoding: "utf8",
    timeout: PROCESS_TIMEOUT_MS,
  });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`cloud-init-schema.py exited ${run.status}: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { status: number; output: string }[]).map((r) => ({
    valid: r.status === 0,
    output: r.output.trim(),
  }));
}

/** Sample apply-time values for the Terraform references in a synthesized cloud-config local. */
const SAMPLE_CERT_B64 = Buffer.from("-----BEGIN CERTIFICATE-----\nMIIBsample\n-----END CERTIFICATE-----\n").toString(
  "base64",
);
const SAMPLES: [RegExp, string][] = [
  [/^azurerm_public_ip\.[\w-]+\.(ip_address|fqdn)$/, "20.50.60.70"],
  [/^random_string\.[\w-]+\.result$/, "abcdef"],
  [/^random_password\.[\w-]+\.result$/, "0123456789abcdef"],
  [/^sha256\(random_password\.[\w-]+\.result\)$/, "a".repeat(64)],
  [/^data\.azurerm_client_config\.[\w-]+\.tenant_id$/, "11111111-2222-3333-4444-555555555555"],
  [/^data\.azurerm_client_config\.[\w-]+\.subscription_id$/, "66666666-7777-8888-9999-000000000000"],
  [/^azurerm_user_assigned_identity\.[\w-]+\.client_id$/, "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"],
  [/^base64encode\(tls_self_signed_cert\.[\w-]+\.cert_pem\)$/, SAMPLE_CERT_B64],
  [
    /^base64encode\(tls_private_key\.[\w-]+\.private_key_pem\)$/,
    Buffer.from("-----BEGIN RSA PRIVATE KEY-----\nsample\n-----END RSA PRIVATE KEY-----\n").toString("base64"),
  ],
];

/** Every `${...}` Terraform would evaluate in `template` (escaped `$${` excluded). */
export function terraformReferences(template: string): string[] {
  return [...template.matchAll(/(?<!\$)\$\{([^}]*)\}/g)].map((m) => m[1]);
}

/**
 * What a node receives: the synthesized template with its references replaced by sample values
 * and `$${` / `%%{` unescaped, as Terraform does. Throws on a reference it does not expect.
 */
export function evaluateTemplate(template: string): string {
  return template
    .replace(/(?<!\$)\$\{([^}]*)\}/g, (_, ref: string) => {
      const sample = SAMPLES.find(([pattern]) => pattern.test(ref));
      if (!sample) throw new Error(`unexpected Terraform reference in the bootstrap: \${${ref}}`);
      return sample[1];
    })
    .replace(/\$\$\{/g, () => "${")
    .replace(/%%\{/g, () => "%{");
}
