/**
 * Waits until a cluster's API server answers `/readyz`. An IaaS cluster's stack is done when Azure
 * has started the VMs; kubeadm and the CNI come up minutes later, so a packs stack applied right
 * after it would otherwise meet a load balancer with no healthy backend.
 */
import { DataHttp } from "@cdktf/provider-http/lib/data-http";
import { Construct } from "constructs";
import { addHttpProvider } from "../providers/http";
import { KubernetesAccess } from "./kubernetes-access";

/** About 10 to 30 minutes of retries: kubeadm init, the CNI and a slow image pull. */
export const READY_RETRY = { attempts: 60, minDelayMs: 10_000, maxDelayMs: 30_000 } as const;

export class ApiServerReady extends Construct {
  public readonly check: DataHttp;

  constructor(scope: Construct, id: string, access: KubernetesAccess & { credentials: { kind: "clientCertificate" } }) {
    super(scope, id);
    addHttpProvider(this);
    this.check = new DataHttp(this, "readyz", {
      url: `${access.host}/readyz`,
      caCertPem: access.clusterCaCertificate,
      clientCertPem: access.credentials.clientCertificate,
      clientKeyPem: access.credentials.clientKey,
      retry: { ...READY_RETRY },
      lifecycle: {
        postcondition: [
          {
            condition: "${self.status_code == 200}",
            errorMessage: "The cluster's API server did not become ready: check the control-plane nodes' boot diagnostics, and that this runner's address may reach port 6443 (network.apiServerSources).",
          },
        ],
      },
    });
  }
}
