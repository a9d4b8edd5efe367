import { generateKeyPairSync } from "node:crypto";
import { sshPublicKeyProblem } from "../../src/azure/ssh-public-key";

/** SSH wire format: each field length-prefixed (RFC 4253). */
function wire(...fields: Buffer[]): string {
  return Buffer.concat(
    fields.flatMap((f) => [Buffer.from([0, 0, 0, 0].map((_, i) => (f.length >>> (24 - 8 * i)) & 255)), f]),
  ).toString("base64");
}
const text = (s: string) => Buffer.from(s, "latin1");

function ed25519Key(): string {
  const jwk = generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" });
  return `ssh-ed25519 ${wire(text("ssh-ed25519"), Buffer.from(jwk.x!, "base64url"))} me@example.com`;
}

function rsaKey(bits: number): string {
  const jwk = generateKeyPairSync("rsa", { modulusLength: bits }).publicKey.export({ format: "jwk" });
  const mpint = (b64: string) => {
    const raw = Buffer.from(b64, "base64url");
    return raw[0] & 0x80 ? Buffer.concat([Buffer.from([0]), raw]) : raw;
  };
  return `ssh-rsa ${wire(text("ssh-rsa"), mpint(jwk.e!), mpint(jwk.n!))}`;
}

describe("SSH public keys", () => {
  it("accepts an Ed25519 key, with or without a comment", () => {
    const key = ed25519Key();
    expect(sshPublicKeyProblem(key)).toBeUndefined();
    expect(sshPublicKeyProblem(key.split(" ").slice(0, 2).join(" "))).toBeUndefined();
  });

  it("accepts RSA keys of 2048 bits or more and refuses shorter ones", () => {
    expect(sshPublicKeyProblem(rsaKey(2048))).toBeUndefined();
    expect(sshPublicKeyProblem(rsaKey(3072))).toBeUndefined();
    expect(sshPublicKeyProblem(rsaKey(1024))?.code).toBe("ssh-key-rsa-bits");
    expect(sshPublicKeyProblem(rsaKey(1024))?.message).toContain("1024");
  });

  it.each([
    ["-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----", "ssh-key-private"],
    ["ssh-ed25519", "ssh-key-syntax"],
    ["ecdsa-sha2-nistp256 AAAAE2VjZHNh", "ssh-key-type-unsupported"],
    ["ssh-dss AAAAB3NzaC1kc3M=", "ssh-key-type-unknown"],
    ["ssh-ed25519 not*base64", "ssh-key-base64"],
    ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGM/fK7n3Y1+zDyAmBhAIztr9nQ2", "ssh-key-data"],
    [
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGM/fK7n3Y1+zDyAmBhAIztr9nQ2IqnUbZH+FvmF9qvQ\nssh-ed25519 AAAA",
      "ssh-key-multiline",
    ],
  ])("refuses %j", (key, code) => expect(sshPublicKeyProblem(key)?.code).toBe(code));

  it("refuses an RSA blob under an ed25519 label", () => {
    const [, blob] = rsaKey(2048).split(" ");
    expect(sshPublicKeyProblem(`ssh-ed25519 ${blob}`)?.code).toBe("ssh-key-data");
    expect(sshPublicKeyProblem(`ssh-ed25519 ${blob}`)?.message).toContain("ssh-ed25519");
  });
});
