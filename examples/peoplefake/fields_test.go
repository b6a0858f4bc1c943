// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

// TestFieldsSelector applies partial-response selectors to real answers.
func TestFieldsSelector(t *testing.T) {
	srv, _ := newFake(t, peoplefake.WithSeedFile("testdata/caller.json"))
	get := "/v1/" + sampleName + "?personFields=names,emailAddresses&prettyPrint=false&fields="
	list := "/v1/people/me/connections?personFields=names&prettyPrint=false&fields="
	tests := []struct {
		target, fields, want string
	}{
		{get, "resourceName", `{"resourceName":"` + sampleName + `"}`},
		{get, "names/givenName", `{"names":[{"givenName":"Margaret"},{"givenName":"Maggie"}]}`},
		{get, "names(givenName,familyName),resourceName", `{"resourceName":"` + sampleName + `","names":[{"familyName":"Chen","givenName":"Margaret"},{"familyName":"Chen","givenName":"Maggie"}]}`},
		{get, "emailAddresses/metadata/primary", `{"emailAddresses":[{"metadata":{"primary":true}},{"metadata":{}},{"metadata":{}}]}`},
		{get, "nothing", `{}`},
		{list, "totalPeople,connections/names/givenName", `{"connections":[{"names":[{"givenName":"Margaret"},{"givenName":"Maggie"}]}],"totalPeople":1}`},
		{"/v1/people:batchGet?resourceNames=" + sampleName + "&personFields=names&prettyPrint=false&fields=", "responses/person/names/givenName",
			`{"responses":[{"person":{"names":[{"givenName":"Margaret"},{"givenName":"Maggie"}]}}]}`},
		{list, "connections(*/displayName)", `{"connections":[{"names":[{"displayName":"Margaret Chen"},{"displayName":"Maggie Chen"}]}]}`},
	}
	for _, tt := range tests {
		got := do(t, srv, "GET", tt.target+url.QueryEscape(tt.fields), "")
		if got.code != 200 || string(got.body) != tt.want {
			t.Errorf("fields=%s: HTTP %d\n%s\nwant\n%s", tt.fields, got.code, got.body, tt.want)
		}
	}
}

// TestFieldsInvalid answers a selector that does not parse with the front
// end's 400, before the method runs.
func TestFieldsInvalid(t *testing.T) {
	srv, _ := newFake(t)
	for _, fields := range []string{"names(", "names)", "a,,b", "names/", "(a)", "a b", "names(givenName"} {
		got := do(t, srv, "POST", "/v1/people:createContact?fields="+url.QueryEscape(fields), `{"names":[{"givenName":"X"}]}`)
		e, _ := parseEnvelope(t, got.body)
		want := apiError{400, "INVALID_ARGUMENT", "badRequest", "Invalid field selection " + fields}
		if e != want {
			t.Errorf("fields=%q: %+v, want %+v", fields, e, want)
		}
	}
	if n := len(srv.People(peoplefake.DefaultUser)); n != 1 {
		t.Errorf("%d people stored, want the sample only", n)
	}
}

// FuzzFields applies arbitrary selectors to a people.get answer: a selector
// either answers the 400 of TestFieldsInvalid or valid JSON. More seeds are
// in testdata/fuzz/FuzzFields.
func FuzzFields(f *testing.F) {
	for _, s := range []string{"names", "names(givenName,metadata/source/type)", "*", "*/*", "a/b/c(d,e(f))", "((", "a,", ""} {
		f.Add(s)
	}
	srv := peoplefake.New(peoplefake.WithPeople(peoplefake.Sample()))
	f.Fuzz(func(t *testing.T, fields string) {
		got := do(t, srv, "GET", "/v1/"+sampleName+"?personFields=names,emailAddresses,metadata&fields="+url.QueryEscape(fields), "")
		switch {
		case got.code == 400:
			if e, _ := parseEnvelope(t, got.body); !strings.HasPrefix(e.Message, "Invalid field selection ") {
				t.Fatalf("fields=%q: %+v", fields, e)
			}
		case got.code != 200 || !json.Valid(got.body):
			t.Fatalf("fields=%q: HTTP %d\n%s", fields, got.code, got.body)
		}
	})
}

// TestFieldsOfficialClient honours the client library's Fields call option.
func TestFieldsOfficialClient(t *testing.T) {
	_, svc := newFake(t)
	p, err := svc.People.Get(sampleName).PersonFields("names,emailAddresses").Fields("names/givenName").Do()
	if err != nil {
		t.Fatal(err)
	}
	if p.ResourceName != "" || len(p.EmailAddresses) != 0 || len(p.Names) != 2 || p.Names[0].GivenName != "Margaret" || p.Names[0].FamilyName != "" {
		t.Errorf("got %+v %+v, want only the names' given names", p, p.Names)
	}
}
