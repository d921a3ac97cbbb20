CREATE TABLE `participant_redirects` (
	`from_id` integer PRIMARY KEY NOT NULL,
	`to_id` integer NOT NULL,
	FOREIGN KEY (`to_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
