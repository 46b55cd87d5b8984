-- DSPT Desk evidence check: whether the manager has added or confirmed an
-- evidence location on this computer. DSPT Desk looks at a file or folder by
-- itself (to see whether it has gone or changed) only once checked_here is 1;
-- evidence from an import is written with 0 and shown as "not yet checked on
-- this computer" until the manager clicks "Check it now" on it.
-- Existing evidence was added in the window or imported before this rule;
-- a network location among it (a UNC path or a file:// URL) is marked
-- unchecked, so that no server is contacted without a click on that entry.

ALTER TABLE evidence ADD COLUMN checked_here INTEGER NOT NULL DEFAULT 1 CHECK (checked_here IN (0, 1));
UPDATE evidence SET checked_here = 0
WHERE kind IN ('file', 'folder')
  AND (location LIKE '\\%' ESCAPE '|' OR location LIKE '//%' OR location LIKE '/\%' ESCAPE '|'
       OR location LIKE '\/%' ESCAPE '|' OR lower(location) LIKE 'file:%');
