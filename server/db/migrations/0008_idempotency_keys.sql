CREATE TABLE "wrap_up_receipts" (
	"agent_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"contact_id" text NOT NULL,
	"complaint_id" text,
	"promise_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wrap_up_receipts_agent_id_idempotency_key_pk" PRIMARY KEY("agent_id","idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "chat_messages" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "wrap_up_receipts" ADD CONSTRAINT "wrap_up_receipts_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wrap_up_receipts" ADD CONSTRAINT "wrap_up_receipts_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "chat_messages_author_key_uq" ON "chat_messages" USING btree ("author_id","idempotency_key");