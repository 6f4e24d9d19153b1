import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`feedback_pii_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_pii_kinds_order_idx\` ON \`feedback_pii_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_pii_kinds_parent_idx\` ON \`feedback_pii_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`feedback_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`filename\` text,
  	\`content_type\` text,
  	\`size\` numeric,
  	\`url\` text,
  	\`media_id\` text,
  	\`recognition\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_attachments_order_idx\` ON \`feedback_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_attachments_parent_id_idx\` ON \`feedback_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`feedback_triage_urgent_reasons\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_triage_urgent_reasons_order_idx\` ON \`feedback_triage_urgent_reasons\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_triage_urgent_reasons_parent_idx\` ON \`feedback_triage_urgent_reasons\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`feedback_timeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`action\` text,
  	\`actor_id\` integer,
  	\`note\` text,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_timeline_order_idx\` ON \`feedback_timeline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_timeline_parent_id_idx\` ON \`feedback_timeline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_timeline_actor_idx\` ON \`feedback_timeline\` (\`actor_id\`);`)
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_no\` text,
  	\`channel\` text NOT NULL,
  	\`kind\` text DEFAULT 'message' NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`source_channel_id\` integer,
  	\`client_id\` text,
  	\`dedup_key\` text,
  	\`masked_text\` text,
  	\`text\` text,
  	\`pii\` integer DEFAULT false,
  	\`rating\` numeric,
  	\`useful\` integer,
  	\`guide_code\` text,
  	\`page_url\` text,
  	\`contact_name\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`contact_open_id\` text,
  	\`contact_reply_via\` text DEFAULT 'channel',
  	\`thread_subject\` text,
  	\`thread_message_id\` text,
  	\`thread_in_reply_to\` text,
  	\`thread_parent_id\` integer,
  	\`triage_sentiment\` text,
  	\`triage_sentiment_score\` numeric,
  	\`triage_category\` text,
  	\`triage_urgent\` integer DEFAULT false,
  	\`triage_route_score\` numeric,
  	\`triage_suggested_department_id\` integer,
  	\`triage_triaged_at\` text,
  	\`triage_corrected\` integer DEFAULT false,
  	\`guide_id\` integer,
  	\`topic_id\` integer,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`department_id\` integer,
  	\`assignee_id\` integer,
  	\`merged_into_id\` integer,
  	\`sla_policy\` text,
  	\`sla_first_response_due\` text,
  	\`sla_due_at\` text,
  	\`sla_first_response_at\` text,
  	\`sla_answered_at\` text,
  	\`sla_closed_at\` text,
  	\`sla_warned_at\` text,
  	\`sla_escalated_at\` text,
  	\`return_visit_required\` integer DEFAULT false,
  	\`return_visit_due\` text,
  	\`return_visit_visited_at\` text,
  	\`return_visit_rating\` numeric,
  	\`return_visit_rectification_due\` text,
  	\`return_visit_rectified_at\` text,
  	\`return_visit_token\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`source_channel_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`thread_parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`triage_suggested_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`guide_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_case_no_idx\` ON \`feedback\` (\`case_no\`);`)
  await db.run(sql`CREATE INDEX \`feedback_channel_idx\` ON \`feedback\` (\`channel\`);`)
  await db.run(sql`CREATE INDEX \`feedback_received_at_idx\` ON \`feedback\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_source_channel_idx\` ON \`feedback\` (\`source_channel_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_dedup_key_idx\` ON \`feedback\` (\`dedup_key\`);`)
  await db.run(sql`CREATE INDEX \`feedback_guide_code_idx\` ON \`feedback\` (\`guide_code\`);`)
  await db.run(sql`CREATE INDEX \`feedback_contact_contact_open_id_idx\` ON \`feedback\` (\`contact_open_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_thread_thread_message_id_idx\` ON \`feedback\` (\`thread_message_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_thread_thread_parent_idx\` ON \`feedback\` (\`thread_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_triage_triage_sentiment_idx\` ON \`feedback\` (\`triage_sentiment\`);`)
  await db.run(sql`CREATE INDEX \`feedback_triage_triage_category_idx\` ON \`feedback\` (\`triage_category\`);`)
  await db.run(sql`CREATE INDEX \`feedback_triage_triage_urgent_idx\` ON \`feedback\` (\`triage_urgent\`);`)
  await db.run(sql`CREATE INDEX \`feedback_triage_triage_suggested_department_idx\` ON \`feedback\` (\`triage_suggested_department_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_triage_triage_triaged_at_idx\` ON \`feedback\` (\`triage_triaged_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_guide_idx\` ON \`feedback\` (\`guide_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_topic_idx\` ON \`feedback\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_department_idx\` ON \`feedback\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_assignee_idx\` ON \`feedback\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_merged_into_idx\` ON \`feedback\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_sla_sla_first_response_due_idx\` ON \`feedback\` (\`sla_first_response_due\`);`)
  await db.run(sql`CREATE INDEX \`feedback_sla_sla_due_at_idx\` ON \`feedback\` (\`sla_due_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_sla_sla_closed_at_idx\` ON \`feedback\` (\`sla_closed_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_sla_sla_escalated_at_idx\` ON \`feedback\` (\`sla_escalated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_return_visit_return_visit_required_idx\` ON \`feedback\` (\`return_visit_required\`);`)
  await db.run(sql`CREATE INDEX \`feedback_return_visit_return_visit_token_idx\` ON \`feedback\` (\`return_visit_token\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_texts_order_parent\` ON \`feedback_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`responses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`feedback_id\` integer NOT NULL,
  	\`department_id\` integer,
  	\`body\` text NOT NULL,
  	\`status\` text DEFAULT 'draft',
  	\`route\` text,
  	\`public\` integer DEFAULT true,
  	\`author_id\` integer,
  	\`reviewer_id\` integer,
  	\`sent_at\` text,
  	\`error\` text,
  	\`external_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`responses_feedback_idx\` ON \`responses\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_department_idx\` ON \`responses\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_status_idx\` ON \`responses\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`responses_author_idx\` ON \`responses\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_reviewer_idx\` ON \`responses\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_sent_at_idx\` ON \`responses\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`responses_external_id_idx\` ON \`responses\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_updated_at_idx\` ON \`responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`responses_created_at_idx\` ON \`responses\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_channels_order_idx\` ON \`topics_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`topics_channels_parent_idx\` ON \`topics_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`label\` text,
  	\`volume\` numeric DEFAULT 0,
  	\`negative\` numeric DEFAULT 0,
  	\`neutral\` numeric DEFAULT 0,
  	\`positive\` numeric DEFAULT 0,
  	\`department_id\` integer,
  	\`first_seen\` text,
  	\`last_seen\` text,
  	\`alert_status\` text DEFAULT 'none',
  	\`alert_raised_at\` text,
  	\`alert_reason\` text,
  	\`alert_response_due\` text,
  	\`alert_responded_at\` text,
  	\`state\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_key_idx\` ON \`topics\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`topics_volume_idx\` ON \`topics\` (\`volume\`);`)
  await db.run(sql`CREATE INDEX \`topics_department_idx\` ON \`topics\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_last_seen_idx\` ON \`topics\` (\`last_seen\`);`)
  await db.run(sql`CREATE INDEX \`topics_alert_status_idx\` ON \`topics\` (\`alert_status\`);`)
  await db.run(sql`CREATE INDEX \`topics_alert_alert_response_due_idx\` ON \`topics\` (\`alert_response_due\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_texts_order_parent\` ON \`topics_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`triage_corrections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`feedback_id\` integer NOT NULL,
  	\`field\` text NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`corrected_by_id\` integer,
  	\`masked_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`corrected_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`triage_corrections_feedback_idx\` ON \`triage_corrections\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`triage_corrections_corrected_by_idx\` ON \`triage_corrections\` (\`corrected_by_id\`);`)
  await db.run(sql`CREATE INDEX \`triage_corrections_updated_at_idx\` ON \`triage_corrections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`triage_corrections_created_at_idx\` ON \`triage_corrections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback_settings_sla_policies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`category\` text,
  	\`urgent\` integer DEFAULT false,
  	\`first_response\` numeric NOT NULL,
  	\`first_response_unit\` text NOT NULL,
  	\`resolution\` numeric NOT NULL,
  	\`resolution_unit\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_settings_sla_policies_order_idx\` ON \`feedback_settings_sla_policies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_settings_sla_policies_parent_id_idx\` ON \`feedback_settings_sla_policies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`feedback_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`warn_at\` numeric DEFAULT 0.8,
  	\`bad_rating_return_visit_days\` numeric DEFAULT 3,
  	\`bad_rating_rectification_days\` numeric DEFAULT 10,
  	\`spike_window_hours\` numeric DEFAULT 2,
  	\`spike_baseline_days\` numeric DEFAULT 7,
  	\`spike_min_count\` numeric DEFAULT 3,
  	\`spike_factor\` numeric DEFAULT 3,
  	\`sentiment_response_hours\` numeric DEFAULT 48,
  	\`auto_route_score\` numeric DEFAULT 0.5,
  	\`require_answer_review\` integer DEFAULT false,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`feedback_settings_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`feedback_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_settings_texts_order_parent\` ON \`feedback_settings_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`department_head\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`on_duty\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`wechat_encoding_a_e_s_key_previous\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`feedback_id\` integer REFERENCES feedback(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`responses_id\` integer REFERENCES responses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`topics_id\` integer REFERENCES topics(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`triage_corrections_id\` integer REFERENCES triage_corrections(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_triage_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`triage_corrections_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`feedback_pii_kinds\`;`)
  await db.run(sql`DROP TABLE \`feedback_attachments\`;`)
  await db.run(sql`DROP TABLE \`feedback_triage_urgent_reasons\`;`)
  await db.run(sql`DROP TABLE \`feedback_timeline\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`feedback_texts\`;`)
  await db.run(sql`DROP TABLE \`responses\`;`)
  await db.run(sql`DROP TABLE \`topics_channels\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_texts\`;`)
  await db.run(sql`DROP TABLE \`triage_corrections\`;`)
  await db.run(sql`DROP TABLE \`feedback_settings_sla_policies\`;`)
  await db.run(sql`DROP TABLE \`feedback_settings\`;`)
  await db.run(sql`DROP TABLE \`feedback_settings_texts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "service_guides_id", "notices_id", "media_id", "departments_id", "users_id", "channels_id", "sensitive_terms_id", "cron_runs_id", "search_synonyms_id", "search_gaps_id", "deliveries_id", "channel_feed_id", "sequences_id") SELECT "id", "order", "parent_id", "path", "service_guides_id", "notices_id", "media_id", "departments_id", "users_id", "channels_id", "sensitive_terms_id", "cron_runs_id", "search_synonyms_id", "search_gaps_id", "deliveries_id", "channel_feed_id", "sequences_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`department_head\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`on_duty\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`wechat_encoding_a_e_s_key_previous\`;`)
}
