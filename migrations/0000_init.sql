CREATE TABLE `article_participants` (
	`article_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`role` text,
	`position` integer NOT NULL,
	PRIMARY KEY(`article_id`, `participant_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_participants_participant_idx` ON `article_participants` (`participant_id`,`article_id`);--> statement-breakpoint
CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`source` text,
	`url` text,
	`published_at` text DEFAULT '' NOT NULL,
	`body` text NOT NULL,
	`body_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_url_unique` ON `articles` (`url`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_body_hash_unique` ON `articles` (`body_hash`);--> statement-breakpoint
CREATE INDEX `articles_published_at_idx` ON `articles` (`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_title_idx` ON `articles` ("title" collate nocase,`id`);--> statement-breakpoint
CREATE INDEX `articles_source_idx` ON `articles` (`source`,`id`);--> statement-breakpoint
CREATE TABLE `participant_aliases` (
	`participant_id` integer NOT NULL,
	`alias` text NOT NULL,
	`alias_key` text NOT NULL,
	PRIMARY KEY(`participant_id`, `alias_key`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `participant_aliases_alias_key_idx` ON `participant_aliases` (`alias_key`);--> statement-breakpoint
CREATE TABLE `participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`kind` text NOT NULL,
	`role` text,
	`statement_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `participants_name_key_idx` ON `participants` (`name_key`);--> statement-breakpoint
CREATE INDEX `participants_name_idx` ON `participants` ("name" collate nocase,`id`);--> statement-breakpoint
CREATE INDEX `participants_statement_count_idx` ON `participants` (`statement_count`,`id`);--> statement-breakpoint
CREATE INDEX `participants_kind_idx` ON `participants` (`kind`,`id`);--> statement-breakpoint
CREATE TABLE `statement_mentions` (
	`statement_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	PRIMARY KEY(`statement_id`, `participant_id`),
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `statement_mentions_participant_idx` ON `statement_mentions` (`participant_id`,`statement_id`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`speaker_id` integer,
	`text` text NOT NULL,
	`kind` text NOT NULL,
	`cue` text,
	`paragraph` integer,
	`start` integer,
	`end` integer,
	`published_at` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`speaker_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `statements_article_idx` ON `statements` (`article_id`,`id`);--> statement-breakpoint
CREATE INDEX `statements_speaker_idx` ON `statements` (`speaker_id`,`id`);--> statement-breakpoint
CREATE INDEX `statements_published_at_idx` ON `statements` (`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `statements_speaker_published_at_idx` ON `statements` (`speaker_id`,`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `statements_kind_idx` ON `statements` (`kind`,`id`);