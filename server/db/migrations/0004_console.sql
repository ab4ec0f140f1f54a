CREATE TABLE "console_alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"rule" text NOT NULL,
	"contact_id" text NOT NULL,
	"customer_id" text,
	"raised_at" timestamp with time zone NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"acknowledged_by" text,
	"acknowledged_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "console_alerts" ADD CONSTRAINT "console_alerts_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "console_alerts" ADD CONSTRAINT "console_alerts_acknowledged_by_agents_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "console_alerts_rule_contact_uq" ON "console_alerts" USING btree ("rule","contact_id");--> statement-breakpoint
CREATE INDEX "console_alerts_open_idx" ON "console_alerts" USING btree ("raised_at" DESC NULLS LAST) WHERE "console_alerts"."acknowledged_at" is null;--> statement-breakpoint
CREATE INDEX "console_alerts_acknowledged_idx" ON "console_alerts" USING btree ("acknowledged_at" DESC NULLS LAST);