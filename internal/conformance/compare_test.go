// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package conformance

import (
	"testing"
	"time"

	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/types/known/timestamppb"
)

func TestDiff(t *testing.T) {
	tests := []struct {
		desc      string
		inWant    string
		inGot     string
		wantEqual bool
	}{{
		desc:      "equal values, keys in any order",
		inWant:    `{"resourceName":"people/c1","names":[{"givenName":"A","familyName":"B"}]}`,
		inGot:     `{"names":[{"familyName":"B","givenName":"A"}],"resourceName":"people/c1"}`,
		wantEqual: true,
	}, {
		desc:      "etag and updateTime set aside at every depth",
		inWant:    `{"etag":"%x","metadata":{"sources":[{"type":"CONTACT","etag":"#a","updateTime":"2020-01-01T00:00:00Z"}]}}`,
		inGot:     `{"etag":"%y","metadata":{"sources":[{"type":"CONTACT","etag":"#b","updateTime":"2026-01-01T00:00:00Z"}]}}`,
		wantEqual: true,
	}, {
		desc:      "computed value absent from want is removed from got",
		inWant:    `{"phoneNumbers":[{"value":"1","type":"home"}],"names":[{"givenName":"A"}]}`,
		inGot:     `{"phoneNumbers":[{"value":"1","type":"home","formattedType":"Home","canonicalForm":"+1"}],"names":[{"givenName":"A","displayName":"A","displayNameLastFirst":"A","unstructuredName":"A"}]}`,
		wantEqual: true,
	}, {
		desc:      "computed value present in want is compared",
		inWant:    `{"phoneNumbers":[{"value":"1","formattedType":"Home"}]}`,
		inGot:     `{"phoneNumbers":[{"value":"1","formattedType":"Work"}]}`,
		wantEqual: false,
	}, {
		desc:      "null in want: the key must be absent",
		inWant:    `{"phoneNumbers":[{"value":"1","canonicalForm":null}]}`,
		inGot:     `{"phoneNumbers":[{"value":"1","canonicalForm":"+1"}]}`,
		wantEqual: false,
	}, {
		desc:      "null in want: absent is fine",
		inWant:    `{"phoneNumbers":[{"value":"1","canonicalForm":null}],"names":null}`,
		inGot:     `{"phoneNumbers":[{"value":"1"}]}`,
		wantEqual: true,
	}, {
		desc:      "displayName of an email is not a computed value",
		inWant:    `{"emailAddresses":[{"value":"a@b"}]}`,
		inGot:     `{"emailAddresses":[{"value":"a@b","displayName":"A"}]}`,
		wantEqual: false,
	}, {
		desc:      "formattedValue is computed only in genders and addresses",
		inWant:    `{"genders":[{"value":"male"}],"addresses":[{"city":"X"}]}`,
		inGot:     `{"genders":[{"value":"male","formattedValue":"Male"}],"addresses":[{"city":"X","formattedValue":"X"}]}`,
		wantEqual: true,
	}, {
		desc:      "lists are compared in order",
		inWant:    `{"urls":[{"value":"a"},{"value":"b"}]}`,
		inGot:     `{"urls":[{"value":"b"},{"value":"a"}]}`,
		wantEqual: false,
	}, {
		desc:      "an extra field in got is a difference",
		inWant:    `{"resourceName":"people/c1"}`,
		inGot:     `{"resourceName":"people/c1","photos":[{"url":"u"}]}`,
		wantEqual: false,
	}}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			diff, err := Diff([]byte(tt.inWant), []byte(tt.inGot))
			if err != nil {
				t.Fatal(err)
			}
			if gotEqual := diff == ""; gotEqual != tt.wantEqual {
				t.Errorf("Diff() equal = %v, want %v; diff:\n%s", gotEqual, tt.wantEqual, diff)
			}
		})
	}
}

func TestCheckSources(t *testing.T) {
	ts := func(s int64) *timestamppb.Timestamp { return timestamppb.New(time.Unix(s, 0)) }
	stored := &person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{
		{Type: person.Source_CONTACT, Id: "c", Etag: "#old", UpdateTime: ts(100)},
		{Type: person.Source_PROFILE, Id: "p", Etag: "#prof", UpdateTime: ts(50)},
	}}}
	resp := func(cEtag string, cTime int64, pEtag string) *person.Person {
		return &person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{
			{Type: person.Source_CONTACT, Id: "c", Etag: cEtag, UpdateTime: ts(cTime)},
			{Type: person.Source_PROFILE, Id: "p", Etag: pEtag, UpdateTime: ts(50)},
		}}}
	}
	tests := []struct {
		desc    string
		inResp  *person.Person
		wantBad int
	}{
		{"new contact etag, later time, profile unchanged", resp("#new", 101, "#prof"), 0},
		{"same time is not earlier", resp("#new", 100, "#prof"), 0},
		{"contact etag unchanged", resp("#old", 101, "#prof"), 1},
		{"contact time earlier", resp("#new", 99, "#prof"), 1},
		{"profile etag changed", resp("#new", 101, "#x"), 1},
		{"no metadata", &person.Person{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			if got := CheckSources(stored, tt.inResp); len(got) != tt.wantBad {
				t.Errorf("CheckSources() = %q, want %d violations", got, tt.wantBad)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		desc    string
		in      string
		wantErr bool
	}{
		{"person", `{"description":"d","stored":null,"request":{"resourceName":"people/c1"},"want":{"person":{}}}`, false},
		{"error", `{"description":"d","stored":{},"request":{"resourceName":"people/c1"},"want":{"error":{"code":400,"status":"INVALID_ARGUMENT"}}}`, false},
		{"both", `{"description":"d","stored":{},"request":{},"want":{"person":{},"error":{"code":400,"status":"X"}}}`, true},
		{"neither", `{"description":"d","stored":{},"request":{},"want":{}}`, true},
		{"unknown key", `{"description":"d","stored":{},"request":{"foo":1},"want":{"person":{}}}`, true},
		{"no stored", `{"description":"d","request":{},"want":{"person":{}}}`, true},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			_, err := Decode("x", []byte(tt.in))
			if gotErr := err != nil; gotErr != tt.wantErr {
				t.Errorf("Decode() error = %v, want error %v", err, tt.wantErr)
			}
		})
	}
}

func TestFill(t *testing.T) {
	c := &Case{Name: "x", Request: Request{Person: []byte(`{"etag": "{{etag}}", "z": 1, "metadata": {"sources": [{"etag": "{{etag-stale:names,urls}}"}]}, "a": "{{etag:names}}"}`)}}
	got, err := c.Fill(func(paths string, stale bool) (string, error) {
		if stale {
			return "S[" + paths + "]", nil
		}
		return "E[" + paths + "]", nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"etag": "E[]", "z": 1, "metadata": {"sources": [{"etag": "S[names,urls]"}]}, "a": "E[names]"}`
	if string(got) != want {
		t.Errorf("Fill() = %s, want %s", got, want)
	}
}
