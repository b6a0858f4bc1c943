// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/peopleupdate/peopleupdate/internal/conformance"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
)

// testNow is the fixed clock of the tests.
var testNow = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

// testClock returns testNow.
func testClock() time.Time { return testNow }

// testOpts are the options of the tests: the clock testClock.
var testOpts = Options{Clock: testClock}

// conformanceDir is the project's own set of conformance cases.
const conformanceDir = "testdata/conformance"

// envConformanceDir names a directory of more cases to run.
const envConformanceDir = "PEOPLEUPDATE_CONFORMANCE_DIR"

// tcase is a conformance case ready to run: its stored person decoded and its
// request built with the placeholders filled.
type tcase struct {
	*conformance.Case
	// stored is the stored contact, nil when the case has none.
	stored *person.Person
	// req is the call; req.Body holds the filled JSON body.
	req Request
}

// freshStored returns a deep copy of the case's stored person, for a test that
// may let it be mutated.
func (c *tcase) freshStored() *person.Person {
	if c.stored == nil {
		return nil
	}
	return proto.Clone(c.stored).(*person.Person)
}

// freshRequest returns a copy of the request sharing no memory with c's.
func (c *tcase) freshRequest() Request {
	r := c.req
	if r.Sources != nil {
		r.Sources = append([]string{}, r.Sources...)
	}
	if r.Body != nil {
		r.Body = append([]byte{}, r.Body...)
	}
	return r
}

// caseFiles returns the paths of every case file: those of testdata/conformance,
// then those of $PEOPLEUPDATE_CONFORMANCE_DIR when it is set, each set sorted.
func caseFiles(tb testing.TB) []string {
	tb.Helper()
	dirs := []string{conformanceDir}
	if d := os.Getenv(envConformanceDir); d != "" {
		dirs = append(dirs, d)
	}
	var files []string
	for _, d := range dirs {
		m, err := filepath.Glob(filepath.Join(d, "*.json"))
		if err != nil {
			tb.Fatal(err)
		}
		if len(m) == 0 {
			tb.Fatalf("no *.json case in %s", d)
		}
		sort.Strings(m)
		files = append(files, m...)
	}
	return files
}

// loadCase reads and prepares the case in file.
func loadCase(tb testing.TB, file string) *tcase {
	tb.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		tb.Fatal(err)
	}
	c, err := conformance.Decode(strings.TrimSuffix(filepath.Base(file), ".json"), data)
	if err != nil {
		tb.Fatal(err)
	}
	tc, err := prepare(c)
	if err != nil {
		tb.Fatal(err)
	}
	return tc
}

// loadCases reads and prepares every case.
func loadCases(tb testing.TB) []*tcase {
	tb.Helper()
	var cases []*tcase
	for _, f := range caseFiles(tb) {
		cases = append(cases, loadCase(tb, f))
	}
	return cases
}

// prepare decodes the stored person of c and builds its request, filling the
// placeholders from reads of the stored person (FORMAT.md, "Placeholders").
func prepare(c *conformance.Case) (*tcase, error) {
	stored, err := c.StoredPerson()
	if err != nil {
		return nil, err
	}
	body, err := c.Fill(func(paths string, stale bool) (string, error) {
		return etagOf(stored, paths, nil, stale)
	})
	if err != nil {
		return nil, err
	}
	personFields, sources := c.Query()
	return &tcase{
		Case:   c,
		stored: stored,
		req: Request{
			ResourceName:       c.Request.ResourceName,
			UpdatePersonFields: c.UpdateMask(),
			PersonFields:       personFields,
			Sources:            sources,
			Body:               body,
		},
	}, nil
}

// etagOf returns the person etag a read of stored (or of its stale copy) with
// personFields and sources yields.
func etagOf(stored *person.Person, personFields string, sources []string, stale bool) (string, error) {
	if stored == nil {
		return "", os.ErrNotExist
	}
	if stale {
		stored = conformance.StaleCopy(stored)
	}
	p, err := Read(stored, personFields, sources)
	if err != nil {
		return "", err
	}
	return p.GetEtag(), nil
}
