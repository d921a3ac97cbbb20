CREATE TABLE `corpus_import_keys` (
	`import_id` integer NOT NULL,
	`record_type` text NOT NULL,
	`file_id` text NOT NULL,
	`db_id` integer NOT NULL,
	`preexisting` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`import_id`, `record_type`, `file_id`),
	FOREIGN KEY (`import_id`) REFERENCES `corpus_imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `corpus_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`content_hash` text NOT NULL,
	`lines_committed` integer DEFAULT 0 NOT NULL,
	`completed_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `corpus_imports_content_hash_unique` ON `corpus_imports` (`content_hash`);