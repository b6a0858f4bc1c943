// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/peopleupdate/peopleupdate/internal/conformance"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/encoding/protojson"
)

// updateSeeds rewrites the seed corpus of FuzzUpdateContact from the
// conformance cases: go test -run TestFuzzSeeds -update-fuzz-seeds.
var updateSeeds = flag.Bool("update-fuzz-seeds", false, "rewrite testdata/fuzz/FuzzUpdateContact from the conformance cases")

// seedDir is the seed corpus of FuzzUpdateContact.
const seedDir = "testdata/fuzz/FuzzUpdateContact"

// FuzzUpdateContact calls UpdateContact with a stored person, a request body,
// raw masks and sources built from the fuzz input, and checks that it never
// panics, that every error is an *apierror.Error that leaves stored unchanged,
// and, on success, every property of checkCall.
//
// The inputs are the stored person as protojson (one that does not decode is a
// missing contact), the body (its {{etag}} placeholders are filled from the
// stored person, as in the conformance cases, so that mutations get past the
// token check), the resource name ("" means the stored person's), the two
// masks, and the sources joined by newlines ("" means none).
func FuzzUpdateContact(f *testing.F) {
	f.Add([]byte(`{"resourceName":"people/c1","metadata":{"sources":[{"type":"CONTACT","id":"1","etag":"#AAAAAAAAAAA="}]}}`),
		[]byte(`{"etag":"{{etag}}","names":[{"givenName":"A"}]}`), "", "names", "", "")
	f.Fuzz(func(t *testing.T, storedJSON, body []byte, resourceName, updateMask, personFields, sources string) {
		stored := new(person.Person)
		if err := protojson.Unmarshal(storedJSON, stored); err != nil {
			stored = nil
		}
		if resourceName == "" {
			resourceName = stored.GetResourceName()
		}
		c := &conformance.Case{Name: "fuzz", Request: conformance.Request{Person: body}}
		if filled, err := c.Fill(func(paths string, stale bool) (string, error) {
			return etagOf(stored, paths, nil, stale)
		}); err == nil {
			body = filled
		}
		var src []string
		if sources != "" {
			src = strings.Split(sources, "\n")
		}
		checkCall(t, stored, Request{
			ResourceName:       resourceName,
			UpdatePersonFields: updateMask,
			PersonFields:       personFields,
			Sources:            src,
			Body:               body,
		})
	})
}

// TestFuzzSeeds checks that every conformance case has its seed in the corpus
// of FuzzUpdateContact, and rewrites the corpus with -update-fuzz-seeds.
func TestFuzzSeeds(t *testing.T) {
	for _, file := range seedFiles(t) {
		c := loadCase(t, file)
		path := filepath.Join(seedDir, c.Name)
		want := seedOf(c)
		if *updateSeeds {
			if err := os.MkdirAll(seedDir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != string(want) {
			t.Errorf("seed %s is missing or stale (err %v): run go test -run TestFuzzSeeds -update-fuzz-seeds", path, err)
		}
	}
}

// seedFiles returns the case files of testdata/conformance only: the corpus
// does not depend on $PEOPLEUPDATE_CONFORMANCE_DIR.
func seedFiles(t *testing.T) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(conformanceDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// seedOf returns the corpus file of a case in the format of go test fuzz v1:
// the stored person, the body with its placeholders, the resource name, the two
// masks and the sources.
func seedOf(c *tcase) []byte {
	var b strings.Builder
	b.WriteString("go test fuzz v1\n")
	fmt.Fprintf(&b, "[]byte(%s)\n", strconv.Quote(compact(c.Stored)))
	fmt.Fprintf(&b, "[]byte(%s)\n", strconv.Quote(compact(c.Request.Person)))
	fmt.Fprintf(&b, "string(%s)\n", strconv.Quote(c.Request.ResourceName))
	fmt.Fprintf(&b, "string(%s)\n", strconv.Quote(c.UpdateMask()))
	pf, src := c.Query()
	fmt.Fprintf(&b, "string(%s)\n", strconv.Quote(pf))
	fmt.Fprintf(&b, "string(%s)\n", strconv.Quote(strings.Join(src, "\n")))
	return []byte(b.String())
}

// compact returns the JSON value raw without insignificant white space, its
// keys in their order; an absent value stays empty.
func compact(raw []byte) string {
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return string(raw)
	}
	return b.String()
}
