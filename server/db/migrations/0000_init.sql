CREATE TABLE "agent_queues" (
	"agent_id" text NOT NULL,
	"queue_id" text NOT NULL,
	CONSTRAINT "agent_queues_agent_id_queue_id_pk" PRIMARY KEY("agent_id","queue_id")
);
--> statement-breakpoint
CREATE TABLE "agents" (
	"id" text PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agents_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"customer_id" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"policy_id" text NOT NULL,
	"status" text NOT NULL,
	"description" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"promised_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"amount_claimed_minor" bigint NOT NULL,
	"amount_paid_minor" bigint,
	"adjuster_id" text,
	"rescue_id" text
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"status" text NOT NULL,
	"root_causes" text[] NOT NULL,
	"channel" text NOT NULL,
	"owner" text,
	"origin_touchpoint_id" bigint,
	"customer_words" text NOT NULL,
	"resolution" text,
	"satisfaction" integer,
	"claim_id" text,
	"policy_id" text
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" text PRIMARY KEY NOT NULL,
	"external_id" text NOT NULL,
	"channel" text NOT NULL,
	"queue_id" text NOT NULL,
	"state" text NOT NULL,
	"match" text NOT NULL,
	"customer_id" text,
	"candidate_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"from_phone" text,
	"from_email" text,
	"from_customer_id" text,
	"language" text,
	"ivr_path" text[] DEFAULT '{}'::text[] NOT NULL,
	"ivr_intent" text,
	"offered_to" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"offered_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "contacts_external_id_unique" UNIQUE("external_id")
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"email" text,
	"id_number" text NOT NULL,
	"city" text NOT NULL,
	"tier" text NOT NULL,
	"preferred_language" text NOT NULL,
	"preferred_channel" text NOT NULL,
	"consent_sms" boolean NOT NULL,
	"consent_marketing" boolean NOT NULL,
	"consent_recording" boolean NOT NULL,
	"customer_since" date NOT NULL,
	"ltv_minor" bigint NOT NULL,
	"churn_risk" real NOT NULL,
	"advisor_name" text,
	"intermediary_id" text
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"line" text NOT NULL,
	"product" text NOT NULL,
	"status" text NOT NULL,
	"start_date" date NOT NULL,
	"renewal_date" date NOT NULL,
	"premium_minor" bigint NOT NULL,
	"payment_status" text NOT NULL,
	"days_overdue" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "promises" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"description" text NOT NULL,
	"made_by" text NOT NULL,
	"made_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"resolved_at" timestamp with time zone,
	"claim_id" text
);
--> statement-breakpoint
CREATE TABLE "queues" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"channel" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scripts" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"language" text NOT NULL,
	"root_cause" text,
	"stage" text,
	"marketing" boolean DEFAULT false NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "touchpoints" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "touchpoints_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"event_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"stage" text NOT NULL,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"partner_id" text,
	"policy_id" text,
	"claim_id" text,
	"dwell_seconds" integer,
	"anomaly" text,
	"attributes" jsonb,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agent_queues" ADD CONSTRAINT "agent_queues_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_queues" ADD CONSTRAINT "agent_queues_queue_id_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."queues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_adjuster_id_partners_id_fk" FOREIGN KEY ("adjuster_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_rescue_id_partners_id_fk" FOREIGN KEY ("rescue_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_queue_id_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."queues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_offered_to_agents_id_fk" FOREIGN KEY ("offered_to") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_intermediary_id_partners_id_fk" FOREIGN KEY ("intermediary_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promises" ADD CONSTRAINT "promises_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_customer_idx" ON "audit_events" USING btree ("customer_id","at");--> statement-breakpoint
CREATE INDEX "claims_customer_idx" ON "claims" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "complaints_customer_idx" ON "complaints" USING btree ("customer_id","opened_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "contacts_queue_state_idx" ON "contacts" USING btree ("queue_id","state","created_at");--> statement-breakpoint
CREATE INDEX "customers_phone_idx" ON "customers" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "customers_email_idx" ON "customers" USING btree ("email");--> statement-breakpoint
CREATE INDEX "policies_customer_idx" ON "policies" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "promises_customer_idx" ON "promises" USING btree ("customer_id","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "touchpoints_event_id_uq" ON "touchpoints" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "touchpoints_customer_time_idx" ON "touchpoints" USING btree ("customer_id","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);