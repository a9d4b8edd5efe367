/** SNAT port arithmetic of load balancer outbound rules. Pure: no cdktf here. */
import { problem, Problem } from "../core/issues";

/** SNAT ports each worker gets from an outbound rule: Azure's default. */
export const WORKER_OUTBOUND_PORTS = 1024;
/** SNAT ports one frontend public IP provides. */
export const PORTS_PER_PUBLIC_IP = 64_512;

/** Why the workers would not fit the outbound rule's ports (Azure refuses the pool), or undefined. */
export function workerEgressCapacityProblem(workers: number, publicIpCount: number): Problem | undefined {
  const capacity = Math.floor((PORTS_PER_PUBLIC_IP * publicIpCount) / WORKER_OUTBOUND_PORTS);
  if (workers <= capacity) return undefined;
  const needed = Math.ceil((workers * WORKER_OUTBOUND_PORTS) / PORTS_PER_PUBLIC_IP);
  return problem(
    "egress-snat-capacity",
    `${workers} workers at ${WORKER_OUTBOUND_PORTS} SNAT ports each need ${needed} ` +
      `egress public IPs (one serves ${capacity}): set ` +
      `network.loadBalancer.publicIpCount`,
  );
}
