// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/testing/protocmp"
)

// The tests of this file hold Unmarshal and Marshal against protojson, the
// reference proto3 JSON codec: on every input both must accept or both refuse,
// and accept the same person, except for the deviations listed in
// TestProtojsonDeviations, each of which follows Google's front end or SPEC.md.

// agreeBase is a small person using every kind of value, whose mutations make
// up most of the corpus.
const agreeBase = `{"resourceName":"people/c1","metadata":{"sources":[{"type":"CONTACT","id":"a1","updateTime":"2024-11-02T17:40:12.5Z","profileMetadata":{"userTypes":["GOOGLE_USER"]}}],"deleted":true},` +
	`"names":[{"givenName":"Zoë","metadata":{"primary":true,"source":{"type":"CONTACT"}}}],"birthdays":[{"date":{"year":1986,"month":"7","day":12}}],"ageRange":"LESS_THAN_EIGHTEEN","nicknames":[{"type":2,"value":"Z\u00e9\n"}],"etag":null}`

// mutations returns in with each byte at every stride-th position deleted or
// replaced by each of a few bytes that break or change JSON.
func mutations(in string, stride int) []string {
	var out []string
	for i := 0; i < len(in); i += stride {
		out = append(out, in[:i]+in[i+1:], in[:i]) // deleted; truncated
		for _, c := range []string{`"`, `{`, `}`, `[`, `]`, `,`, `:`, ` `, `0`, `.`, `e`, `-`, `\`, `n`, `x`, "\xff", `_`, `A`} {
			out = append(out, in[:i]+c+in[i+1:])
		}
	}
	return out
}

// agreeCorpus returns the inputs both decoders are run on.
func agreeCorpus(t *testing.T) []string {
	corpus := mutations(agreeBase, 1)
	fixture := readFile(t, fixturePath)
	var compact bytes.Buffer
	if err := compactJSON(&compact, fixture); err != nil {
		t.Fatal(err)
	}
	corpus = append(corpus, string(fixture), compact.String())
	stride := 97
	if testing.Short() {
		stride = 499
	}
	corpus = append(corpus, mutations(compact.String(), stride)...)
	corpus = append(corpus,
		`{}`, ` {} `, `{"names":[]}`, `{"names":null}`, `{"metadata":{}}`, `{"metadata":null}`,
		`{"names":[null]}`, `{"names":[{}],"names":[{}]}`, `{"names":[{}],"names":null}`, `{"names":[],"names":[]}`,
		`{"email_addresses":[],"emailAddresses":[]}`, `{"etag":"a","etag":"a"}`,
		`{"birthdays":[{"date":{"year":"1986"}}]}`, `{"birthdays":[{"date":{"year":" 1986"}}]}`,
		`{"birthdays":[{"date":{"year":1e3}}]}`, `{"birthdays":[{"date":{"year":10e-1}}]}`, `{"birthdays":[{"date":{"year":1.5}}]}`,
		`{"birthdays":[{"date":{"year":2147483647}}]}`, `{"birthdays":[{"date":{"year":2147483648}}]}`, `{"birthdays":[{"date":{"year":-2147483648}}]}`,
		`{"birthdays":[{"date":{"year":"-2147483649"}}]}`, `{"birthdays":[{"date":{"year":-0}}]}`, `{"birthdays":[{"date":{"year":"-0"}}]}`,
		`{"nicknames":[{"type":"INITIALS"}]}`, `{"nicknames":[{"type":"initials"}]}`, `{"nicknames":[{"type":7}]}`, `{"nicknames":[{"type":-1}]}`,
		`{"nicknames":[{"type":"2"}]}`, `{"nicknames":[{"type":true}]}`, `{"nicknames":[{"type":2147483648}]}`,
		`{"metadata":{"sources":[{"updateTime":"2024-11-02T17:40:12Z"}]}}`, `{"metadata":{"sources":[{"updateTime":"2024-11-02T17:40:12.123456789+05:30"}]}}`,
		`{"metadata":{"sources":[{"updateTime":"2024-11-02T17:40:12.1234567890Z"}]}}`, `{"metadata":{"sources":[{"updateTime":"2024-11-02 17:40:12Z"}]}}`,
		`{"metadata":{"sources":[{"updateTime":"2024-11-02T17:40:12"}]}}`, `{"metadata":{"sources":[{"updateTime":"0000-12-31T23:59:59Z"}]}}`,
		`{"metadata":{"sources":[{"updateTime":"10000-01-01T00:00:00Z"}]}}`, `{"metadata":{"sources":[{"updateTime":"2024-13-01T00:00:00Z"}]}}`,
		`{"metadata":{"sources":[{"updateTime":"2023-02-29T00:00:00Z"}]}}`, `{"metadata":{"sources":[{"updateTime":"2024-02-29T24:00:00Z"}]}}`,
		`{"metadata":{"sources":[{"updateTime":"2024-02-29T23:59:60Z"}]}}`, `{"metadata":{"sources":[{"updateTime":"2024-02-29T23:59:59.Z"}]}}`,
		`{"metadata":{"sources":[{"updateTime":"2024-02-29T23:59:59+0100"}]}}`, `{"metadata":{"sources":[{"updateTime":5}]}}`,
		`{"metadata":{"deleted":"true"}}`, `{"metadata":{"deleted":1}}`, `{"etag":5}`, `{"etag":["x"]}`, `{"etag":{}}`,
		`{"names":{}}`, `{"names":"x"}`, `{"names":[[]]}`, `{"names":[1]}`, `{"metadata":[]}`,
		`{"etag":"\ud800"}`, `{"etag":"\udc00"}`, `{"etag":"\ud83d\ude00"}`, `{"etag":"\u0000"}`, "{\"etag\":\"\x01\"}", "{\"etag\":\"\xed\xa0\x80\"}",
		`{"etag":"x"}}`, `{"etag":"x"} x`, `[]`, `"x"`, `1`, `true`, `{"a":1}`, `{"":1}`, `{"@type":"x"}`,
		`{"names":[{"givenName":"A"}]`, `{"names":[{"givenName":"A"},]}`, `{"names":[{"givenName":"A",}]}`,
		strings.Repeat("[", 100000), `{"names":`+strings.Repeat("[", 100000),
	)
	return corpus
}

// Patterns of the inputs on which Unmarshal knowingly disagrees with protojson.
var (
	// an exponent without digits, which protojson's scanner takes (1e, 1e+)
	bareExponent = regexp.MustCompile(`[0-9][eE][+-]?(?:[^0-9+-]|$)`)
	// an updateTime that is not strict RFC 3339, which Go's time.Parse may take
	// (one-digit fields, a decimal comma)
	updateTime = regexp.MustCompile(`"update_?[tT]ime":"([^"]*)"`)
	strictTime = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$`)
)

// deviation reports why Unmarshal may disagree with protojson on in: the cases
// pinned by TestProtojsonDeviations. It returns "" for every other input.
func deviation(in string) string {
	switch strings.TrimSpace(in) {
	case "", "null":
		return "an empty or null body is an empty person"
	}
	if bareExponent.MatchString(in) {
		return "an exponent needs digits"
	}
	for _, m := range updateTime.FindAllStringSubmatch(in, -1) {
		if !strictTime.MatchString(m[1]) {
			return "a timestamp is strict RFC 3339"
		}
	}
	return ""
}

func TestAgreesWithProtojson(t *testing.T) {
	var disagree []string
	for _, in := range agreeCorpus(t) {
		got, err := person.Unmarshal([]byte(in))
		if err != nil {
			asAPIErr(t, err)
		}
		ref := new(person.Person)
		refErr := protojson.Unmarshal([]byte(in), ref)
		switch {
		case err == nil && refErr == nil:
			if proto.Equal(ref, got) {
				continue
			}
			if diff := cmp.Diff(ref, got, protocmp.Transform()); diff != "" {
				t.Errorf("Unmarshal(%q) mismatch with protojson (-protojson +Unmarshal):\n%s", in, diff)
			}
		case (err == nil) != (refErr == nil):
			if deviation(in) == "" {
				disagree = append(disagree, fmt.Sprintf("%q: Unmarshal error %v, protojson error %v", in, err, refErr))
			}
		}
	}
	if len(disagree) > 0 {
		t.Errorf("Unmarshal and protojson disagree on %d inputs:\n%s", len(disagree), strings.Join(disagree, "\n"))
	}
}

// TestProtojsonDeviations pins where Unmarshal knowingly differs from
// protojson, and why.
func TestProtojsonDeviations(t *testing.T) {
	tests := []struct {
		in        string
		wantOK    bool // Unmarshal accepts in
		protojson bool // protojson accepts in
		why       string
	}{
		{``, true, false, "an empty body sets no field (SPEC: null means absent)"},
		{` null `, true, false, "a null body sets no field, as null does for any field"},
		{`{"birthdays":[{"date":{"year":1986.0}}]}`, true, true, "an integral JSON number is an int32, however spelled"},
		{`{"birthdays":[{"date":{"year":1e}}]}`, false, true, "RFC 8259: an exponent needs digits; protojson's scanner takes none"},
		{`{"metadata":{"sources":[{"updateTime":"2024-11-02T7:40:12Z"}]}}`, false, true, "RFC 3339 fields have two digits; Go's time.Parse takes one"},
		{`{"birthdays":[{"date":{"year":15.0e-1}}]}`, false, false, "1.5 is not integral"},
		{`{"birthdays":[{"date":{"year":"1e3"}}]}`, false, true, "an int32 string holds a decimal integer only (SPEC §1)"},
		{`{"birthdays":[{"date":{"year":"1986.0"}}]}`, false, true, "an int32 string holds a decimal integer only (SPEC §1)"},
		{`{"metadata":{"sources":[{"updateTime":"2024-11-02T17:40:12,5Z"}]}}`, false, true, "RFC 3339 has no decimal comma; Go's time.Parse takes one"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			_, err := person.Unmarshal([]byte(tc.in))
			if got := err == nil; got != tc.wantOK {
				t.Errorf("Unmarshal(%q) accepted: %t, want %t (%s); error %v", tc.in, got, tc.wantOK, tc.why, err)
			}
			refErr := protojson.Unmarshal([]byte(tc.in), new(person.Person))
			if got := refErr == nil; got != tc.protojson {
				t.Errorf("protojson.Unmarshal(%q) accepted: %t, want %t; error %v", tc.in, got, tc.protojson, refErr)
			}
		})
	}
}

// TestMarshalAgreesWithProtojson checks that Marshal writes the same JSON
// value as protojson for the fixture, and that protojson reads Marshal's output
// back to the same person.
func TestMarshalAgreesWithProtojson(t *testing.T) {
	p, err := person.Unmarshal(readFile(t, fixturePath))
	if err != nil {
		t.Fatal(err)
	}
	got, err := person.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	want, err := protojson.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(jsonValue(t, want), jsonValue(t, got)); diff != "" {
		t.Errorf("Marshal mismatch with protojson (-protojson +Marshal):\n%s", diff)
	}
	back := new(person.Person)
	if err := protojson.Unmarshal(got, back); err != nil {
		t.Fatalf("protojson.Unmarshal(Marshal(p)): %v", err)
	}
	if !proto.Equal(p, back) {
		t.Errorf("protojson.Unmarshal(Marshal(p)) differs from p")
	}
}

// compactJSON is json.Compact, kept apart so the corpus builder reads plainly.
func compactJSON(dst *bytes.Buffer, src []byte) error { return json.Compact(dst, src) }
