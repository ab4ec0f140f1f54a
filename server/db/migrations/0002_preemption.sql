CREATE TABLE "customer_risk" (
	"customer_id" text PRIMARY KEY NOT NULL,
	"score" integer NOT NULL,
	"band" text NOT NULL,
	"assessment" jsonb NOT NULL,
	"rules_version" text NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "preemption_worklist" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"score" integer NOT NULL,
	"points" real NOT NULL,
	"band" text NOT NULL,
	"reason" jsonb NOT NULL,
	"action" text NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"claimed_by" text,
	"claimed_at" timestamp with time zone,
	"outcome" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "customer_risk" ADD CONSTRAINT "customer_risk_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preemption_worklist" ADD CONSTRAINT "preemption_worklist_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preemption_worklist" ADD CONSTRAINT "preemption_worklist_claimed_by_agents_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_risk_score_idx" ON "customer_risk" USING btree ("score" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "preemption_worklist_active_uq" ON "preemption_worklist" USING btree ("customer_id") WHERE "preemption_worklist"."status" <> 'done';--> statement-breakpoint
CREATE INDEX "preemption_worklist_status_score_idx" ON "preemption_worklist" USING btree ("status","score" DESC NULLS LAST,"points" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "preemption_worklist_customer_closed_idx" ON "preemption_worklist" USING btree ("customer_id","closed_at");--> statement-breakpoint
CREATE INDEX "contacts_customer_created_idx" ON "contacts" USING btree ("customer_id","created_at");