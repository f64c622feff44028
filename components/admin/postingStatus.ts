import type { AdminStatus } from "@/lib/postings/admin/queries";

export const ADMIN_STATUS_LABELS: Record<AdminStatus, string> = {
  draft: "Brouillon",
  scheduled: "Programmée",
  open: "En ligne",
  expired: "Date de clôture passée",
  closed: "Clôturée",
  filled: "Pourvue",
};

export const ADMIN_STATUS_BADGES: Record<AdminStatus, "new" | "info" | "success" | "warning" | "error" | undefined> = {
  draft: undefined,
  scheduled: "info",
  open: "success",
  expired: "warning",
  closed: "warning",
  filled: "new",
};

export function isAdminStatus(value: unknown): value is AdminStatus {
  return typeof value === "string" && value in ADMIN_STATUS_LABELS;
}
