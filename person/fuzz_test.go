// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
)

// FuzzUnmarshal feeds arbitrary bodies to Unmarshal. Its seed corpus, under
// testdata/fuzz/FuzzUnmarshal, holds the request bodies of the conformance
// cases, the fixture and inputs that once broke the decoder. Invariants:
//
//   - no panic;
//   - an error is an *apierror.Error of a decoding kind, with a message in
//     valid UTF-8 no longer than a constant plus six bytes per input byte (no
//     quadratic echo), on a field rooted at person, and comes without a person;
//   - a decoded person encodes, and decoding that again gives an equal person
//     and the same bytes again, compact or indented;
//   - protojson agrees on accepting the input, and on the person, but for
//     the deviations of TestProtojsonDeviations.
func FuzzUnmarshal(f *testing.F) {
	f.Add([]byte(`{"etag":"%EgU=","names":[{"givenName":"Ada","family_name":"Lovelace"}],"birthdays":[{"date":{"year":"1815","month":12,"day":10}}]}`))
	f.Add(readFile(f, fixturePath))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := person.Unmarshal(b)
		if err != nil {
			var e *apierror.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v (%T) is not an *apierror.Error", err, err)
			}
			switch e.Kind {
			case apierror.MalformedJSON, apierror.UnknownBodyField, apierror.InvalidBodyValue:
			default:
				t.Fatalf("error of kind %v: %v", e.Kind, e)
			}
			if !utf8.ValidString(e.Message) || !strings.HasPrefix(e.Field(), "person") {
				t.Fatalf("error %q: invalid UTF-8 or no field rooted at person (%q)", e.Message, e.Field())
			}
			if len(e.Message) > 1024+6*len(b) {
				t.Fatalf("error message of %d bytes for an input of %d", len(e.Message), len(b))
			}
			if p != nil {
				t.Fatalf("Unmarshal returned a person with error %v", err)
			}
		} else {
			out, err := person.Marshal(p)
			if err != nil {
				t.Fatalf("Marshal(Unmarshal(%q)): %v", b, err)
			}
			q, err := person.Unmarshal(out)
			if err != nil {
				t.Fatalf("Unmarshal(Marshal(Unmarshal(%q))) = %v; Marshal gave %s", b, err, out)
			}
			if !proto.Equal(p, q) {
				t.Fatalf("decode, encode, decode of %q is not stable: %s", b, out)
			}
			if again, err := person.Marshal(q); err != nil || !bytes.Equal(out, again) {
				t.Fatalf("Marshal not stable: %s then %s (%v)", out, again, err)
			}
			indented, err := person.MarshalIndent(p)
			if err != nil {
				t.Fatalf("MarshalIndent: %v", err)
			}
			if r, err := person.Unmarshal(indented); err != nil || !proto.Equal(p, r) {
				t.Fatalf("MarshalIndent output does not decode to the same person (%v): %s", err, indented)
			}
		}

		ref := new(person.Person)
		refErr := protojson.Unmarshal(b, ref)
		switch {
		case err == nil && refErr == nil:
			if !proto.Equal(p, ref) {
				t.Fatalf("Unmarshal(%q) differs from protojson's", b)
			}
		case (err == nil) != (refErr == nil) && deviation(string(b)) == "":
			t.Fatalf("Unmarshal(%q): error %v; protojson: error %v", b, err, refErr)
		}
	})
}
