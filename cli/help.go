package cli

const shortUsage = "dsptdesk [--db PATH | --demo] | dsptdesk questions|export|import|editions|register|support|help|version [flags]"

// helpText follows "DSPT Desk <version>" in the help.
const helpText = ` helps a care home work through the NHS Data Security and
Protection Toolkit, keep its answers and evidence, and print a pack for inspectors.

Usage:
  dsptdesk [--db PATH | --demo] [--startup-timing]
      Open the window. Without --db it uses your own database in your
      settings folder, created on first run. The log, dsptdesk.log, sits
      beside the database in use.
  dsptdesk questions [--edition 2026-27] [--format csv|json] [--db PATH]
      Print the question bank (ref, group, level, answer type, NDG standard,
      confidence, question). Level AS = needed for Approaching Standards and
      above; SM = needed for Standards Met only.
  dsptdesk export --format json|pdf|xlsx|csv [--db PATH | --demo] [--no-comments]
                  [--leave-out REGISTERS | --no-registers] -o FILE
      Write everything to a portable JSON file, print the assessment summary
      and action plan to a PDF, write the answers, evidence and action plan
      as an Excel workbook (xlsx), or the action plan as CSV. The PDF and the
      workbook include the comments, as the online toolkit does, unless you
      add --no-comments. The PDF ends with an appendix per register (staff,
      incidents, spotchecks, devices, suppliers, information, risks) unless
      you leave some out (--leave-out staff,incidents) or all (--no-registers).
  dsptdesk import [--db PATH] [--replace [--replace-published]] FILE
      Read a JSON file written by export. Nothing is written unless the whole
      file is valid, and a backup is taken first. An existing assessment is
      never replaced unless you add --replace, nor a published one unless you
      add --replace-published as well.
  dsptdesk editions list [--db PATH]
      List the toolkit editions (years) DSPT Desk knows: built in, or added
      from a file, with the revision in use.
  dsptdesk editions add [--db PATH] FILE.toml
      Add a toolkit edition from a file (see docs/edition-format.md). It is
      checked like the built-in ones and added only if all of it is valid;
      it is kept in the database, so it is in backups and exports.
  dsptdesk support list [--db PATH]
      List the end-of-support dates a device's "Supported until" is filled
      from: the built-in table and any added from a file.
  dsptdesk support add [--db PATH] FILE.toml
      Add or correct end-of-support dates from a file written like
      assets/support/end-of-support.toml; an entry replaces the one with the
      same system name. It is checked first and kept in the database, so it
      is in backups and exports.
  dsptdesk register list
      List the registers' tables (staff, training, incidents, spotchecks,
      devices, software, suppliers, information, risks) and their columns.
  dsptdesk register export [--db PATH | --demo] [--edition ID] NAME FILE.csv
      Write one table of the newest assessment (or the one for --edition) as
      CSV, as the window does: headings, dates as 31/01/2027. FILE - writes
      to standard output.
  dsptdesk register import [--db PATH] [--edition ID] [--map "Heading=field"]...
                           [--skip-bad] NAME FILE.csv
      Add the lines of a CSV file (UTF-8 or as Excel saves it; commas or
      semicolons; UK or ISO dates) to one table. Columns are matched to the
      fields by their headings; --map "Full name=name" matches one yourself
      (--map "Notes=" reads nothing from a column). Nothing is written if any
      line is bad: every problem is listed by line. --skip-bad adds the good
      lines and lists the bad ones.
  dsptdesk version      Print the version (also --version).
  dsptdesk help         Print this help (also --help or -h).

Flags:
  --db PATH         use this database file instead of the default (accepted by
                    every command; questions reads only the built-in bank).
                    export and questions need it to exist; import and the
                    window make it if it does not, and say where
  --demo            use a temporary copy of the Rosewood House sample
  --startup-timing  print the time from start to the first frame, then quit
  --edition ID      the question-bank edition, or for register the assessment
                    of that year (default: the newest)
  --format FORMAT   csv or json for questions; json, pdf, xlsx or csv for export
  --no-comments     leave the comments out of an exported pdf or xlsx
  --leave-out LIST  leave these registers' appendices out of an exported pdf
                    (names separated by commas, such as staff,incidents)
  --no-registers    leave every register's appendix out of an exported pdf
  -o FILE           the file to write, never the database or its own files;
                    - writes to standard output
  --replace         allow import to replace existing assessments (after a backup)
  --replace-published  with --replace, allow it to replace published years too

Exit status: 0 done, 1 failed (the message says why), 2 wrong command line.
`
