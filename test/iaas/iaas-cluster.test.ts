/**
 * IaasCluster on explicit network and storage refs: the JSON people review. No public IP on any
 * node, zones, the API load balancer, images, secrets, outputs, the bootstrap as Terraform will
 * render it, and every construct-level rule.
 */
import { TerraformStack, Testing, Token } from "cdktf";
import { IaasCluster, IaasClusterProps } from "../../src/iaas/iaas-cluster";
import { addIaasOutputs, IAAS_OUTPUTS } from "../../src/iaas/iaas-outputs";
import { addAzurermProvider } from "../../src/providers/azurerm";
import { CLOUD_INIT, describeWithTool } from "../system-tool";
import { cloudInitSchemas, evaluateTemplate, SchemaResult, terraformReferences } from "./cloud-init";
import { IAAS_PROPS, NETWORK, SSH_KEY, STORAGE } from "./fixtures";
import { ValidationError } from "../../src/core/errors";
import { formatPath } from "../../src/core/issues";

const PROPS = IAAS_PROPS;

function build(props: Partial<IaasClusterProps> = {}) {
  const stack = new TerraformStack(Testing.app(), "test");
  addAzurermProvider(stack);
  const cluster = new IaasCluster(stack, "iaas", { ...PROPS, ...props });
  addIaasOutputs(stack, cluster);
  const text = Testing.synth(stack, true);
  return { cluster, stack, text, json: JSON.parse(text) };
}

/** Blocks of a resource type, keyed by Azure name (or logical id when unnamed). */
function blocks(json: any, type: string): Record<string, any> {
  return Object.fromEntries(
    Object.entries(json.resource?.[type] ?? {}).map(([id, b]: [string, any]) => [b.name ?? id, b]),
  );
}
const ref = (json: any, type: string, name: string, attribute: string) => {
  const id = Object.entries(json.resource[type]).find(([, b]: [string, any]) => b.name === name)![0];
  return `\${${type}.${id}.${attribute}}`;
};

