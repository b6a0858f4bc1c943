// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package etag

import (
	"encoding/base64"
	"testing"

	"github.com/peopleupdate/peopleupdate/person"
)

func TestLayout(t *testing.T) {
	if rawLen%3 != 0 || base64.StdEncoding.EncodedLen(rawLen) != encodedLen {
		t.Errorf("%d raw bytes encode to %d base64 characters with padding, want %d without", rawLen, base64.StdEncoding.EncodedLen(rawLen), encodedLen)
	}
}

// FuzzDecode checks that Decode never panics, that every etag it accepts is the
// one ForPerson encodes from what it decoded (decode then encode is the
// identity), and that ForPerson's etags decode to the read they were issued
// for (encode then decode is the identity). Seeds: testdata/fuzz/FuzzDecode.
func FuzzDecode(f *testing.F) {
	f.Fuzz(func(t *testing.T, tag string) {
		r, s, ok := Decode(tag)
		raw, rawOK := decode(tag)
		if ok != rawOK {
			t.Fatalf("Decode(%q) ok = %v, decode ok = %v", tag, ok, rawOK)
		}
		if !ok {
			if r.Fields() != 0 || s != 0 {
				t.Fatalf("Decode(%q) failed with non-zero values %v, %v", tag, r.Fields(), s)
			}
			return
		}
		if again := "%" + base64.StdEncoding.EncodeToString(raw[:]); again != tag {
			t.Fatalf("Decode(%q) accepted a non-canonical etag; its canonical form is %q", tag, again)
		}

		// Encode under the decoded read, for a person derived from the input,
		// and decode again.
		p := &person.Person{
			ResourceName: tag,
			Metadata:     &person.PersonMetadata{Sources: []*person.Source{{Type: person.Source_CONTACT, Id: tag[1:], Etag: tag[:13]}}},
		}
		tag2 := ForPerson(p, r, s)
		r2, s2, ok := Decode(tag2)
		if !ok || r2 != r || s2 != s {
			t.Fatalf("Decode(ForPerson(p, %v, %v)) = %v, %v, %v; want the same read", r, s, r2, s2, ok)
		}
		if !Matches(p, tag2) {
			t.Fatalf("Matches(p, ForPerson(p, %v, %v)) = false", r, s)
		}
		if got, want := Matches(p, tag), tag == tag2; got != want {
			t.Fatalf("Matches(p, %q) = %v, want %v: ForPerson(p) under its read is %q", tag, got, want, tag2)
		}
	})
}
