package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzImportJSON feeds the importer arbitrary files. It must never panic,
// whenever it reports problems it must have written nothing, and whatever
// it accepts must read back. The seed
// corpus is in testdata/fuzz/FuzzImportJSON; run the fuzzer with
//
//	go test ./store/ -run '^$' -fuzz FuzzImportJSON -fuzztime 60s -fuzzminimizetime 5s
//
// (Minimising a new input runs the importer thousands of times; with the
// default minute per input the fuzzer seems to stall.)
func FuzzImportJSON(f *testing.F) {
	for _, seed := range fuzzSeeds(f) {
		f.Add(seed)
	}
	s := openAt(f, testDB(f), newClock())
	// Durability is not what is fuzzed: without a sync per successful
	// import the fuzzer runs, and minimises, many times faster.
	if _, err := s.db.Exec("PRAGMA synchronous = OFF"); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		before := snapshot(t, s)
		_, err := s.ImportJSON(ctx, bytes.NewReader(data), ImportOptions{})
		if err == nil {
			checkReadsBack(t, s)
			resetDB(t, s)
			return
		}
		var ie *ImportError
		if !errors.As(err, &ie) || len(ie.Problems) == 0 {
			t.Fatalf("a refused import must list its problems, got %v", err)
		}
		for _, p := range ie.Problems {
			if p.Line < 1 || p.Message == "" {
				t.Errorf("problem without a place or a message: %+v", p)
			}
		}
		if after := snapshot(t, s); after != before {
			t.Fatalf("a refused import wrote to the database")
		}
	})
}

// snapshot is the connection's count of changes made (the store has one
// connection, so any write shows) and a summary of what the tables hold.
func snapshot(t *testing.T, s *Store) string {
	var out string
	err := s.db.QueryRow(`SELECT total_changes() || ' ' || (SELECT count(*) FROM assessments) || ' ' ||
		(SELECT count(*) FROM answers) || ' ' || (SELECT count(*) FROM evidence) || ' ' || (SELECT count(*) FROM actions) || ' ' ||
		(SELECT count(*) FROM answer_history) || ' ' || (SELECT name FROM profile)`).Scan(&out)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// resetDB empties the database after a successful import.
func resetDB(t *testing.T, s *Store) {
	if _, err := s.db.Exec("DELETE FROM assessments; DELETE FROM profile; INSERT INTO profile (id) VALUES (1)"); err != nil {
		t.Fatal(err)
	}
}

// fuzzSeeds are a valid file and a variety of broken ones.
func fuzzSeeds(tb testing.TB) [][]byte {
	valid := validFile(tb)
	seeds := []string{valid, "", "null", "[]", "{}", `{"format":"dsptdesk","version":1}`, `{"format":"dsptdesk","version":1,"assessments":[]}`,
		`{"format":"dsptdesk","version":1e400,"assessments":[]}`, strings.Repeat("[", 100) + strings.Repeat("]", 100),
		`{"format":"dsptdesk","version":1,"assessments":[{"edition":"2025-26","answers":[{"ref":"1.1.5","value":"\u0000"}]}]}`}
	for _, r := range [][2]string{
		{`"version": 2`, `"version": 5`}, {`"actions": [`, `"registers": {"staff": [{"name": "A", "type": "bank", "start_date": "31/01/2027"}]}, "register_settings": {"staff.count_agency": "no"}, "actions": [`}, {`"value": "confirmed"`, `"value": 7`}, {`"2027-01-31"`, `"2027-02-29"`},
		{`"kind": "paper"`, `"kind": "fax"`}, {`"state": "in_progress"`, `"state": "published", "published_on": "2026-06-30", "published_level": "SM"`},
		{"  ]\n}\n", "  ]\n"}, {`"ods_code": "VNX12"`, `"ods_code": "VNX12", "ods_code": "X"`},
		// times and dates at the edges of what the store keeps
		{`"2026-09-01T09:00:00Z"`, `"9999-12-31T23:30:00-01:00"`}, {`"2026-09-02T09:00:00Z"`, `"9999-12-31T23:59:59Z"`},
		{`"2026-09-03T09:00:00Z"`, `"0000-01-01T00:30:00+01:00"`}, {`"2026-08-01T12:00:00Z"`, `"0000-01-01T00:00:00Z"`},
		{`"2026-11-23T10:15:00Z"`, `"9999-12-31T22:59:59.999-01:00"`}, {`"2027-01-31"`, `"0001-01-01"`}, {`"2027-03-31"`, `"9999-12-31"`},
	} {
		seeds = append(seeds, strings.Replace(valid, r[0], r[1], 1))
	}
	out := make([][]byte, len(seeds))
	for i, s := range seeds {
		out[i] = []byte(s)
	}
	return out
}

// TestWriteFuzzSeedCorpus rewrites testdata/fuzz/FuzzImportJSON from
// fuzzSeeds when DSPT_WRITE_SEEDS=1, for when the format changes.
func TestWriteFuzzSeedCorpus(t *testing.T) {
	if os.Getenv("DSPT_WRITE_SEEDS") != "1" {
		t.Skip("set DSPT_WRITE_SEEDS=1 to rewrite the seed corpus")
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzImportJSON")
	os.MkdirAll(dir, 0o755)
	for i, seed := range fuzzSeeds(t) {
		data := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", seed)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("seed-%02d", i)), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