describe("IaasCluster defaults", () => {
  const { json, text } = build();

  it("spreads three control-plane VMs over zones 1, 2, 3, SSH key only, no public IP on any NIC", () => {
    const vms = blocks(json, "azurerm_linux_virtual_machine");
    expect(Object.keys(vms)).toEqual(["edge-test-cp-0", "edge-test-cp-1", "edge-test-cp-2"]);
    expect(Object.values(vms).map((vm) => vm.zone)).toEqual(["1", "2", "3"]);
    for (const [name, vm] of Object.entries(vms)) {
      expect(vm).toMatchObject({
        size: "Standard_D2s_v5",
        computer_name: name,
        disable_password_authentication: true,
        admin_username: "azureuser",
        admin_ssh_key: [{ username: "azureuser", public_key: SSH_KEY }],
        os_disk: {
          name: `${name}-osdisk`,
          caching: "ReadWrite",
          storage_account_type: "Premium_LRS",
          disk_size_gb: 128,
        },
        source_image_reference: { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" },
        secure_boot_enabled: true,
        vtpm_enabled: true,
        boot_diagnostics: { storage_account_uri: STORAGE.primaryBlobEndpoint },
        lifecycle: { ignore_changes: ["custom_data", "source_image_id", "source_image_reference", "admin_ssh_key"] },
      });
      expect(vm.admin_password).toBeUndefined();
    }
    const nics = blocks(json, "azurerm_network_interface");
    expect(Object.keys(nics)).toEqual(["edge-test-cp-0-nic", "edge-test-cp-1-nic", "edge-test-cp-2-nic"]);
    for (const nic of Object.values(nics)) {
      expect(nic.ip_configuration).toEqual([
        {
          name: "ipconfig",
          subnet_id: NETWORK.controlPlaneSubnetId,
          private_ip_address_allocation: "Dynamic",
          primary: true,
        },
      ]);
    }
  });

  it("puts every control-plane NIC in the public and the internal API load balancer's backend pools", () => {
    const associations = Object.values<any>(json.resource.azurerm_network_interface_backend_address_pool_association);
    const pools = Object.entries(json.resource.azurerm_lb_backend_address_pool)
      .filter(([, b]: [string, any]) => b.name === "control-plane")
      .map(([id]) => `\${azurerm_lb_backend_address_pool.${id}.id}`);
    expect(pools).toHaveLength(2);
    const nics = ["edge-test-cp-0-nic", "edge-test-cp-1-nic", "edge-test-cp-2-nic"].map((n) =>
      ref(json, "azurerm_network_interface", n, "id"),
    );
    expect(
      associations
        .map((a) => `${a.network_interface_id} ${a.backend_address_pool_id} ${a.ip_configuration_name}`)
        .sort(),
    ).toEqual(nics.flatMap((nic) => pools.map((pool) => `${nic} ${pool} ipconfig`)).sort());
  });

  it("boots control-plane VMs only once they are in both pools and the outbound rule serves them (first-boot egress)", () => {
    const vms = Object.values<any>(json.resource.azurerm_linux_virtual_machine);
    const outbound = Object.entries(json.resource.azurerm_lb_outbound_rule).find(
      ([, r]: [string, any]) => r.name === "control-plane-egress",
    )![0];
    vms.forEach((vm, i) => {
      expect(vm.depends_on).toEqual([
        expect.stringMatching(
          new RegExp(`^azurerm_network_interface_backend_address_pool_association\\.iaas_control_plane_api_pool_${i}_`),
        ),
        expect.stringMatching(
          new RegExp(
            `^azurerm_network_interface_backend_address_pool_association\\.iaas_control_plane_api_internal_pool_${i}_`,
          ),
        ),
        `azurerm_lb_outbound_rule.${outbound}`,
        // The cloud provider's roles are in place before it starts.
        ...["network_group", "network_vnet", "network_nsg", "compute_group"].map((r) =>
          expect.stringMatching(new RegExp(`^azurerm_role_assignment\\.iaas_cloud_provider_${r}_`)),
        ),
      ]);
    });
  });

  it("gives the nodes a zone-redundant internal API endpoint at an address that stays when the subnet grows", () => {
    expect(blocks(json, "azurerm_lb")["edge-test-apiserver-ilb"]).toMatchObject({
      sku: "Standard",
      frontend_ip_configuration: [
        {
          name: "apiserver-internal",
          subnet_id: NETWORK.controlPlaneSubnetId,
          private_ip_address_allocation: "Static",
          private_ip_address: "10.0.0.254",
          zones: ["1", "2", "3"],
        },
      ],
    });
    // Existing nodes keep the address they were given: growing or shrinking the subnet must not move it.
    const addressIn = (cidr: string) =>
      blocks(build({ network: { ...NETWORK, controlPlaneSubnetCidr: cidr } }).json, "azurerm_lb")[
        "edge-test-apiserver-ilb"
      ].frontend_ip_configuration[0].private_ip_address;
    expect(["10.0.0.0/24", "10.0.0.0/20", "10.0.0.0/17"].map(addressIn)).toEqual([
      "10.0.0.254",
      "10.0.0.254",
      "10.0.0.254",
    ]);
    expect(addressIn("10.0.0.0/27")).toBe("10.0.0.30");
    expect(blocks(json, "azurerm_lb_rule")["apiserver-internal"]).toMatchObject({
      frontend_port: 6443,
      backend_port: 6443,
      frontend_ip_configuration_name: "apiserver-internal",
    });
    expect(build({ apiServer: { internalAddress: "10.0.0.100" } }).json.resource.azurerm_lb).toEqual(
      expect.objectContaining({
        [Object.keys(json.resource.azurerm_lb).find((k) => k.includes("internal"))!]: expect.objectContaining({
          frontend_ip_configuration: [expect.objectContaining({ private_ip_address: "10.0.0.100" })],
        }),
      }),
    );
  });

  it("makes every public IP and load-balancer frontend zone-redundant (all three zones) when the cluster spans two", () => {
    // Azure makes an IP of two zones zone-redundant and reports all three: naming two would replace it on every plan.
    const two = build({ zones: ["1", "2"] }).json;
    for (const ip of Object.values(blocks(two, "azurerm_public_ip"))) expect(ip.zones).toEqual(["1", "2", "3"]);
    for (const lb of Object.values(blocks(two, "azurerm_lb")))
      for (const frontend of lb.frontend_ip_configuration)
        expect(frontend.zones ?? ["1", "2", "3"]).toEqual(["1", "2", "3"]);
    expect(Object.values(blocks(two, "azurerm_linux_virtual_machine_scale_set"))[0].zones).toEqual(["1", "2"]);
  });

  it("sends the workers' egress through an egress load balancer on zone-redundant public IPs (egress loadBalancer)", () => {
    expect(blocks(json, "azurerm_public_ip")["edge-test-egress-pip"]).toMatchObject({
      sku: "Standard",
      allocation_method: "Static",
      zones: ["1", "2", "3"],
    });
    expect(blocks(json, "azurerm_lb")["edge-test-egress-lb"].frontend_ip_configuration).toEqual([
      { name: "egress", public_ip_address_id: ref(json, "azurerm_public_ip", "edge-test-egress-pip", "id") },
    ]);
    expect(blocks(json, "azurerm_lb_backend_address_pool")["edge-test"]).toBeDefined();
    expect(blocks(json, "azurerm_lb_outbound_rule")["worker-egress"]).toMatchObject({
      protocol: "All",
      allocated_outbound_ports: 1024,
      idle_timeout_in_minutes: 4,
      frontend_ip_configuration: [{ name: "egress" }],
    });
    const vmss = blocks(json, "azurerm_linux_virtual_machine_scale_set")["edge-test-workers"];
    expect(vmss.network_interface[0].ip_configuration[0].load_balancer_backend_address_pool_ids).toEqual([
      ref(json, "azurerm_lb_backend_address_pool", "edge-test", "id"),
    ]);
    expect(vmss.depends_on).toEqual([
      expect.stringMatching(/^azurerm_lb_outbound_rule\.iaas_worker_egress_outbound_rule_/),
    ]);
    const none = build({ network: { ...NETWORK, egress: "userDefinedRouting", loadBalancerEgress: undefined } }).json;
    expect(Object.keys(blocks(none, "azurerm_lb"))).toEqual(["edge-test-apiserver-ilb", "edge-test-apiserver-lb"]);
    // Routed egress: no outbound rule for the control plane either; the network (firewall, proxy) is the way out.
    expect(none.resource.azurerm_lb_outbound_rule).toBeUndefined();
  });

  it("runs one worker scale set over zones 1, 2, 3 with no public IP and no overprovisioned ghosts", () => {
    const sets = blocks(json, "azurerm_linux_virtual_machine_scale_set");
    expect(Object.keys(sets)).toEqual(["edge-test-workers"]);
    const vmss = sets["edge-test-workers"];
    expect(vmss).toMatchObject({
      sku: "Standard_D4s_v5",
      instances: 3,
      zones: ["1", "2", "3"],
      computer_name_prefix: "edge-test-workers-",
      overprovision: false,
      upgrade_mode: "Manual",
      disable_password_authentication: true,
      network_interface: [
        {
          name: "nic",
          primary: true,
          ip_configuration: [
            expect.objectContaining({ name: "ipconfig", primary: true, subnet_id: NETWORK.workerSubnetId }),
          ],
        },
      ],
    });
    expect(vmss.network_interface[0].ip_configuration[0].public_ip_address).toBeUndefined();
  });

  it("exposes the API server on a Standard, static, zone-redundant public IP behind a Standard load balancer", () => {
    expect(blocks(json, "azurerm_public_ip")["edge-test-apiserver-pip"]).toMatchObject({
      sku: "Standard",
      allocation_method: "Static",
      ip_version: "IPv4",
      zones: ["1", "2", "3"],
    });
    expect(blocks(json, "azurerm_lb")["edge-test-apiserver-lb"]).toMatchObject({
      sku: "Standard",
      frontend_ip_configuration: [
        { name: "apiserver", public_ip_address_id: ref(json, "azurerm_public_ip", "edge-test-apiserver-pip", "id") },
      ],
    });
    expect(Object.keys(blocks(json, "azurerm_public_ip"))).toEqual(["edge-test-apiserver-pip", "edge-test-egress-pip"]);
  });

  it("probes HTTPS /readyz on 6443 and forwards 6443 -> 6443 with outbound SNAT off; control-plane egress via an outbound rule", () => {
    const probe = blocks(json, "azurerm_lb_probe")["apiserver-readyz"];
    expect(probe).toMatchObject({
      protocol: "Https",
      port: 6443,
      request_path: "/readyz",
      interval_in_seconds: 15,
      probe_threshold: 1,
    });
    expect(blocks(json, "azurerm_lb_rule").apiserver).toMatchObject({
      protocol: "Tcp",
      frontend_port: 6443,
      backend_port: 6443,
      frontend_ip_configuration_name: "apiserver",
      disable_outbound_snat: true,
      floating_ip_enabled: false,
      probe_id: ref(json, "azurerm_lb_probe", "apiserver-readyz", "id"),
      backend_address_pool_ids: [ref(json, "azurerm_lb_backend_address_pool", "control-plane", "id")],
    });
    expect(blocks(json, "azurerm_lb_outbound_rule")["control-plane-egress"]).toMatchObject({
      protocol: "All",
      backend_address_pool_id: ref(json, "azurerm_lb_backend_address_pool", "control-plane", "id"),
      frontend_ip_configuration: [{ name: "apiserver" }],
    });
  });

  it("generates the tokens, certificate key, CA and admin certificate at apply, never at synth", () => {
    expect(Object.keys(json.resource.random_string)).toHaveLength(2);
    expect(Object.keys(json.resource.random_password)).toHaveLength(3);
    expect(Object.values(json.resource.tls_self_signed_cert)[0]).toMatchObject({
      is_ca_certificate: true,
      validity_period_hours: 87600,
    });
    expect(Object.values(json.resource.tls_cert_request)[0]).toMatchObject({
      subject: [{ common_name: "terraform-admin", organization: "kubeadm:cluster-admins" }],
    });
    expect(json.terraform.required_providers).toMatchObject({
      random: { source: "hashicorp/random" },
      tls: { source: "hashicorp/tls" },
    });
    expect(text).not.toMatch(/BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)/);
  });

  it("writes stable, sensitive outputs for the stacks that configure the cluster", () => {
    expect(Object.keys(json.output).sort()).toEqual(Object.keys(IAAS_OUTPUTS).sort());
    expect(json.output.api_server_url).toMatchObject({
      sensitive: true,
      value: `https://${ref(json, "azurerm_public_ip", "edge-test-apiserver-pip", "ip_address")}:6443`,
    });
    for (const name of ["cluster_ca_certificate", "admin_client_certificate", "admin_client_key", "kube_config"])
      expect(json.output[name].sensitive).toBe(true);
    expect(json.output.cluster_name).toEqual({ description: IAAS_OUTPUTS.cluster_name, value: "edge-test" });
    expect(json.output.kube_config.value).toContain("client-certificate-data: ${base64encode(tls_locally_signed_cert.");
  });

  describe("the bootstrap as Terraform renders it", () => {
    const locals = json.locals as Record<string, string>;
    const byRole = (role: string) => Object.entries(locals).find(([k]) => k.includes(`bootstrap_${role}_`))![1];

    it("has one cloud-config per role, referenced as base64 custom data", () => {
      expect(Object.keys(locals).map((k) => k.replace(/_[0-9A-F]{8}$/, ""))).toEqual(
        expect.arrayContaining([
          "iaas_bootstrap_init_cloud_config",
          "iaas_bootstrap_control-plane_cloud_config",
          "iaas_bootstrap_worker_workers_cloud_config",
        ]),
      );
      const vms = Object.values<any>(json.resource.azurerm_linux_virtual_machine);
      const initLocal = Object.keys(locals).find((k) => k.includes("bootstrap_init_"));
      const joinLocal = Object.keys(locals).find((k) => k.includes("bootstrap_control-plane_"));
      expect(vms.map((vm) => vm.custom_data)).toEqual([
        `\${base64encode(local.${initLocal})}`,
        ...Array(2).fill(`\${base64encode(local.${joinLocal})}`),
      ]);
    });

    it("references only the generated secrets, the API address and the cloud provider's identity; shell ${...} is escaped", () => {
      for (const template of Object.values(locals)) {
        for (const reference of terraformReferences(template)) {
          expect(reference).toMatch(
            /^(azurerm_public_ip\.[\w-]+\.ip_address|random_string\.[\w-]+\.result|random_password\.[\w-]+\.result|sha256\(random_password\.[\w-]+\.result\)|base64encode\(tls_(self_signed_cert\.[\w-]+\.cert_pem|private_key\.[\w-]+\.private_key_pem)\)|data\.azurerm_client_config\.[\w-]+\.(tenant_id|subscription_id)|azurerm_user_assigned_identity\.[\w-]+\.client_id)$/,
          );
        }
      }
      expect(byRole("control-plane")).toContain("$${HOSTNAME##*-}");
    });

    it("gives the CA key to the first control-plane node only", () => {
      expect(terraformReferences(byRole("init")).some((r) => r.includes("private_key_pem"))).toBe(true);
      expect(terraformReferences(byRole("control-plane")).some((r) => r.includes("private_key_pem"))).toBe(false);
      expect(terraformReferences(byRole("worker_workers")).some((r) => r.includes("private_key_pem"))).toBe(false);
    });

    describeWithTool(CLOUD_INIT, "cloud-init's schema", () => {
      const roles = ["init", "control-plane", "worker_workers"];
      let results: SchemaResult[] = [];
      beforeAll(() => {
        results = cloudInitSchemas(roles.map((role) => evaluateTemplate(byRole(role))));
      });

      it.each(roles.map((role, i) => [role, i] as const))(
        "the %s document, with apply-time values, passes it",
        (_role, i) => {
          expect(results[i].output).not.toMatch(/error/i);
          expect(results[i].valid).toBe(true);
        },
      );
    });
  });
});

