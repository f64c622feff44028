-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "admin" BOOLEAN NOT NULL DEFAULT false,
    "disabledAt" DATETIME,
    "invitedAt" DATETIME,
    "oidcSubject" TEXT,
    "lastSignInAt" DATETIME,
    "totpSecret" TEXT,
    "totpPendingSecret" TEXT,
    "totpEnabledAt" DATETIME,
    "totpLastStep" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("admin", "createdAt", "disabledAt", "email", "id", "lastSignInAt", "name", "oidcSubject", "passwordHash", "totpEnabledAt", "totpLastStep", "totpPendingSecret", "totpSecret", "updatedAt") SELECT "admin", "createdAt", "disabledAt", "email", "id", "lastSignInAt", "name", "oidcSubject", "passwordHash", "totpEnabledAt", "totpLastStep", "totpPendingSecret", "totpSecret", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
