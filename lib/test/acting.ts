import type { CommandContext } from "@/lib/admin/command";
import type { Actor } from "@/lib/auth/permissions";
import type { RequestOrigin } from "@/lib/http/request-origin";

/** A test's origin: a documentation address (RFC 5737), so that audit entries can be checked. */
export const TEST_ORIGIN: RequestOrigin = { requestId: "test-request", clientAddress: "192.0.2.10" };

/** The context a command gets when `actor` calls it, as the boundary would build it. */
export const acting = (actor: Actor | null, origin: RequestOrigin = TEST_ORIGIN): CommandContext => ({ actor, origin });
