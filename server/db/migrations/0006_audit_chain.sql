CREATE TABLE "audit_chain_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"genesis" text NOT NULL,
	CONSTRAINT "audit_chain_head_one_row_ck" CHECK ("audit_chain_head"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "origin" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_seq_uq" ON "audit_events" USING btree ("seq");--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_chained_ck" CHECK ("audit_events"."seq" is not null and "audit_events"."origin" is not null and "audit_events"."prev_hash" is not null and "audit_events"."hash" is not null) NOT VALID;--> statement-breakpoint
-- Hand-written below (drizzle-kit does not model these); NOT VALID above is hand-added too: rows
-- from before the chain keep their null chain columns, every row written from now on needs them.
--
-- Rows from before the chain stay as they were (seq, origin, prev_hash, hash null) and are sealed
-- into it: the genesis (prev_hash of seq 1) is the sha256 of their canonical text, one line per row
-- in id order, or 64 zeros when there are none. `npm run audit:verify` recomputes it.
INSERT INTO "audit_chain_head" ("id", "seq", "hash", "genesis")
SELECT 1, 0, g.digest, g.digest
FROM (
	SELECT coalesce(
		encode(sha256(convert_to(string_agg(
			jsonb_build_array(
				"id",
				to_char("at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
				"actor", "action", "customer_id", "detail"
			)::text, E'\n' ORDER BY "id"), 'UTF8')), 'hex'),
		repeat('0', 64)
	) AS digest
	FROM "audit_events"
) AS g;--> statement-breakpoint
-- An entry must extend the chain: seq = head + 1 and prev_hash = the head's hash, checked under
-- the head's row lock; the head then moves to it.
CREATE FUNCTION "audit_events_extend_chain"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	head "audit_chain_head"%ROWTYPE;
BEGIN
	SELECT * INTO head FROM "audit_chain_head" WHERE "id" = 1 FOR UPDATE;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'audit_chain_head is missing';
	END IF;
	IF NEW."seq" IS DISTINCT FROM head."seq" + 1 OR NEW."prev_hash" IS DISTINCT FROM head."hash" THEN
		RAISE EXCEPTION 'audit_events: entry seq % does not extend the chain (head is seq %)', NEW."seq", head."seq"
			USING ERRCODE = 'integrity_constraint_violation';
	END IF;
	IF NEW."hash" !~ '^[0-9a-f]{64}$' THEN
		RAISE EXCEPTION 'audit_events: hash must be 64 lower-case hex digits' USING ERRCODE = 'check_violation';
	END IF;
	UPDATE "audit_chain_head" SET "seq" = NEW."seq", "hash" = NEW."hash" WHERE "id" = 1;
	RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "audit_events_extend_chain" BEFORE INSERT ON "audit_events"
	FOR EACH ROW EXECUTE FUNCTION "audit_events_extend_chain"();--> statement-breakpoint
-- Append-only: no UPDATE, DELETE or TRUNCATE, by anyone (the table owner included).
CREATE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
		USING ERRCODE = 'insufficient_privilege',
		HINT = 'Audit entries are never changed or removed; append a new entry instead.';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "audit_events_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_events"
	FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();--> statement-breakpoint
CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events"
	FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_append_only"();--> statement-breakpoint
-- The head moves only from the insert trigger above, one step at a time, and never goes away.
CREATE FUNCTION "audit_chain_head_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' THEN
		IF pg_trigger_depth() > 1 AND NEW."id" = OLD."id" AND NEW."seq" = OLD."seq" + 1
			AND NEW."genesis" = OLD."genesis" THEN
			RETURN NEW;
		END IF;
	END IF;
	RAISE EXCEPTION 'audit_chain_head moves only when an audit entry is appended: % refused', TG_OP
		USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "audit_chain_head_guard" BEFORE INSERT OR UPDATE OR DELETE ON "audit_chain_head"
	FOR EACH ROW EXECUTE FUNCTION "audit_chain_head_guard"();--> statement-breakpoint
CREATE TRIGGER "audit_chain_head_no_truncate" BEFORE TRUNCATE ON "audit_chain_head"
	FOR EACH STATEMENT EXECUTE FUNCTION "audit_chain_head_guard"();
