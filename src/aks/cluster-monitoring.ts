/**
 * Container Insights for one AKS cluster: a Log Analytics workspace of its own, and the data
 * collection rule that tells the cluster's monitoring agent (which authenticates with its managed
 * identity, `msi_auth_for_monitoring_enabled`) what to send there. Without the rule and its
 * association to the cluster, an agent with managed-identity auth collects nothing.
 */
import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { MonitorDataCollectionRule } from "@cdktf/provider-azurerm/lib/monitor-data-collection-rule";
import { MonitorDataCollectionRuleAssociation } from "@cdktf/provider-azurerm/lib/monitor-data-collection-rule-association";
import { Construct } from "constructs";

/** Container Insights' default set: container logs (v2), Kubernetes events and inventory, performance. */
export const CONTAINER_INSIGHTS_STREAMS = ["Microsoft-ContainerInsights-Group-Default"];

export interface ClusterMonitoringProps {
  /** The cluster's Azure name: the workspace is `<name>-logs`, the rule `<name>-insights`. */
  readonly name: string;
  readonly location: string;
  readonly resourceGroupName: string;
  /** Days the workspace keeps data. */
  readonly retentionDays: number;
}

export class ClusterMonitoring extends Construct {
  public readonly workspace: LogAnalyticsWorkspace;
  public readonly rule: MonitorDataCollectionRule;
  public association?: MonitorDataCollectionRuleAssociation;

  constructor(scope: Construct, id: string, props: ClusterMonitoringProps) {
    super(scope, id);
    this.workspace = new LogAnalyticsWorkspace(this, "workspace", {
      name: `${props.name}-logs`,
      location: props.location,
      resourceGroupName: props.resourceGroupName,
      sku: "PerGB2018",
      retentionInDays: props.retentionDays,
      // Only Entra ID may write or query: the agent uses its managed identity, people their own.
      localAuthenticationEnabled: false,
    });
    this.rule = new MonitorDataCollectionRule(this, "rule", {
      name: `${props.name}-insights`,
      location: props.location,
      resourceGroupName: props.resourceGroupName,
      kind: "Linux",
      description: `Container Insights of AKS cluster ${props.name}`,
      destinations: { logAnalytics: [{ name: "workspace", workspaceResourceId: this.workspace.id }] },
      dataFlow: [{ streams: CONTAINER_INSIGHTS_STREAMS, destinations: ["workspace"] }],
      dataSources: {
        extension: [
          {
            name: "ContainerInsightsExtension",
            extensionName: "ContainerInsights",
            streams: CONTAINER_INSIGHTS_STREAMS,
            extensionJson: JSON.stringify({
              dataCollectionSettings: { interval: "1m", namespaceFilteringMode: "Off", enableContainerLogV2: true },
            }),
          },
        ],
      },
    });
  }

  /** Points the rule at the cluster (the cluster's id is known only after the rule's workspace is). */
  public collectFrom(clusterId: string): MonitorDataCollectionRuleAssociation {
    this.association ??= new MonitorDataCollectionRuleAssociation(this, "association", {
      name: "ContainerInsightsExtension",
      targetResourceId: clusterId,
      dataCollectionRuleId: this.rule.id,
      description: "Container Insights: deleting this association stops data collection for the cluster",
    });
    return this.association;
  }
}
