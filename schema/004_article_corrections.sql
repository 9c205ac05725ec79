-- Fields a reviewer corrected with `factledger article ID --set-…` (comma-separated: outlet, title,
-- author, published). Later versions carry them, and re-ingesting the file does not override them.
ALTER TABLE articles ADD COLUMN corrected_fields TEXT;
