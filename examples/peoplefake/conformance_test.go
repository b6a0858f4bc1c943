// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/internal/conformance"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
)

// conformanceDir holds the library's conformance cases.
const conformanceDir = "../../testdata/conformance"

// TestConformanceOverHTTP replays every conformance case through the fake's
// HTTP handler, as PATCH /v1/{resourceName}:updateContact, and checks that it
// answers with the status and the body the library gives for the same call:
// the fake adds nothing to, and loses nothing of, the library's answer.
func TestConformanceOverHTTP(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob(filepath.Join(conformanceDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no conformance cases in %s: %v", conformanceDir, err)
	}
	clock := func() time.Time { return time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC) }
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			c, err := conformance.Decode(name, data)
			if err != nil {
				t.Fatal(err)
			}
			stored, err := c.StoredPerson()
			if err != nil {
				t.Fatal(err)
			}
			body, err := c.Fill(func(paths string, stale bool) (string, error) {
				p := stored
				if stale {
					p = conformance.StaleCopy(stored)
				}
				r, err := peopleupdate.Read(p, paths, nil)
				return r.GetEtag(), err
			})
			if err != nil {
				t.Fatal(err)
			}
			personFields, sources := c.Query()

			// The library's answer.
			var in *person.Person
			if stored != nil {
				in = proto.Clone(stored).(*person.Person)
			}
			wantCode, wantBody := http.StatusOK, []byte(nil)
			res, err := peopleupdate.Options{Clock: clock}.UpdateContact(in, peopleupdate.Request{
				ResourceName:       c.Request.ResourceName,
				UpdatePersonFields: c.UpdateMask(),
				PersonFields:       personFields,
				Sources:            sources,
				Body:               body,
			})
			if err != nil {
				e := asAPIError(t, err)
				wantCode, wantBody = e.Code, e.JSON()
			} else if wantBody, err = person.Marshal(res.Response()); err != nil {
				t.Fatal(err)
			}

			// The fake's.
			srv := peoplefake.New(peoplefake.WithClock(clock), peoplefake.WithPhoneCanonicalizer(nil))
			if stored != nil {
				// Some cases hold records seeding refuses (a profile-only person).
				srv.PutUnchecked(peoplefake.DefaultUser, stored)
			}
			// The library takes user groups on trust; the fake checks them.
			if p, err := person.Unmarshal(body); err == nil {
				for _, m := range p.GetMemberships() {
					srv.AddGroups(peoplefake.DefaultUser, m.GetContactGroupMembership().GetContactGroupResourceName())
				}
			}
			q := url.Values{"prettyPrint": {"false"}}
			if c.Request.UpdatePersonFields != nil {
				q.Set("updatePersonFields", *c.Request.UpdatePersonFields)
			}
			if c.Request.PersonFields != nil {
				q.Set("personFields", *c.Request.PersonFields)
			}
			for _, s := range sources {
				q.Add("sources", s)
			}
			u := url.URL{Path: "/v1/" + c.Request.ResourceName + ":updateContact", RawQuery: q.Encode()}
			req := httptest.NewRequest(http.MethodPatch, u.String(), bytes.NewReader(body))
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, req)

			if rec.Code != wantCode {
				t.Errorf("%s\nstatus %d, want the library's %d", c.Title(), rec.Code, wantCode)
			}
			if diff := cmp.Diff(string(wantBody), rec.Body.String()); diff != "" {
				t.Errorf("%s\nbody differs from the library's (-library +fake):\n%s", c.Title(), diff)
			}
		})
	}
}

// asAPIError returns the *apierror.Error err is.
func asAPIError(t *testing.T, err error) *apierror.Error {
	t.Helper()
	var e *apierror.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *apierror.Error", err, err)
	}
	return e
}
