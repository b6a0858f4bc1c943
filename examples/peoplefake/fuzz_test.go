// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

// FuzzHandler sends arbitrary method, path, query and body to a fresh fake:
// it must not panic, must answer no 5xx (nothing is injected; the fake serves
// every method of the discovery document), must answer JSON on
// success (or image bytes for a photo URL) and Google's envelope otherwise, and must then serve a valid
// request. Seeds are in testdata/fuzz/FuzzHandler.
func FuzzHandler(f *testing.F) {
	upd := "/v1/" + sampleName + ":updateContact"
	f.Add("GET", "/v1/"+sampleName, "personFields=names", "")
	f.Add("PATCH", upd, "updatePersonFields=names", `{"etag":"%x","names":[{"givenName":"A"}]}`)
	f.Add("POST", "/v1/people:createContact", "personFields=names", `{"names":[{"givenName":"A"}]}`)
	f.Add("POST", "/v1/people:batchUpdateContacts", "", `{"contacts":{"`+sampleName+`":{"etag":"x"}},"updateMask":"names","readMask":"names"}`)
	f.Add("GET", "/v1/people/me/connections", "personFields=names&pageSize=1&pageToken=AAAA", "")
	f.Add("GET", "/v1/people:batchGet", "personFields=names&resourceNames=people/c1&resourceNames=bad", "")
	f.Add("DELETE", "/v1/"+sampleName+":deleteContact", "", "")
	f.Add("PUT", "/v1/people/%zz", "%%", "{")
	f.Add("POST", "/v1/contactGroups", "", `{"contactGroup":{"name":"A"}}`)
	f.Add("POST", "/v1/contactGroups/myContacts/members:modify", "", `{"resourceNamesToAdd":["`+sampleName+`"]}`)
	f.Add("PATCH", "/v1/"+sampleName+":updateContactPhoto", "", `{"photoBytes":"iVBORw0KGgo=","personFields":"photos"}`)
	fixed := func() time.Time { return t0 }
	f.Fuzz(func(t *testing.T, method, path, query, body string) {
		// The admin API is off: an injected failure would fail the next request.
		srv := peoplefake.New(peoplefake.WithPeople(peoplefake.Sample()), peoplefake.WithClock(fixed), peoplefake.WithoutAdmin())
		req := &http.Request{
			Method:     method,
			URL:        &url.URL{Scheme: "http", Host: "fake", Path: path, RawQuery: query},
			Proto:      "HTTP/1.1",
			ProtoMajor: 1,
			ProtoMinor: 1,
			Header:     http.Header{},
			Body:       io.NopCloser(strings.NewReader(body)),
			Host:       "fake",
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		got := rec.Result()
		b, _ := io.ReadAll(got.Body)
		photo := strings.HasPrefix(path, "/peoplefake/photos/")
		switch {
		case got.StatusCode >= 500:
			t.Fatalf("%s %s?%s: %d\n%s", method, path, query, got.StatusCode, b)
		case photo:
		case got.StatusCode >= 300:
			e, _ := parseEnvelope(t, b)
			if e.Code != got.StatusCode {
				t.Fatalf("HTTP %d, envelope code %d", got.StatusCode, e.Code)
			}
		case !json.Valid(b):
			t.Fatalf("%s %s?%s: %d with a body that is not JSON:\n%s", method, path, query, got.StatusCode, b)
		}
		if next := do(t, srv, "GET", "/v1/people/me/connections?personFields=names", ""); next.code != http.StatusOK {
			t.Fatalf("next request: %d %s", next.code, next.body)
		}
	})
}
