-- Full-text search over statements, articles and participants (FTS5). drizzle cannot declare virtual
-- tables, so they and the triggers that keep them in step with their tables are written by hand.
-- Statements and articles use external content (the text lives once, in its table); participants index
-- their name together with all their aliases, so that table holds its own content.
CREATE VIRTUAL TABLE `statements_fts` USING fts5(text, content='statements', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `statements_fts_after_insert` AFTER INSERT ON `statements` BEGIN
  INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_after_delete` AFTER DELETE ON `statements` BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_after_update` AFTER UPDATE OF text ON `statements` BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `articles_fts` USING fts5(title, body, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_update` AFTER UPDATE OF title, body ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `participants_fts` USING fts5(name, aliases, tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `participants_fts_after_insert` AFTER INSERT ON `participants` BEGIN
  INSERT INTO participants_fts(rowid, name, aliases) VALUES (new.id, new.name, '');
END;
--> statement-breakpoint
CREATE TRIGGER `participants_fts_after_delete` AFTER DELETE ON `participants` BEGIN
  DELETE FROM participants_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `participants_fts_after_update` AFTER UPDATE OF name ON `participants` BEGIN
  UPDATE participants_fts SET name = new.name WHERE rowid = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `participant_aliases_fts_after_insert` AFTER INSERT ON `participant_aliases` BEGIN
  UPDATE participants_fts
  SET aliases = (SELECT group_concat(alias, ' ') FROM participant_aliases WHERE participant_id = new.participant_id)
  WHERE rowid = new.participant_id;
END;
--> statement-breakpoint
CREATE TRIGGER `participant_aliases_fts_after_delete` AFTER DELETE ON `participant_aliases` BEGIN
  UPDATE participants_fts
  SET aliases = coalesce((SELECT group_concat(alias, ' ') FROM participant_aliases WHERE participant_id = old.participant_id), '')
  WHERE rowid = old.participant_id;
END;
