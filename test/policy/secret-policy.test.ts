/**
 * PAZ-SECRET-001 over prod-edge's JSON with secrets planted where people put them: it finds each, names
 * where it sits and never prints it; Terraform references are not secrets.
 */
import { compliant, defaultStack, linesOf } from "./policy-fixtures";

const STORAGE_KEY = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256)).toString("base64");
const SAS =
  "sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=Qm9ndXNTaWduYXR1cmVGb3JUZXN0aW5nT25seQ%3D%3D";
const PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAtest\n-----END RSA PRIVATE KEY-----\n";
const SUBSCRIPTION = "0b1f6471-1bf0-4dda-aec3-cb9272f09590";

function planted(edit: (json: any) => void): any {
  const json = compliant(defaultStack("prod", "prod-edge"));
  edit(json);
  return json;
}

const secretLines = (json: any) => linesOf("prod-edge", json).filter((l) => l.includes("PAZ-SECRET-001"));

describe("PAZ-SECRET-001: no literal secret in the JSON", () => {
  it("passes on the stack as synthesized: its secrets are references to random_password and tls_private_key", () => {
    const json = planted(() => {});
    expect(JSON.stringify(json)).toContain("${random_password.");
    expect(JSON.stringify(json)).toContain("${tls_private_key.");
    expect(secretLines(json)).toEqual([]);
  });

  it("finds a storage account key, a SAS token, a PEM private key and a subscription id, without printing them", () => {
    const json = planted((j) => {
      j.output.storage_key = { value: STORAGE_KEY };
      j.resource.azurerm_storage_blob = {
        vhd: {
          name: "base.vhd",
          type: "Page",
          source_uri: `https://example.blob.core.windows.net/images/base.vhd?${SAS}`,
        },
      };
      j.locals.admin_key = PEM;
      j.provider.azurerm[0].subscription_id = SUBSCRIPTION;
      j.data.azurerm_resource_group.resource_group.id = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-palette-prod`;
    });
    const lines = secretLines(json);
    expect(lines).toEqual([
      "high PAZ-SECRET-001 prod-edge azurerm_storage_blob.vhd: holds a SAS token (source_uri)",
      "high PAZ-SECRET-001 prod-edge data.azurerm_resource_group.resource_group: holds an Azure subscription id (id)",
      "high PAZ-SECRET-001 prod-edge local.admin_key: holds a PEM private key ((value))",
      "high PAZ-SECRET-001 prod-edge output.storage_key: holds a storage account key (value)",
      "high PAZ-SECRET-001 prod-edge provider.azurerm: holds an Azure subscription id (subscription_id)",
    ]);
    for (const secret of [STORAGE_KEY, "sig=Qm9n", "MIIEowIBAAKCAQEAtest", SUBSCRIPTION])
      expect(lines.join("\n")).not.toContain(secret);
  });

  it("finds connection strings, passwords by attribute name, and secrets inside base64 custom data", () => {
    const json = planted((j) => {
      j.output.connection = {
        value: `DefaultEndpointsProtocol=https;AccountName=st;AccountKey=${STORAGE_KEY.slice(0, 20)}`,
      };
      j.resource.azurerm_linux_virtual_machine.iaas_control_plane_vm_0.admin_password = "Hunter2-Hunter2";
      j.resource.azurerm_linux_virtual_machine.iaas_control_plane_vm_1.custom_data = Buffer.from(
        "#cloud-config\nchpasswd:\n  list: |\n    azureuser:x\npassword: CorrectHorseBattery\n",
      ).toString("base64");
    });
    expect(secretLines(json)).toEqual([
      "high PAZ-SECRET-001 prod-edge azurerm_linux_virtual_machine.iaas_control_plane_vm_0: holds a literal admin_password (admin_password)",
      "high PAZ-SECRET-001 prod-edge azurerm_linux_virtual_machine.iaas_control_plane_vm_1: holds a password, secret or token (base64) (custom_data)",
      "high PAZ-SECRET-001 prod-edge output.connection: holds a connection string with a key or password (value)",
    ]);
  });

  it("ignores references, in attributes and inside text", () => {
    const json = planted((j) => {
      j.resource.azurerm_linux_virtual_machine.iaas_control_plane_vm_0.admin_password =
        "${random_password.iaas_secrets_certificate_key_seed.result}";
      j.output.connection = {
        value:
          "DefaultEndpointsProtocol=https;AccountName=st;AccountKey=${azurerm_storage_account.storage_account.primary_access_key}",
      };
      j.locals.join =
        'token: "${random_string.iaas_secrets_bootstrap_token_id.result}.${random_password.iaas_secrets_bootstrap_token_secret.result}"';
      j.output.sas = { value: "${data.azurerm_storage_account_sas.x.sas}", sensitive: true };
    });
    expect(secretLines(json)).toEqual([]);
  });
});
