/**
 * The review's report of the committed environments, read from their real synthesis: exposure,
 * settings, pools, what each stack creates and looks up, and topology diagrams Mermaid's own parser accepts.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { renderReport } from "../../src/review/report";
import { Synthesis } from "../../src/review/stack-json";
import { topologyOf } from "../../src/review/topology";
import { PROCESS_TIMEOUT_MS, REPO_ROOT } from "../helpers";
import { edit, synthesisOf } from "./edited-synthesis";

let all: Synthesis;
let report: string;
beforeAll(() => {
  all = new Map([...synthesisOf("dev"), ...synthesisOf("staging"), ...synthesisOf("prod")]);
  report = renderReport(all);
});

/** Mermaid's parser's verdict on each diagram, by name: "ok" or its error. */
function mermaidVerdicts(diagrams: Record<string, string>): Record<string, string> {
  const run = spawnSync(process.execPath, [join(__dirname, "mermaid-parse.mjs")], {
    cwd: REPO_ROOT,
    input: JSON.stringify(diagrams),
    encoding: "utf8",
    timeout: PROCESS_TIMEOUT_MS,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Record<string, string>;
}

describe("exposure", () => {
  const rowsOf = (stack: string) => report.split("\n").filter((line) => line.startsWith(`| ${stack} |`));

  it("lists every public IP, NSG rule from the internet, public API server and public storage endpoint", () => {
    expect(rowsOf("prod-apps")).toEqual([
      "| prod-apps | NSG rule allow-public-services (apps-prod-worker-nsg) | Internet | Tcp 80, 443 | `azurerm_network_security_rule.network_worker_nsg_allow_public_services` |",
      "| prod-apps | AKS API server apps-prod-aks | 203.0.113.0/24, 198.51.100.10/32 | TCP 443 | `azurerm_kubernetes_cluster.aks` |",
    ]);
    expect(rowsOf("prod-edge")).toEqual([
      "| prod-edge | public IP edge-prod-apiserver-pip (example-org-prod-edge-api.&lt;region&gt;.cloudapp.azure.com) | Internet (then the NSG) | Tcp 6443 | `azurerm_public_ip.iaas_api_public_ip` |",
      "| prod-edge | NSG rule allow-apiserver (edge-prod-cp-nsg) | 203.0.113.0/24, 198.51.100.10/32 | Tcp 6443 | `azurerm_network_security_rule.network_control_plane_nsg_allow_apiserver` |",
      expect.stringMatching(
        /^\| prod-edge \| storage account stedge\w+ \| anywhere \(with a key or token\) \| HTTPS 443 \|/,
      ),
    ]);
    expect(rowsOf("dev-edge")).toContain(
      "| dev-edge | public IP edge-dev-egress-pip | none inbound | outbound only | `azurerm_public_ip.iaas_worker_egress_public_ip` |",
    );
  });

  it("leaves out what only the VNet reaches (the SSH rule from the bastion subnet)", () => {
    expect(rowsOf("prod-edge").join("\n")).not.toContain("allow-ssh");
  });
});

describe("per stack", () => {
  const section = (stack: string) => {
    const start = report.indexOf(`<summary><b>${stack}</b>`);
    return report.slice(start, report.indexOf("</details>", start));
  };

  it("states the settings a reviewer checks", () => {
    const apps = section("prod-apps");
    for (const row of [
      "| Region | westeurope |",
      "| Kubernetes version | 1.33 |",
      "| SKU tier | Standard |",
      "| Upgrade channel | patch |",
      "| API server | public, from 203.0.113.0/24, 198.51.100.10/32 |",
      "| Sign-in | Entra ID, local accounts off |",
      "| Pods / services | 192.168.0.0/16 / 100.64.0.0/16 (overlay, policy cilium) |",
      "| Egress | userDefinedRouting |",
      "| Proxy | http://proxy.corp.example.com:3128 |",
      "| VNet vnet-prod-pcg | existing (looked up) |",
      "| Subnet apps-prod-worker-subnet | 10.30.16.0/20 |",
      "| State | HCP Terraform app.terraform.io: example-org/palette-prod-apps |",
      "| Runs execute | remote |",
      "| Tags | cost-center=4711, environment=prod, owner=platform-team |",
    ])
      expect(apps).toContain(row);
    expect(section("staging-edge")).toMatch(
      /\| Storage stedge\w+ \| GRS, public network access on, shared keys off \|/,
    );
    expect(section("prod-edge-packs")).toContain("| Runs execute | agent (palette-prod-westeurope) |");
  });

  it("gives each pool its VM size, node counts and the capacity they add up to", () => {
    expect(section("prod-apps")).toContain(
      "| apps | AKS pool | `Standard_D8ds_v5` | 3-30 | 1, 2, 3 | 8 vCPU, 32 GiB | 240 vCPU, 960 GiB |",
    );
    expect(section("prod-edge")).toContain(
      "| control plane | VMs | `Standard_D4s_v5` | 3 | 1, 2, 3 | 4 vCPU, 16 GiB | 12 vCPU, 48 GiB |",
    );
    expect(section("prod-edge")).toContain(
      "| edge-prod-general | scale set | `Standard_D8s_v5` | 6 | 1, 2, 3 | 8 vCPU, 32 GiB | 48 vCPU, 192 GiB |",
    );
  });

  it("counts what it creates and what it only looks up, by type", () => {
    expect(section("prod-apps")).toContain(
      "**Looks up** 3: `azurerm_resource_group` 1 · `azurerm_route_table` 1 · `azurerm_virtual_network` 1",
    );
    expect(section("prod-edge-packs")).toContain("**Creates** 1: `kubernetes_namespace_v1` 1");
    expect(section("prod-edge-packs")).toContain("**Looks up** 2: `http` 1 · `terraform_remote_state` 1");
  });
});

describe("topology", () => {
  it("draws the VNet, subnets with their NSGs, what runs in them, and the way in from the internet", () => {
    const edge = topologyOf(all.get("prod-edge")!);
    expect(edge).toContain('subgraph vnet["VNet vnet-prod-edge-spoke (existing)"]');
    expect(edge).toMatch(
      /subgraph azurerm_subnet_network_control_plane_subnet\["subnet edge-prod-cp-subnet 10.40.0.0\/24, NSG edge-prod-cp-nsg"\]\n\s+cp\n/,
    );
    expect(edge).toContain('internet((Internet)) -- "Tcp 6443" --> azurerm_lb_iaas_api_lb');
    expect(edge).toContain("azurerm_lb_iaas_api_lb --> cp");
    const packs = topologyOf(all.get("prod-edge-packs")!);
    expect(packs).toContain("data_http_api_server_readyz --> kubernetes_namespace_v1_packs_monitoring");
    const apps = topologyOf(all.get("prod-apps-packs")!);
    expect(apps).toContain(
      'data_azurerm_kubernetes_cluster_aks_cluster["AKS apps-prod-aks (looked up)"] --> kubernetes_namespace_v1_packs_ingress_nginx',
    );
  });

  it("draws only inbound paths that exist: an egress load balancer has none", () => {
    const dev = topologyOf(all.get("dev-edge")!);
    expect(dev).not.toMatch(/--> azurerm_lb_iaas_worker_egress_lb/);
    expect(dev).toContain("azurerm_lb_iaas_worker_egress_lb -. outbound .-> internet((Internet))");
  });

  it("every diagram, of every stack and of an edited one, is accepted by Mermaid's parser", () => {
    const exposed = synthesisOf("prod", (y) =>
      edit(
        y,
        "      workerSubnet: { cidr: 10.40.16.0/20 }",
        '      workerSubnet:\n        cidr: 10.40.16.0/20\n        securityRules:\n          - { name: "allow-debug", priority: 300, protocol: "*", sources: ["*"], ports: ["8000-8080"] }',
      ),
    );
    const diagrams = Object.fromEntries([
      ...[...all].map(([stack, json]) => [stack, topologyOf(json)]),
      ...[...exposed].map(([stack, json]) => [`${stack} (edited)`, topologyOf(json)]),
    ]);
    const verdicts = mermaidVerdicts(diagrams);
    expect(Object.keys(verdicts)).toHaveLength(Object.keys(diagrams).length);
    expect(Object.entries(verdicts).filter(([, verdict]) => verdict !== "ok")).toEqual([]);
    expect(mermaidVerdicts({ broken: 'flowchart LR\n  a["x --> ' })).toEqual({
      broken: expect.stringMatching(/Parse error/),
    });
  });
});