describe("IaasCluster options", () => {
  it("spreads control-plane nodes round-robin over the zones given, and pools over theirs", () => {
    const { json } = build({
      zones: ["1", "2"],
      controlPlane: { count: 5 },
      workerPools: [{ name: "a", zones: ["2"] }, { name: "b" }],
    });
    expect(Object.values(blocks(json, "azurerm_linux_virtual_machine")).map((vm) => vm.zone)).toEqual([
      "1",
      "2",
      "1",
      "2",
      "1",
    ]);
    expect(blocks(json, "azurerm_linux_virtual_machine_scale_set")["edge-test-a"].zones).toEqual(["2"]);
    expect(blocks(json, "azurerm_linux_virtual_machine_scale_set")["edge-test-b"].zones).toEqual(["1", "2"]);
    expect(blocks(json, "azurerm_public_ip")["edge-test-apiserver-pip"].zones).toEqual(["1", "2", "3"]);
  });

  it("probes TCP when asked, and a DNS label makes the FQDN the endpoint", () => {
    const { json } = build({ apiServer: { healthProbe: "tcp", dnsLabel: "edge-test-api" } });
    const probe = blocks(json, "azurerm_lb_probe")["apiserver-tcp"];
    expect(probe).toMatchObject({ protocol: "Tcp", port: 6443 });
    expect(probe.request_path).toBeUndefined();
    expect(blocks(json, "azurerm_public_ip")["edge-test-apiserver-pip"].domain_name_label).toBe("edge-test-api");
    expect(json.output.api_server_url.value).toBe(
      `https://${ref(json, "azurerm_public_ip", "edge-test-apiserver-pip", "fqdn")}:6443`,
    );
  });

  it("boots Arm64 pools from the Arm64 Ubuntu image", () => {
    const { json } = build({ workerPools: [{ name: "arm", vmSize: "Standard_D4ps_v5" }] });
    expect(blocks(json, "azurerm_linux_virtual_machine_scale_set")["edge-test-arm"].source_image_reference.sku).toBe(
      "server-arm64",
    );
    // Azure has no Trusted Launch for Arm64 sizes: off for that pool, on for the rest.
    expect(blocks(json, "azurerm_linux_virtual_machine_scale_set")["edge-test-arm"].secure_boot_enabled).toBe(false);
    expect(blocks(json, "azurerm_linux_virtual_machine")["edge-test-cp-0"].secure_boot_enabled).toBe(true);
    expect(blocks(json, "azurerm_linux_virtual_machine")["edge-test-cp-0"].source_image_reference.sku).toBe("server");
  });

  it("copies a VHD into the cluster container as a page blob and boots every node from an image made of it", () => {
    const vhdUri = "https://images.example.com/palette/ubuntu-k8s.vhd";
    const { json } = build({ image: { vhdUri, hyperVGeneration: "V1" } });
    const blob = blocks(json, "azurerm_storage_blob")["ubuntu-k8s.vhd"];
    expect(blob).toMatchObject({
      type: "Page",
      source_uri: vhdUri,
      storage_account_name: STORAGE.accountName,
      storage_container_name: STORAGE.containerName,
      timeouts: { create: "2h" },
    });
    const image = blocks(json, "azurerm_image")["edge-test-node-image"];
    expect(image).toMatchObject({
      hyper_v_generation: "V1",
      zone_resilient: true,
      os_disk: {
        os_type: "Linux",
        os_state: "Generalized",
        blob_uri: ref(json, "azurerm_storage_blob", "ubuntu-k8s.vhd", "url"),
      },
    });
    const imageId = ref(json, "azurerm_image", "edge-test-node-image", "id");
    for (const node of [
      ...Object.values(json.resource.azurerm_linux_virtual_machine),
      ...Object.values(json.resource.azurerm_linux_virtual_machine_scale_set),
    ] as any[]) {
      expect(node.source_image_id).toBe(imageId);
      expect(node.source_image_reference).toBeUndefined();
      expect(node.secure_boot_enabled).toBe(false);
    }
  });

  it("creates no blob or image for Marketplace images", () => {
    const { json } = build();
    expect(json.resource.azurerm_storage_blob).toBeUndefined();
    expect(json.resource.azurerm_image).toBeUndefined();
  });

  it("sends boot diagnostics to Azure-managed storage when asked (private storage accounts)", () => {
    const { json } = build({ bootDiagnostics: "managed" });
    expect(blocks(json, "azurerm_linux_virtual_machine")["edge-test-cp-0"].boot_diagnostics).toEqual({});
    expect(blocks(json, "azurerm_linux_virtual_machine_scale_set")["edge-test-workers"].boot_diagnostics).toEqual({});
  });

  it("passes pool labels and taints to the pool's bootstrap only", () => {
    const { cluster } = build({
      workerPools: [
        {
          name: "ingress",
          labels: { "example.com/role": "ingress" },
          taints: [{ key: "example.com/dedicated", value: "ingress", effect: "NoSchedule" }],
        },
        { name: "general" },
      ],
    });
    const ingress = cluster.bootstraps.get("worker:ingress")!.template.text;
    expect(ingress).toContain("NODE_LABELS='example.com/role=ingress'");
    expect(ingress).toContain(
      "- key: example.com/dedicated\n            value: ingress\n            effect: NoSchedule",
    );
    expect(cluster.bootstraps.get("worker:general")!.template.text).toContain("NODE_LABELS=''");
  });

  it("puts what the cluster needs into NO_PROXY after the user's entries", () => {
    const { cluster } = build({
      proxy: { httpsProxy: "http://proxy.example.com:3128", noProxy: [".corp.example.com"] },
    });
    const line = cluster.bootstraps
      .get("init")!
      .template.text.split("\n")
      .find((l) => l.includes("NO_PROXY='"))!;
    // The internal API name; the public endpoint is for clients outside the VNet, nodes never use it.
    expect(line.trim()).toBe(
      "NO_PROXY='.corp.example.com,localhost,127.0.0.1,169.254.169.254,168.63.129.16,.svc,.cluster.local,10.0.0.0/8,192.168.0.0/16,100.64.0.0/16,api.edge-test.internal'",
    );
  });
});

