import { adminUsernameProblem } from "../../src/azure/admin-username";
import { copiedVhdBlobName, vhdUriProblem } from "../../src/azure/vm-image";

describe("VHD source URIs", () => {
  it("accepts an https .vhd URI", () =>
    expect(vhdUriProblem("https://images.example.com/palette/ubuntu-22.04-k8s.vhd")).toBeUndefined());
  it.each([
    ["not a url", "is not a URL"],
    ["http://images.example.com/a.vhd", "must be fetched over https"],
    ["https://images.example.com/a.vhdx", "must be a .vhd page blob"],
    ["https://acct.blob.core.windows.net/c/a.vhd?sv=2022-11-02&sig=abc%3D", "carries a SAS signature"],
  ])("refuses %j", (uri, message) => expect(vhdUriProblem(uri)).toContain(message));
  it("names the copy after the source file", () => {
    expect(copiedVhdBlobName("https://x.example.com/a/b/ubuntu%2022.04.vhd?x=1")).toBe("ubuntu-22.04.vhd");
  });
});

describe("admin user names", () => {
  it.each(["azureuser", "ops_admin", "k8s-admin"])("accepts %s", (n) =>
    expect(adminUsernameProblem(n)).toBeUndefined(),
  );
  it.each([
    ["admin", "reserved by Azure"],
    ["root", "reserved by Azure"],
    ["Admin", "lowercase"],
    ["1ops", "not starting with a digit"],
  ])("refuses %s", (n, message) => expect(adminUsernameProblem(n)).toContain(message));
});
