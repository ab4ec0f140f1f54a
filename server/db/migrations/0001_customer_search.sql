ALTER TABLE "contacts" ADD COLUMN "linked_by" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_linked_by_agents_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customers_name_lower_idx" ON "customers" USING btree (lower("name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "customers_phone_reverse_idx" ON "customers" USING btree (reverse("phone") text_pattern_ops);