describe("IaasCluster validation (the same rules as the YAML)", () => {
  const errorOf = (props: Partial<IaasClusterProps>): ValidationError => {
    try {
      build(props);
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return e as ValidationError;
    }
    throw new Error("no ValidationError");
  };
  /** The refusal as `[code, key path]` per issue. */
  const issuesOf = (props: Partial<IaasClusterProps>) => errorOf(props).issues.map((i) => [i.code, formatPath(i.path)]);

  it.each([
    [{ controlPlane: { count: 4 } }, "control-plane-count-even", "controlPlane.count"],
    [{ sshPublicKey: "ssh-rsa AAAA" }, "ssh-key-data", "sshPublicKey"],
    [{ kubernetesVersion: "1.29" }, "kubernetes-version-too-old", "kubernetesVersion"],
    [
      { controlPlane: { vmSize: "Standard_B1s", osDisk: { type: "StandardSSD_LRS" } } },
      "control-plane-vcpus",
      "controlPlane.vmSize",
    ],
    [
      { workerPools: [{ name: "a", vmSize: "Standard_D4_v5" }] },
      "disk-type-needs-premium-size",
      "workerPools[0].osDisk.type",
    ],
    [{ zones: ["1"], workerPools: [{ name: "a", zones: ["2"] }] }, "pool-zone-outside-cluster", "workerPools[0].zones"],
    [
      { workerPools: [{ name: "a", labels: { "node-role.kubernetes.io/worker": "" } }] },
      "node-label-restricted",
      'workerPools[0].labels."node-role.kubernetes.io/worker"',
    ],
    [{ workerPools: [] }, "worker-pools-none", "workerPools"],
    [{ workerPools: [{ name: "a", count: 70000 }] }, "pool-size-range", "workerPools[0].count"],
    [
      { network: { ...NETWORK, workerSubnetCidr: "10.1.0.0/29" }, workerPools: [{ name: "a", count: 4 }] },
      "subnet-capacity",
      "workerPools",
    ],
    [{ clusterNetwork: { podCidr: "10.244.0.0/16" } }, "range-hides-network", "clusterNetwork.podCidr"],
    [
      { image: { vhdUri: "https://x.example.com/a.vhd", trustedLaunch: true } },
      "trusted-launch-vhd",
      "image.trustedLaunch",
    ],
    [{ clusterName: "Edge" }, "cluster-name-syntax", "clusterName"],
    [{ proxy: { httpsProxy: "http://u:p'w@proxy:3128" } }, "proxy-url-characters", "proxy.httpsProxy"],
    [
      { proxy: { httpsProxy: "http://proxy:3128", noProxy: ["*.corp.example.com"] } },
      "no-proxy-wildcard",
      "proxy.noProxy[0]",
    ],
    [{ proxy: {} }, "proxy-url-missing", "proxy"],
  ] as [Partial<IaasClusterProps>, string, string][])("refuses %j", (props, code, path) => {
    expect(issuesOf(props)).toContainEqual([code, path]);
  });

  it("renders each issue as the construct path, the key path and the message", () => {
    const error = errorOf({ workerPools: [{ name: "a", labels: { "node-role.kubernetes.io/worker": "" } }] });
    expect(error.message.startsWith('test/iaas workerPools[0].labels."node-role.kubernetes.io/worker": ')).toBe(true);
  });

  it("accepts a subnet that holds exactly the workers", () => {
    expect(() =>
      build({ network: { ...NETWORK, workerSubnetCidr: "10.1.0.0/29" }, workerPools: [{ name: "a", count: 3 }] }),
    ).not.toThrow();
  });

  it("reports every broken rule at once", () => {
    const error = errorOf({ controlPlane: { count: 2 }, kubernetesVersion: "1.30" });
    expect(error.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([
      ["control-plane-count-even", "controlPlane.count"],
      ["kubernetes-version-too-old", "kubernetesVersion"],
    ]);
    expect(error.message.split("\n")).toHaveLength(2);
  });

  it("skips values that are Terraform references, but needs the internal API address when the control-plane subnet's CIDR is one", () => {
    const token = Token.asString({ Ref: "x" });
    const network = { ...NETWORK, workerSubnetCidr: token, controlPlaneSubnetCidr: token };
    expect(issuesOf({ network })).toEqual([["internal-address-required", "apiServer.internalAddress"]]);
    expect(() => build({ sshPublicKey: token, network, apiServer: { internalAddress: "10.0.0.100" } })).not.toThrow();
  });

  it("keeps the internal API address in the control-plane subnet, off Azure's reserved addresses, and counts it", () => {
    expect(issuesOf({ apiServer: { internalAddress: "10.1.0.10" } })).toEqual([
      ["address-outside-subnet", "apiServer.internalAddress"],
    ]);
    expect(issuesOf({ apiServer: { internalAddress: "10.0.0.3" } })).toEqual([
      ["address-reserved", "apiServer.internalAddress"],
    ]);
    // A /29 has 3 usable addresses: 3 control-plane nodes fit, the internal API address does not.
    expect(
      issuesOf({ network: { ...NETWORK, controlPlaneSubnetCidr: "10.0.0.0/29" }, controlPlane: { count: 3 } }),
    ).toEqual([["subnet-capacity", "controlPlane.count"]]);
    expect(() =>
      build({ network: { ...NETWORK, controlPlaneSubnetCidr: "10.0.0.0/29" }, controlPlane: { count: 1 } }),
    ).not.toThrow();
  });

  it("fits the workers into the egress load balancer's SNAT ports", () => {
    expect(issuesOf({ workerPools: [{ name: "a", count: 64 }] })).toEqual([["egress-snat-capacity", "workerPools"]]);
    expect(() => build({ workerPools: [{ name: "a", count: 63 }] })).not.toThrow();
    expect(() =>
      build({
        workerPools: [{ name: "a", count: 64 }],
        network: { ...NETWORK, loadBalancerEgress: { publicIpCount: 2, idleTimeoutMinutes: 4 } },
      }),
    ).not.toThrow();
  });

  it("refuses a bootstrap that would not fit Azure's custom data", () => {
    const bundle = Array.from(
      { length: 40 },
      () => `-----BEGIN CERTIFICATE-----\n${"A".repeat(1700)}\n-----END CERTIFICATE-----`,
    ).join("\n");
    expect(issuesOf({ proxy: { httpsProxy: "http://proxy:3128", trustedCa: bundle } })[0]).toEqual([
      "custom-data-size",
      "controlPlane",
    ]);
  });
});
