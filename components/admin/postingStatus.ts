import type { AdminStatus } from "@/lib/postings/admin/queries";

// The badge colour of each status; its words are in lib/postings/labels.ts.
export const ADMIN_STATUS_BADGES: Record<AdminStatus, "new" | "info" | "success" | "warning" | "error" | undefined> = {
  draft: undefined,
  scheduled: "info",
  open: "success",
  expired: "warning",
  closed: "warning",
  filled: "new",
};
