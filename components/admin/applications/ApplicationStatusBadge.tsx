import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { APPLICATION_STATUS_LABELS } from "@/lib/applications/labels";
import type { ApplicationStatus } from "@/lib/db/models";

const SEVERITY: Record<ApplicationStatus, "new" | "info" | "success" | "warning" | undefined> = {
  RECEIVED: "new",
  UNDER_REVIEW: "info",
  INTERVIEW: "info",
  OFFER: "warning",
  HIRED: "success",
  REJECTED: undefined,
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  return (
    <Badge as="span" small noIcon severity={SEVERITY[status]}>
      {APPLICATION_STATUS_LABELS[status]}
    </Badge>
  );
}
