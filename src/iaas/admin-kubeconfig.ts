/** The admin kubeconfig of an IaaS cluster, from its endpoint and the Terraform-made credential. Pure: no cdktf here. */
import { stringify } from "yaml";

export interface AdminKubeconfigInput {
  readonly clusterName: string;
  /** `https://<host>:6443` */
  readonly server: string;
  /** Base64 of the PEMs, as kubeconfig `*-data` fields want them. */
  readonly caCertificateBase64: string;
  readonly clientCertificateBase64: string;
  readonly clientKeyBase64: string;
}

export function renderAdminKubeconfig(input: AdminKubeconfigInput): string {
  const user = `${input.clusterName}-admin`;
  return stringify(
    {
      apiVersion: "v1",
      kind: "Config",
      clusters: [
        {
          name: input.clusterName,
          cluster: { server: input.server, "certificate-authority-data": input.caCertificateBase64 },
        },
      ],
      users: [
        {
          name: user,
          user: { "client-certificate-data": input.clientCertificateBase64, "client-key-data": input.clientKeyBase64 },
        },
      ],
      contexts: [{ name: user, context: { cluster: input.clusterName, user } }],
      "current-context": user,
    },
    { lineWidth: 0 },
  );
}
