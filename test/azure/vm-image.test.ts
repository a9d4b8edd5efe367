import { adminUsernameProblem } from "../../src/azure/admin-username";
import { copiedVhdBlobName, vhdUriProblem } from "../../src/azure/vm-image";

describe("VHD source URIs", () => {
  it("accepts an https .vhd URI", () =>
    expect(vhdUriProblem("https://images.example.com/palette/ubuntu-22.04-k8s.vhd")).toBeUndefined());
  it.each([
    ["not a url", "vhd-uri-syntax"],
    ["http://images.example.com/a.vhd", "vhd-uri-https"],
    ["https://images.example.com/a.vhdx", "vhd-uri-extension"],
    ["https://acct.blob.core.windows.net/c/a.vhd?sv=2022-11-02&sig=abc%3D", "vhd-uri-sas"],
  ])("refuses %j", (uri, code) => expect(vhdUriProblem(uri)?.code).toBe(code));
  it("names the copy after the source file", () => {
    expect(copiedVhdBlobName("https://x.example.com/a/b/ubuntu%2022.04.vhd?x=1")).toBe("ubuntu-22.04.vhd");
  });
});

describe("admin user names", () => {
  it.each(["azureuser", "ops_admin", "k8s-admin"])("accepts %s", (n) =>
    expect(adminUsernameProblem(n)).toBeUndefined(),
  );
  it.each([
    ["admin", "admin-username-reserved"],
    ["root", "admin-username-reserved"],
    ["Admin", "admin-username-syntax"],
    ["1ops", "admin-username-syntax"],
  ])("refuses %s", (n, code) => expect(adminUsernameProblem(n)?.code).toBe(code));
});
