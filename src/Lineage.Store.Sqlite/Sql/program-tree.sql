-- Each program with itself and every program it is a part of, so a sub-program inherits its ancestors' runners,
-- regions and identity. Included (SqlText) by every statement that matches programs.
program_tree(id, anc) AS (
  SELECT id, id FROM programs
  UNION
  SELECT t.id, p.parent FROM program_tree t JOIN programs p ON p.id = t.anc WHERE p.parent IS NOT NULL
),
