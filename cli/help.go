package cli

const shortUsage = "dsptdesk [--db PATH | --demo] | dsptdesk questions|export|import|help|version [flags]"

// helpText follows "DSPT Desk <version>" in the help.
const helpText = ` helps a care home work through the NHS Data Security and
Protection Toolkit, keep its answers and evidence, and print a pack for inspectors.

Usage:
  dsptdesk [--db PATH | --demo] [--startup-timing]
      Open the window. Without --db it uses your own database in your
      settings folder, created on first run.
  dsptdesk questions [--edition 2025-26] [--format csv|json] [--db PATH]
      Print the question bank (ref, group, level, answer type, NDG standard,
      confidence, question). Level AS = needed for Approaching Standards and
      above; SM = needed for Standards Met only.
  dsptdesk export --format json|pdf [--db PATH | --demo] -o FILE
      Write everything to a portable JSON file, or print the assessment
      summary and action plan to a PDF.
  dsptdesk import [--db PATH] [--replace] FILE
      Read a JSON file written by export. Nothing is written unless the whole
      file is valid. An existing assessment is never replaced unless you add
      --replace, and then a backup is taken first.
  dsptdesk version      Print the version (also --version).
  dsptdesk help         Print this help (also --help or -h).

Flags:
  --db PATH         use this database file instead of the default (accepted by
                    every command; questions reads only the built-in bank)
  --demo            use a temporary copy of the Rosewood House sample
  --startup-timing  print the time from start to the first frame, then quit
  --edition ID      the question-bank edition (default: the newest)
  --format FORMAT   csv or json for questions; json or pdf for export
  -o FILE           the file to write
  --replace         allow import to replace existing assessments (after a backup)

Exit status: 0 done, 1 failed (the message says why), 2 wrong command line.
`
