package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// TestDecodeFieldsReadsWhatMarshalWrites: every row read back equals the
// row written, whether it takes the quick way or encoding/json's.
func TestDecodeFieldsReadsWhatMarshalWrites(t *testing.T) {
	for _, v := range []register.Values{
		{}, {"name": "Jo Bloggs"}, {"name": "Jo", "role": "Carer", "start_date": "2027-01-31"},
		{"what": "Line one\nline two \"quoted\" \\ back"}, {"note": "<b> & </b>"}, {"name": "Zoë Ńowak 🙂", "x": ""},
		{"a,b": "c:d", "{": "}"}, {"odd": "\u2028"},
	} {
		data, _ := json.Marshal(v)
		got, err := decodeFields(string(data))
		if err != nil || !reflect.DeepEqual(got, v) {
			t.Errorf("%s read back as %v, %v", data, got, err)
		}
	}
	for _, bad := range []string{"", "{", `{"a"}`, `{"a":}`, `{"a":"b",}`, `{"a":"b"`, "[]", `{"a":1}`} {
		if _, err := decodeFields(bad); err == nil {
			t.Errorf("%q was read without an error", bad)
		}
	}
}

// FuzzDecodeFields: the quick way never disagrees with encoding/json.
func FuzzDecodeFields(f *testing.F) {
	for _, s := range []string{`{"a":"b"}`, `{"a":"b","c":"d"}`, `{}`, `{"a":"b",}`, `{"":""}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		quick, ok := plainFields(s)
		if !ok {
			return
		}
		var want register.Values
		if err := json.Unmarshal([]byte(s), &want); err != nil {
			t.Fatalf("%q: the quick way read what encoding/json refuses: %v", s, err)
		}
		if !reflect.DeepEqual(quick, want) {
			t.Fatalf("%q: quick %v, encoding/json %v", s, quick, want)
		}
	})
}
