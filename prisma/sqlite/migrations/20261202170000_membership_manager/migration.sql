-- MemberRole gains MANAGER. SQLite keeps enums as TEXT, with no constraint to change: nothing
-- to do here, but the two histories keep the same migrations (docs/decisions/0002).
SELECT 1;
