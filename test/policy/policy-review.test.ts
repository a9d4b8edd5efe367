/** The review's Policy section: what `npm run review` shows of the policy, read from the same synthesis. */
import { renderReport } from "../../src/review/report";
import { compliant, defaultStack } from "./policy-fixtures";

const section = (markdown: string) => markdown.split("## Policy\n\n")[1].split("\n## ")[0];

describe("the review's Policy section", () => {
  it("lists failing findings, then accepted ones with the exception's reason", () => {
    const edge = compliant(defaultStack("prod", "prod-edge"));
    edge.resource.azurerm_storage_account.storage_account.min_tls_version = "TLS1_0";
    const policy = section(renderReport(new Map([["prod-edge", edge]])));
    expect(policy.split("\n").slice(0, 5)).toEqual([
      "**1 failing finding(s)** from 1 of the 26 rules (`npm run policy`, docs/policy.md).",
      "",
      "| Result | Rule | Stack | Resource | Finding | Setting |",
      "| --- | --- | --- | --- | --- | --- |",
      "| **medium** | PAZ-STORAGE-002 | prod-edge | `azurerm_storage_account.storage_account` | accepts TLS older than 1.2 | min_tls_version = TLS1_0 |",
    ]);
    expect(policy).toContain(
      "| accepted (PAZ-EXC-IAAS-API) | PAZ-PUBLIC-001 | prod-edge | `azurerm_lb_rule.iaas_api_rule` |",
    );
    expect(policy).toContain(
      "- accepted: the IaaS VHD storage account keeps its public endpoint (storage.networkAccess: public) so a runner outside the VNet can copy the base VHD; networkAccess: private makes the copy run inside the VNet (PAZ-EXC-VHD-COPY)",
    );
  });

  it("says so when every rule passes", () => {
    const apps = compliant(defaultStack("prod", "prod-apps"));
    expect(section(renderReport(new Map([["prod-apps", apps]])))).toBe(
      "Every one of the 26 rules passes (`npm run policy`, docs/policy.md).\n",
    );
  });
});
