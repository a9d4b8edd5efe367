/**
 * Waits until a cluster's API server answers `/readyz`. An IaaS cluster's stack is done when Azure
 * has started the VMs; kubeadm and the CNI come up minutes later, so a packs stack applied right
 * after it would otherwise meet a load balancer with no healthy backend. A data source: the wait
 * happens while Terraform plans the packs stack.
 */
import { DataHttp } from "@cdktf/provider-http/lib/data-http";
import { Construct } from "constructs";
import { addHttpProvider } from "../providers/http";
import { KubernetesAccess } from "../core/kubernetes-access";

/**
 * At most about 40 minutes: 60 retries 10-30 s apart (the client backs off exponentially up to the
 * maximum), each attempt given 10 s. Enough for kubeadm init, the CNI and slow image pulls.
 */
export const READY_RETRY = { attempts: 60, minDelayMs: 10_000, maxDelayMs: 30_000 } as const;
export const READY_REQUEST_TIMEOUT_MS = 10_000;

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
      requestTimeoutMs: READY_REQUEST_TIMEOUT_MS,
      lifecycle: {
        postcondition: [
          {
            condition: "${self.status_code == 200}",
            // Unanswered or 5xx to the end, the provider fails with "giving up after N attempt(s)"; this
            // catches answers it does not retry (401, 403, 404).
            errorMessage:
              "The cluster's API server answered /readyz with an error: check the control-plane " +
              "nodes (boot diagnostics, /var/log/cloud-init-output.log).",
          },
        ],
      },
    });
  }
}
