/** The Linux administrator account of Azure VMs. Pure: no cdktf here. */
import { problem, Problem } from "../core/issues";

export const DEFAULT_ADMIN_USERNAME = "azureuser";

/** Names Azure refuses for the administrator (https://learn.microsoft.com/rest/api/compute/virtual-machines/create-or-update, osProfile.adminUsername). */
const RESERVED = new Set([
  "administrator",
  "admin",
  "user",
  "user1",
  "test",
  "user2",
  "test1",
  "user3",
  "admin1",
  "1",
  "123",
  "a",
  "actuser",
  "adm",
  "admin2",
  "aspnet",
  "backup",
  "console",
  "david",
  "guest",
  "john",
  "owner",
  "root",
  "server",
  "sql",
  "support",
  "support_388945a0",
  "sys",
  "test2",
  "test3",
  "user4",
  "user5",
]);

export function adminUsernameProblem(name: string): Problem | undefined {
  if (!/^[a-z_][a-z0-9_-]{0,63}$/.test(name))
    return problem(
      "admin-username-syntax",
      `${JSON.stringify(name)}: 1-64 lowercase letters, digits, '_' and '-', not starting with a digit or '-'`,
    );
  if (RESERVED.has(name))
    return problem(
      "admin-username-reserved",
      `${JSON.stringify(name)} is reserved by Azure; use e.g. ${DEFAULT_ADMIN_USERNAME}`,
    );
  return undefined;
}
