ALTER TABLE "customers" ADD COLUMN "bank_account" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "health_details" text;