-- DSPT Desk schema 3: when each answer was last given, as distinct from when
-- anything about it last changed. Confirming a carried-forward answer or
-- editing its comment leaves answered_at alone, so a review-by date taken
-- from it is not renewed without new evidence. Existing answers take their
-- last update time.

ALTER TABLE answers ADD COLUMN answered_at TEXT NOT NULL DEFAULT '';
UPDATE answers SET answered_at = updated_at;
