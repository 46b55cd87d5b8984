package cli

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// questionRow is one line of `dsptdesk questions`.
type questionRow struct {
	Ref        string `json:"ref"`
	Group      string `json:"group"`
	Level      string `json:"level"`
	AnswerType string `json:"answer_type"`
	NDG        int    `json:"ndg_standard"`
	NDGTitle   string `json:"ndg_title"`
	Confidence string `json:"confidence"`
	Question   string `json:"question"`
	// The rest is written in JSON only.
	NotApplicable string       `json:"not_applicable"`
	HowOnline     string       `json:"not_applicable_online"`
	Check         string       `json:"check,omitempty"`
	Guidance      guidanceJSON `json:"guidance"`
}

// guidanceJSON is an item's guidance in `dsptdesk questions --format json`.
type guidanceJSON struct {
	Meaning       string   `json:"meaning"`
	GoodAnswer    string   `json:"good_answer"`
	Example       string   `json:"example"`
	Pitfalls      string   `json:"pitfalls"`
	Templates     []string `json:"templates"`
	NotApplicable string   `json:"not_applicable"`
}

func runQuestions(args []string, env Env) error {
	fs := newFlags("questions")
	edition := fs.String("edition", "", "")
	format := fs.String("format", "csv", "")
	var dbPath dbFlag
	fs.Var(&dbPath, "db", "") // accepted as on every command; the question bank is built in
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	if dbPath.set {
		if err := checkDatabasePath(dbPath.path, true, mustExist); err != nil {
			return err
		}
	}
	if *format != "csv" && *format != "json" {
		return usagef("--format must be csv or json, not %q", *format)
	}
	ed, err := pickEdition(*edition)
	if err != nil {
		return err
	}
	rows := questionRows(ed)
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	return writeQuestionsCSV(env.Stdout, rows)
}

// pickEdition returns the named edition, or the newest for "".
func pickEdition(id string) (*assessment.Edition, error) {
	bank, err := assessment.DefaultBank()
	if err != nil {
		return nil, fmt.Errorf("loading the question bank: %w", err)
	}
	if id == "" {
		return bank.Latest(), nil
	}
	if ed := bank.Edition(id); ed != nil {
		return ed, nil
	}
	return nil, usagef("unknown edition %q (this version knows %v)", id, bank.IDs())
}

func questionRows(ed *assessment.Edition) []questionRow {
	var rows []questionRow
	for _, g := range ed.Groups {
		for _, it := range g.Items {
			gd := it.Guidance
			rows = append(rows, questionRow{it.Ref, g.Title, it.Level.Code(), string(it.Answer),
				it.NDG, it.NDGTitle, string(it.Confidence), it.Question,
				string(it.NotApplicable), it.NotApplicable.HowOnline(), it.Check,
				guidanceJSON{gd.Meaning, gd.GoodAnswer, gd.Example, gd.Pitfalls, gd.Templates, gd.NotApplicable}})
		}
	}
	return rows
}

func writeQuestionsCSV(w io.Writer, rows []questionRow) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"ref", "group", "level", "answer_type", "ndg_standard", "confidence", "question"})
	for _, r := range rows {
		cw.Write([]string{r.Ref, r.Group, r.Level, r.AnswerType, strconv.Itoa(r.NDG), r.Confidence, r.Question})
	}
	cw.Flush()
	return cw.Error()
}
