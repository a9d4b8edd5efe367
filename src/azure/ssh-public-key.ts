/**
 * OpenSSH public keys as Azure Linux VMs accept them: RSA of 2048 bits or more, or Ed25519
 * (https://learn.microsoft.com/azure/virtual-machines/linux/mac-create-ssh-keys). The key blob is
 * decoded, so a truncated paste or a mismatched type is caught at synth. Pure: no cdktf here.
 */
import { problem, Problem } from "../core/issues";

export const SSH_KEY_TYPES = ["ssh-rsa", "ssh-ed25519"] as const;
export const MIN_RSA_BITS = 2048;

/** Why `key` is not a usable public key, or undefined. */
export function sshPublicKeyProblem(key: string): Problem | undefined {
  if (/PRIVATE KEY/.test(key))
    return problem(
      "ssh-key-private",
      "this is a private key: paste the public key (the .pub file), and never commit a private key",
      key,
    );
  const trimmed = key.trim();
  if (/[\r\n]/.test(trimmed))
    return problem("ssh-key-multiline", "an SSH public key is one line: `<type> <base64> [comment]`", key);
  const [type, blob] = trimmed.split(/\s+/);
  if (type === undefined || blob === undefined)
    return problem("ssh-key-syntax", "an SSH public key looks like `ssh-ed25519 AAAAC3... you@example.com`", key);
  if (type.startsWith("ecdsa-") || type.startsWith("sk-"))
    return problem(
      "ssh-key-type-unsupported",
      `${type} keys are not accepted by Azure Linux VMs; use ssh-ed25519 or ssh-rsa (2048 bits or more)`,
      key,
    );
  if (!(SSH_KEY_TYPES as readonly string[]).includes(type))
    return problem(
      "ssh-key-type-unknown",
      `${JSON.stringify(type)} is not an SSH public key type; use ssh-ed25519 or ssh-rsa`,
      key,
    );
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(blob))
    return problem("ssh-key-base64", "the key's second field is not base64", key);
  const fields = readSshFields(Buffer.from(blob, "base64"));
  if (fields === undefined || fields[0]?.toString("latin1") !== type)
    return problem("ssh-key-data", `the key data does not hold a ${type} key (truncated or mangled when pasted?)`, key);
  if (type === "ssh-ed25519")
    return fields.length === 2 && fields[1].length === 32
      ? undefined
      : problem("ssh-key-ed25519-length", "the Ed25519 key data is not 32 bytes (truncated?)", key);
  if (fields.length !== 3) return problem("ssh-key-rsa-incomplete", "the RSA key data is incomplete (truncated?)", key);
  const bits = mpintBits(fields[2]);
  return bits < MIN_RSA_BITS
    ? problem("ssh-key-rsa-bits", `this RSA key has ${bits} bits; Azure needs at least ${MIN_RSA_BITS}`, key)
    : undefined;
}

/** The length-prefixed fields of an SSH wire-format blob, or undefined when it is malformed. */
function readSshFields(data: Buffer): Buffer[] | undefined {
  const fields: Buffer[] = [];
  let at = 0;
  while (at < data.length) {
    if (at + 4 > data.length) return undefined;
    const length = data.readUInt32BE(at);
    if (at + 4 + length > data.length) return undefined;
    fields.push(data.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return fields;
}

function mpintBits(value: Buffer): number {
  let i = 0;
  while (i < value.length && value[i] === 0) i++;
  if (i === value.length) return 0;
  return (value.length - i - 1) * 8 + (32 - Math.clz32(value[i]));
}
