import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`service_guides_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_legal_basis_order_idx\` ON \`service_guides_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_legal_basis_parent_id_idx\` ON \`service_guides_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_conditions_order_idx\` ON \`service_guides_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_conditions_parent_id_idx\` ON \`service_guides_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`form\` text DEFAULT 'original',
  	\`copies\` numeric DEFAULT 1,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_materials_order_idx\` ON \`service_guides_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_materials_parent_id_idx\` ON \`service_guides_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_steps_order_idx\` ON \`service_guides_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_steps_parent_id_idx\` ON \`service_guides_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_locations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`address\` text,
  	\`hours\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_locations_order_idx\` ON \`service_guides_locations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_locations_parent_id_idx\` ON \`service_guides_locations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_faq_order_idx\` ON \`service_guides_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_faq_parent_id_idx\` ON \`service_guides_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_targets\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_targets_order_idx\` ON \`service_guides_targets\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_targets_parent_idx\` ON \`service_guides_targets\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`level\` numeric,
  	\`by\` text,
  	\`by_name\` text,
  	\`at\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_workflow_history_order_idx\` ON \`service_guides_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_workflow_history_parent_id_idx\` ON \`service_guides_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`title\` text,
  	\`department_id\` integer,
  	\`item_type\` text,
  	\`audience\` text DEFAULT 'personal',
  	\`summary\` text,
  	\`legal_limit_days\` numeric,
  	\`promised_limit_days\` numeric,
  	\`fee_charged\` integer DEFAULT false,
  	\`fee_description\` text,
  	\`consult_phone\` text,
  	\`complaint_phone\` text,
  	\`online_url\` text,
  	\`online_depth\` text,
  	\`max_visits\` numeric DEFAULT 0,
  	\`channel_overrides_short_title\` text,
  	\`channel_overrides_digest\` text,
  	\`channel_overrides_kiosk_summary\` text,
  	\`channel_overrides_cover_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_level\` numeric DEFAULT 0,
  	\`workflow_required_levels\` numeric DEFAULT 1,
  	\`workflow_submitted_by\` text,
  	\`workflow_rejection_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`channel_overrides_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_guides_code_idx\` ON \`service_guides\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_department_idx\` ON \`service_guides\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_channel_overrides_channel_overrides_cover_idx\` ON \`service_guides\` (\`channel_overrides_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_workflow_workflow_state_idx\` ON \`service_guides\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_updated_at_idx\` ON \`service_guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_created_at_idx\` ON \`service_guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`service_guides__status_idx\` ON \`service_guides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_texts_order_parent\` ON \`service_guides_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`service_guides_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_guides_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_rels_order_idx\` ON \`service_guides_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_rels_parent_idx\` ON \`service_guides_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_rels_path_idx\` ON \`service_guides_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_rels_service_guides_id_idx\` ON \`service_guides_rels\` (\`service_guides_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_legal_basis_order_idx\` ON \`_service_guides_v_version_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_legal_basis_parent_id_idx\` ON \`_service_guides_v_version_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_conditions_order_idx\` ON \`_service_guides_v_version_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_conditions_parent_id_idx\` ON \`_service_guides_v_version_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`form\` text DEFAULT 'original',
  	\`copies\` numeric DEFAULT 1,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_materials_order_idx\` ON \`_service_guides_v_version_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_materials_parent_id_idx\` ON \`_service_guides_v_version_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_steps_order_idx\` ON \`_service_guides_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_steps_parent_id_idx\` ON \`_service_guides_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_locations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`address\` text,
  	\`hours\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_locations_order_idx\` ON \`_service_guides_v_version_locations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_locations_parent_id_idx\` ON \`_service_guides_v_version_locations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_faq_order_idx\` ON \`_service_guides_v_version_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_faq_parent_id_idx\` ON \`_service_guides_v_version_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_targets\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_targets_order_idx\` ON \`_service_guides_v_version_targets\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_targets_parent_idx\` ON \`_service_guides_v_version_targets\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`level\` numeric,
  	\`by\` text,
  	\`by_name\` text,
  	\`at\` text,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_workflow_history_order_idx\` ON \`_service_guides_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_workflow_history_parent_id_idx\` ON \`_service_guides_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_code\` text,
  	\`version_title\` text,
  	\`version_department_id\` integer,
  	\`version_item_type\` text,
  	\`version_audience\` text DEFAULT 'personal',
  	\`version_summary\` text,
  	\`version_legal_limit_days\` numeric,
  	\`version_promised_limit_days\` numeric,
  	\`version_fee_charged\` integer DEFAULT false,
  	\`version_fee_description\` text,
  	\`version_consult_phone\` text,
  	\`version_complaint_phone\` text,
  	\`version_online_url\` text,
  	\`version_online_depth\` text,
  	\`version_max_visits\` numeric DEFAULT 0,
  	\`version_channel_overrides_short_title\` text,
  	\`version_channel_overrides_digest\` text,
  	\`version_channel_overrides_kiosk_summary\` text,
  	\`version_channel_overrides_cover_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_level\` numeric DEFAULT 0,
  	\`version_workflow_required_levels\` numeric DEFAULT 1,
  	\`version_workflow_submitted_by\` text,
  	\`version_workflow_rejection_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_channel_overrides_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_parent_idx\` ON \`_service_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_code_idx\` ON \`_service_guides_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_department_idx\` ON \`_service_guides_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_channel_overrides_version_chan_idx\` ON \`_service_guides_v\` (\`version_channel_overrides_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_workflow_version_workflow_stat_idx\` ON \`_service_guides_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_updated_at_idx\` ON \`_service_guides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_created_at_idx\` ON \`_service_guides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version__status_idx\` ON \`_service_guides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_created_at_idx\` ON \`_service_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_updated_at_idx\` ON \`_service_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_latest_idx\` ON \`_service_guides_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_texts_order_parent\` ON \`_service_guides_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`service_guides_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_guides_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_order_idx\` ON \`_service_guides_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_parent_idx\` ON \`_service_guides_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_path_idx\` ON \`_service_guides_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_service_guides_id_idx\` ON \`_service_guides_v_rels\` (\`service_guides_id\`);`)
  await db.run(sql`CREATE TABLE \`notices_targets\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notices_targets_order_idx\` ON \`notices_targets\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notices_targets_parent_idx\` ON \`notices_targets\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`notices_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`level\` numeric,
  	\`by\` text,
  	\`by_name\` text,
  	\`at\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notices_workflow_history_order_idx\` ON \`notices_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`notices_workflow_history_parent_id_idx\` ON \`notices_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`title\` text,
  	\`department_id\` integer,
  	\`body\` text,
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`urgent\` integer DEFAULT false,
  	\`channel_overrides_short_title\` text,
  	\`channel_overrides_digest\` text,
  	\`channel_overrides_kiosk_summary\` text,
  	\`channel_overrides_cover_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_level\` numeric DEFAULT 0,
  	\`workflow_required_levels\` numeric DEFAULT 1,
  	\`workflow_submitted_by\` text,
  	\`workflow_rejection_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`channel_overrides_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`notices_slug_idx\` ON \`notices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`notices_department_idx\` ON \`notices\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_valid_from_idx\` ON \`notices\` (\`valid_from\`);`)
  await db.run(sql`CREATE INDEX \`notices_valid_to_idx\` ON \`notices\` (\`valid_to\`);`)
  await db.run(sql`CREATE INDEX \`notices_urgent_idx\` ON \`notices\` (\`urgent\`);`)
  await db.run(sql`CREATE INDEX \`notices_channel_overrides_channel_overrides_cover_idx\` ON \`notices\` (\`channel_overrides_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_workflow_workflow_state_idx\` ON \`notices\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`notices_updated_at_idx\` ON \`notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notices_created_at_idx\` ON \`notices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`notices__status_idx\` ON \`notices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`notices_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`service_guides_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_guides_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notices_rels_order_idx\` ON \`notices_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_parent_idx\` ON \`notices_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_path_idx\` ON \`notices_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_service_guides_id_idx\` ON \`notices_rels\` (\`service_guides_id\`);`)
  await db.run(sql`CREATE TABLE \`_notices_v_version_targets\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_notices_v_version_targets_order_idx\` ON \`_notices_v_version_targets\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_targets_parent_idx\` ON \`_notices_v_version_targets\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_notices_v_version_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`level\` numeric,
  	\`by\` text,
  	\`by_name\` text,
  	\`at\` text,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_notices_v_version_workflow_history_order_idx\` ON \`_notices_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_workflow_history_parent_id_idx\` ON \`_notices_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_notices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_title\` text,
  	\`version_department_id\` integer,
  	\`version_body\` text,
  	\`version_valid_from\` text,
  	\`version_valid_to\` text,
  	\`version_urgent\` integer DEFAULT false,
  	\`version_channel_overrides_short_title\` text,
  	\`version_channel_overrides_digest\` text,
  	\`version_channel_overrides_kiosk_summary\` text,
  	\`version_channel_overrides_cover_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_level\` numeric DEFAULT 0,
  	\`version_workflow_required_levels\` numeric DEFAULT 1,
  	\`version_workflow_submitted_by\` text,
  	\`version_workflow_rejection_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_channel_overrides_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_notices_v_parent_idx\` ON \`_notices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_slug_idx\` ON \`_notices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_department_idx\` ON \`_notices_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_valid_from_idx\` ON \`_notices_v\` (\`version_valid_from\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_valid_to_idx\` ON \`_notices_v\` (\`version_valid_to\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_urgent_idx\` ON \`_notices_v\` (\`version_urgent\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_channel_overrides_version_channel_ove_idx\` ON \`_notices_v\` (\`version_channel_overrides_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_workflow_version_workflow_state_idx\` ON \`_notices_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_updated_at_idx\` ON \`_notices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_created_at_idx\` ON \`_notices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version__status_idx\` ON \`_notices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_created_at_idx\` ON \`_notices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_updated_at_idx\` ON \`_notices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_latest_idx\` ON \`_notices_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_notices_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`service_guides_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_guides_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_notices_v_rels_order_idx\` ON \`_notices_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_rels_parent_idx\` ON \`_notices_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_rels_path_idx\` ON \`_notices_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_rels_service_guides_id_idx\` ON \`_notices_v_rels\` (\`service_guides_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_web480_url\` text,
  	\`sizes_web480_width\` numeric,
  	\`sizes_web480_height\` numeric,
  	\`sizes_web480_mime_type\` text,
  	\`sizes_web480_filesize\` numeric,
  	\`sizes_web480_filename\` text,
  	\`sizes_web960_url\` text,
  	\`sizes_web960_width\` numeric,
  	\`sizes_web960_height\` numeric,
  	\`sizes_web960_mime_type\` text,
  	\`sizes_web960_filesize\` numeric,
  	\`sizes_web960_filename\` text,
  	\`sizes_web1600_url\` text,
  	\`sizes_web1600_width\` numeric,
  	\`sizes_web1600_height\` numeric,
  	\`sizes_web1600_mime_type\` text,
  	\`sizes_web1600_filesize\` numeric,
  	\`sizes_web1600_filename\` text,
  	\`sizes_wechat_cover_url\` text,
  	\`sizes_wechat_cover_width\` numeric,
  	\`sizes_wechat_cover_height\` numeric,
  	\`sizes_wechat_cover_mime_type\` text,
  	\`sizes_wechat_cover_filesize\` numeric,
  	\`sizes_wechat_cover_filename\` text,
  	\`sizes_square_url\` text,
  	\`sizes_square_width\` numeric,
  	\`sizes_square_height\` numeric,
  	\`sizes_square_mime_type\` text,
  	\`sizes_square_filesize\` numeric,
  	\`sizes_square_filename\` text,
  	\`sizes_kiosk_portrait_url\` text,
  	\`sizes_kiosk_portrait_width\` numeric,
  	\`sizes_kiosk_portrait_height\` numeric,
  	\`sizes_kiosk_portrait_mime_type\` text,
  	\`sizes_kiosk_portrait_filesize\` numeric,
  	\`sizes_kiosk_portrait_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_web480_sizes_web480_filename_idx\` ON \`media\` (\`sizes_web480_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_web960_sizes_web960_filename_idx\` ON \`media\` (\`sizes_web960_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_web1600_sizes_web1600_filename_idx\` ON \`media\` (\`sizes_web1600_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wechat_cover_sizes_wechat_cover_filename_idx\` ON \`media\` (\`sizes_wechat_cover_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_square_sizes_square_filename_idx\` ON \`media\` (\`sizes_square_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_kiosk_portrait_sizes_kiosk_portrait_filename_idx\` ON \`media\` (\`sizes_kiosk_portrait_filename\`);`)
  await db.run(sql`CREATE TABLE \`departments_phones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text DEFAULT '咨询电话',
  	\`number\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`departments_phones_order_idx\` ON \`departments_phones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`departments_phones_parent_id_idx\` ON \`departments_phones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`departments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`email\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_code_idx\` ON \`departments\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`departments_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`departments_texts_order_parent\` ON \`departments_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_departments_id_idx\` ON \`users_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE TABLE \`channels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`enabled\` integer DEFAULT true,
  	\`wechat_app_id\` text,
  	\`wechat_account_id\` text,
  	\`wechat_app_secret\` text,
  	\`wechat_token\` text,
  	\`wechat_encoding_a_e_s_key\` text,
  	\`wechat_api_base\` text,
  	\`webhook_url\` text,
  	\`webhook_secret\` text,
  	\`location\` text,
  	\`sync_last_seen_at\` text,
  	\`sync_applied_cursor\` text,
  	\`sync_client_version\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`channels_kind_idx\` ON \`channels\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`channels_enabled_idx\` ON \`channels\` (\`enabled\`);`)
  await db.run(sql`CREATE INDEX \`channels_updated_at_idx\` ON \`channels\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`channels_created_at_idx\` ON \`channels\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sensitive_terms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	\`category\` text DEFAULT 'sensitive',
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sensitive_terms_term_idx\` ON \`sensitive_terms\` (\`term\`);`)
  await db.run(sql`CREATE INDEX \`sensitive_terms_updated_at_idx\` ON \`sensitive_terms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sensitive_terms_created_at_idx\` ON \`sensitive_terms\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`cron_runs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`job\` text NOT NULL,
  	\`slot\` text NOT NULL,
  	\`status\` text DEFAULT 'running',
  	\`summary\` text,
  	\`finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`cron_runs_key_idx\` ON \`cron_runs\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`cron_runs_job_idx\` ON \`cron_runs\` (\`job\`);`)
  await db.run(sql`CREATE INDEX \`cron_runs_updated_at_idx\` ON \`cron_runs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cron_runs_created_at_idx\` ON \`cron_runs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_synonyms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`enabled\` integer DEFAULT true,
  	\`source\` text DEFAULT 'editor',
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_synonyms_updated_at_idx\` ON \`search_synonyms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_synonyms_created_at_idx\` ON \`search_synonyms\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_synonyms_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search_synonyms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_synonyms_texts_order_parent\` ON \`search_synonyms_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`search_gaps\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`query\` text NOT NULL,
  	\`count\` numeric DEFAULT 1,
  	\`no_click_count\` numeric DEFAULT 0,
  	\`first_seen_at\` text,
  	\`last_seen_at\` text,
  	\`status\` text DEFAULT 'open',
  	\`synonym_phrase\` text,
  	\`synonym_target\` text,
  	\`synonym_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`synonym_id\`) REFERENCES \`search_synonyms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`search_gaps_query_idx\` ON \`search_gaps\` (\`query\`);`)
  await db.run(sql`CREATE INDEX \`search_gaps_count_idx\` ON \`search_gaps\` (\`count\`);`)
  await db.run(sql`CREATE INDEX \`search_gaps_last_seen_at_idx\` ON \`search_gaps\` (\`last_seen_at\`);`)
  await db.run(sql`CREATE INDEX \`search_gaps_status_idx\` ON \`search_gaps\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`search_gaps_synonym_idx\` ON \`search_gaps\` (\`synonym_id\`);`)
  await db.run(sql`CREATE INDEX \`search_gaps_updated_at_idx\` ON \`search_gaps\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_gaps_created_at_idx\` ON \`search_gaps\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_gaps_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search_gaps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_gaps_texts_order_parent\` ON \`search_gaps_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`doc_collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`key\` text NOT NULL,
  	\`version\` text NOT NULL,
  	\`channel_id\` integer NOT NULL,
  	\`channel_name\` text,
  	\`channel_kind\` text,
  	\`action\` text NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`claimed_at\` text,
  	\`delivered_at\` text,
  	\`last_error\` text,
  	\`external_id\` text,
  	\`progress\` text,
  	\`dedupe_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`deliveries_doc_collection_idx\` ON \`deliveries\` (\`doc_collection\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_doc_id_idx\` ON \`deliveries\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_channel_idx\` ON \`deliveries\` (\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_channel_kind_idx\` ON \`deliveries\` (\`channel_kind\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_status_idx\` ON \`deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_next_attempt_at_idx\` ON \`deliveries\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`deliveries_dedupe_key_idx\` ON \`deliveries\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`channel_feed\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`seq\` numeric NOT NULL,
  	\`channel_id\` integer NOT NULL,
  	\`key\` text NOT NULL,
  	\`doc_type\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`version\` text,
  	\`title\` text,
  	\`rendered\` text,
  	\`etag\` text,
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`channel_feed_seq_idx\` ON \`channel_feed\` (\`seq\`);`)
  await db.run(sql`CREATE INDEX \`channel_feed_channel_idx\` ON \`channel_feed\` (\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`channel_feed_key_idx\` ON \`channel_feed\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`channel_feed_updated_at_idx\` ON \`channel_feed\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`channel_feed_created_at_idx\` ON \`channel_feed\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sequences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`value\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sequences_name_idx\` ON \`sequences\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`sequences_updated_at_idx\` ON \`sequences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sequences_created_at_idx\` ON \`sequences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`service_guides_id\` integer,
  	\`notices_id\` integer,
  	\`media_id\` integer,
  	\`departments_id\` integer,
  	\`users_id\` integer,
  	\`channels_id\` integer,
  	\`sensitive_terms_id\` integer,
  	\`cron_runs_id\` integer,
  	\`search_synonyms_id\` integer,
  	\`search_gaps_id\` integer,
  	\`deliveries_id\` integer,
  	\`channel_feed_id\` integer,
  	\`sequences_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_guides_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notices_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sensitive_terms_id\`) REFERENCES \`sensitive_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cron_runs_id\`) REFERENCES \`cron_runs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_synonyms_id\`) REFERENCES \`search_synonyms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_gaps_id\`) REFERENCES \`search_gaps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channel_feed_id\`) REFERENCES \`channel_feed\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sequences_id\`) REFERENCES \`sequences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`service_guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sensitive_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`sensitive_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cron_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`cron_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_synonyms_id_idx\` ON \`payload_locked_documents_rels\` (\`search_synonyms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_gaps_id_idx\` ON \`payload_locked_documents_rels\` (\`search_gaps_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channel_feed_id_idx\` ON \`payload_locked_documents_rels\` (\`channel_feed_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sequences_id_idx\` ON \`payload_locked_documents_rels\` (\`sequences_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`channels_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_channels_id_idx\` ON \`payload_preferences_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`hub_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`review_levels\` numeric DEFAULT 1 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`service_guides_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`service_guides_conditions\`;`)
  await db.run(sql`DROP TABLE \`service_guides_materials\`;`)
  await db.run(sql`DROP TABLE \`service_guides_steps\`;`)
  await db.run(sql`DROP TABLE \`service_guides_locations\`;`)
  await db.run(sql`DROP TABLE \`service_guides_faq\`;`)
  await db.run(sql`DROP TABLE \`service_guides_targets\`;`)
  await db.run(sql`DROP TABLE \`service_guides_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`service_guides\`;`)
  await db.run(sql`DROP TABLE \`service_guides_texts\`;`)
  await db.run(sql`DROP TABLE \`service_guides_rels\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_conditions\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_locations\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_faq\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_targets\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_rels\`;`)
  await db.run(sql`DROP TABLE \`notices_targets\`;`)
  await db.run(sql`DROP TABLE \`notices_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`notices\`;`)
  await db.run(sql`DROP TABLE \`notices_rels\`;`)
  await db.run(sql`DROP TABLE \`_notices_v_version_targets\`;`)
  await db.run(sql`DROP TABLE \`_notices_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_notices_v\`;`)
  await db.run(sql`DROP TABLE \`_notices_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`departments_phones\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`DROP TABLE \`departments_texts\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`channels\`;`)
  await db.run(sql`DROP TABLE \`sensitive_terms\`;`)
  await db.run(sql`DROP TABLE \`cron_runs\`;`)
  await db.run(sql`DROP TABLE \`search_synonyms\`;`)
  await db.run(sql`DROP TABLE \`search_synonyms_texts\`;`)
  await db.run(sql`DROP TABLE \`search_gaps\`;`)
  await db.run(sql`DROP TABLE \`search_gaps_texts\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`channel_feed\`;`)
  await db.run(sql`DROP TABLE \`sequences\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`hub_settings\`;`)
}
