/** The one place that configures the kubernetes provider (packs stacks only). */
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { Construct } from "constructs";
import { AKS_AAD_SERVER_ID, KubernetesAccess } from "../core/kubernetes-access";
import { stackProvider } from "./stack-provider";

/**
 * Configured from another stack's outputs, never from resources of the same stack: Terraform
 * configures providers before it creates resources, so a provider fed by resources of its own
 * stack breaks on the first plan and on every cluster replacement.
 */
export function addKubernetesProvider(scope: Construct, access: KubernetesAccess): KubernetesProvider {
  const credentials =
    access.credentials.kind === "clientCertificate"
      ? { clientCertificate: access.credentials.clientCertificate, clientKey: access.credentials.clientKey }
      : {
          exec: [
            {
              apiVersion: "client.authentication.k8s.io/v1beta1",
              command: "kubelogin",
              args: ["get-token", "--login", access.credentials.login, "--server-id", AKS_AAD_SERVER_ID],
            },
          ],
        };
  return stackProvider(
    scope,
    "kubernetes",
    (stack) =>
      new KubernetesProvider(stack, "kubernetes", {
        host: access.host,
        clusterCaCertificate: access.clusterCaCertificate,
        ...credentials,
      }),
  );
}
