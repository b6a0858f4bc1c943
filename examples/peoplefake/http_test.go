// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
)

// getSample is a valid request that must succeed after any bad one.
const getSample = "/v1/" + sampleName + "?personFields=names&prettyPrint=false"

func TestBadRequests(t *testing.T) {
	srv, _ := newFake(t)
	upd := "/v1/" + sampleName + ":updateContact?updatePersonFields=names"
	tests := []struct {
		name         string
		method       string
		target       string
		body         string
		want         apiError
		wantPrefix   bool // want.Message is a prefix of the message
		wantAllowHdr string
	}{
		{name: "malformed JSON", method: "PATCH", target: upd, body: `{"etag":`,
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", "Invalid JSON payload received."}, wantPrefix: true},
		{name: "not an object", method: "PATCH", target: upd, body: `[1,2]`,
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", "Invalid"}, wantPrefix: true},
		{name: "unknown body field", method: "PATCH", target: upd, body: `{"etag":"%x","foo":1}`,
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name "foo" at 'person': Cannot find field.`}},
		{name: "unknown nested field", method: "POST", target: "/v1/people:createContact", body: `{"names":[{"givenName":"A","nick":"B"}]}`,
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name "nick" at 'person.names[0]': Cannot find field.`}},
		{name: "wrong value type", method: "POST", target: "/v1/people:createContact", body: `{"names":[{"givenName":5}]}`,
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'person.names[0].given_name' (TYPE_STRING), 5`}},
		{name: "batch unknown top-level field", method: "POST", target: "/v1/people:batchUpdateContacts", body: `{"contacts":{},"bogus":1}`,
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name "bogus": Cannot find field.`}},
		{name: "batch unknown field in a contact", method: "POST", target: "/v1/people:batchUpdateContacts",
			body: `{"contacts":{"people/c1":{"etag":"x","bogus":1}},"updateMask":"names"}`,
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name "bogus" at 'contacts[people/c1]': Cannot find field.`}},
		{name: "batch malformed", method: "POST", target: "/v1/people:batchUpdateContacts", body: `{"contacts":`,
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", "Invalid JSON payload received."}, wantPrefix: true},
		{name: "batch mask of the wrong type", method: "POST", target: "/v1/people:batchUpdateContacts", body: `{"contacts":{"people/c1":{}},"updateMask":5}`,
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'update_mask' (type.googleapis.com/google.protobuf.FieldMask), 5`}},
		{name: "batch bad source", method: "POST", target: "/v1/people:batchUpdateContacts", body: `{"contacts":{"people/c1":{}},"updateMask":"names","sources":["NOPE"]}`,
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'sources[0]' (TYPE_ENUM), "NOPE"`}},
		{name: "wrong method on get", method: "DELETE", target: "/v1/" + sampleName,
			want: apiError{405, "METHOD_NOT_ALLOWED", "methodNotAllowed", "The DELETE method is not allowed for this resource."}, wantAllowHdr: "GET"},
		{name: "wrong method on update", method: "PUT", target: upd, body: `{}`,
			want: apiError{405, "METHOD_NOT_ALLOWED", "methodNotAllowed", "The PUT method is not allowed for this resource."}, wantAllowHdr: "PATCH"},
		{name: "GET on createContact", method: "GET", target: "/v1/people:createContact",
			want: apiError{405, "METHOD_NOT_ALLOWED", "methodNotAllowed", "The GET method is not allowed for this resource."}, wantAllowHdr: "POST"},
		{name: "unknown path", method: "GET", target: "/v1/foo",
			want: apiError{404, "NOT_FOUND", "notFound", "The requested URL /v1/foo was not found on this server."}},
		{name: "root", method: "GET", target: "/",
			want: apiError{404, "NOT_FOUND", "notFound", "The requested URL / was not found on this server."}},
		{name: "unknown custom method", method: "POST", target: "/v1/people/c1:frob",
			want: apiError{404, "NOT_FOUND", "notFound", "The requested URL /v1/people/c1:frob was not found on this server."}},
		{name: "sub-collection", method: "GET", target: "/v1/people/c1/extra",
			want: apiError{404, "NOT_FOUND", "notFound", "The requested URL /v1/people/c1/extra was not found on this server."}},
		{name: "page size not a number", method: "GET", target: "/v1/people/me/connections?personFields=names&pageSize=abc",
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'page_size' (TYPE_INT32), "abc"`}},
		{name: "page size too big for int32", method: "GET", target: "/v1/people/me/connections?personFields=names&pageSize=99999999999",
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'page_size' (TYPE_INT32), "99999999999"`}},
		{name: "unknown sort order", method: "GET", target: "/v1/people/me/connections?personFields=names&sortOrder=FOO",
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'sort_order' (type.googleapis.com/google.people.v1.ListConnectionsRequest.SortOrder), "FOO"`}},
		{name: "bad boolean", method: "GET", target: "/v1/people/me/connections?personFields=names&requestSyncToken=maybe",
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'request_sync_token' (TYPE_BOOL), "maybe"`}},
		{name: "unknown parameter", method: "GET", target: "/v1/" + sampleName + "?personFields=names&foo=1",
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name "foo": Cannot bind query parameter. Field 'foo' could not be found in request message.`}},
		{name: "parameter of another method", method: "GET", target: "/v1/" + sampleName + "?personFields=names&pageSize=3",
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name "pageSize": Cannot bind query parameter. Field 'pageSize' could not be found in request message.`}},
		{name: "bad sources value", method: "GET", target: "/v1/" + sampleName + "?personFields=names&sources=READ_SOURCE_TYPE_UNSPECIFIED",
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'sources[0]' (TYPE_ENUM), "READ_SOURCE_TYPE_UNSPECIFIED"`}},
		{name: "bad prettyPrint", method: "GET", target: "/v1/" + sampleName + "?personFields=names&prettyPrint=maybe",
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'pretty_print' (TYPE_BOOL), "maybe"`}},
		{name: "bad query escape", method: "GET", target: "/v1/" + sampleName + "?personFields=%zz",
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", "Invalid query string."}},
		{name: "requestMask without person. prefix", method: "GET", target: "/v1/" + sampleName + "?requestMask.includeField=names",
			want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid requestMask.includeField path: "names". Each path should start with "person.".`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := do(t, srv, tt.method, tt.target, tt.body)
			gotErr, _ := parseEnvelope(t, got.body)
			if got.code != tt.want.Code {
				t.Errorf("HTTP status %d, envelope code %d", got.code, gotErr.Code)
			}
			if tt.wantPrefix && strings.HasPrefix(gotErr.Message, tt.want.Message) {
				gotErr.Message = tt.want.Message
			}
			if diff := cmp.Diff(tt.want, gotErr); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
			if ct := got.hdr.Get("Content-Type"); ct != "application/json; charset=UTF-8" {
				t.Errorf("Content-Type %q", ct)
			}
			if tt.wantAllowHdr != "" && got.hdr.Get("Allow") != tt.wantAllowHdr {
				t.Errorf("Allow %q, want %q", got.hdr.Get("Allow"), tt.wantAllowHdr)
			}
			if next := do(t, srv, "GET", getSample, ""); next.code != http.StatusOK {
				t.Errorf("next request: %d %s", next.code, next.body)
			}
		})
	}
}

func TestGoodRawRequests(t *testing.T) {
	srv, _ := newFake(t)
	tests := []struct {
		name   string
		method string
		target string
		body   string
		header map[string]string
	}{
		{name: "snake_case parameter", method: "GET", target: "/v1/" + sampleName + "?person_fields=names"},
		{name: "deprecated requestMask", method: "GET", target: "/v1/" + sampleName + "?requestMask.includeField=person.names,person.photos"},
		{name: "system parameters", method: "GET", target: "/v1/" + sampleName + "?personFields=names&alt=json&key=k&quotaUser=q&fields=names&$.xgafv=2"},
		{name: "connections", method: "GET", target: "/v1/people/me/connections?personFields=names&page_size=1&sort_order=FIRST_NAME_ASCENDING"},
		{name: "batchGet", method: "GET", target: "/v1/people:batchGet?personFields=names&resourceNames=" + sampleName + "&resource_names=people/c1"},
		{name: "empty create body", method: "POST", target: "/v1/people:createContact"},
		{name: "method override", method: "POST", target: "/v1/" + sampleName + ":deleteContact", header: map[string]string{"X-HTTP-Method-Override": "DELETE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := doHeader(t, srv.Client(""), tt.method, peoplefake.InProcessURL+strings.TrimPrefix(tt.target, "/"), tt.body, tt.header)
			if got.code != http.StatusOK || !json.Valid(got.body) {
				t.Errorf("%d %s", got.code, got.body)
			}
		})
	}
}

func TestPrettyPrint(t *testing.T) {
	srv, _ := newFake(t)
	pretty := do(t, srv, "GET", "/v1/"+sampleName+"?personFields=names", "")
	compact := do(t, srv, "GET", getSample, "")
	if !bytes.Contains(pretty.body, []byte("\n  \"resourceName\": ")) {
		t.Errorf("default answer is not indented:\n%s", pretty.body)
	}
	if bytes.Contains(bytes.TrimSpace(compact.body), []byte("\n")) {
		t.Errorf("prettyPrint=false answer is indented:\n%s", compact.body)
	}
	var a, b any
	if err := json.Unmarshal(pretty.body, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(compact.body, &b); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("pretty and compact answers differ (-pretty +compact):\n%s", diff)
	}
	errBody := do(t, srv, "GET", "/v1/nope", "").body
	if !bytes.HasPrefix(errBody, []byte("{\n  \"error\": {\n    \"code\": 404,")) {
		t.Errorf("error envelope not indented like Google's:\n%s", errBody)
	}
}

func TestHugeBody(t *testing.T) {
	_, ts := fakeclient.NewTestServer(t, peoplefake.WithPeople(peoplefake.Sample()))
	c := ts.Client()
	huge := `{"etag":"` + strings.Repeat("x", 20<<20) + `"}`
	for _, target := range []string{
		"/v1/" + sampleName + ":updateContact?updatePersonFields=names",
		"/v1/people:createContact",
		"/v1/people:batchUpdateContacts",
	} {
		method := "POST"
		if strings.HasSuffix(target, "names") {
			method = "PATCH"
		}
		got := doWith(t, c, method, ts.URL+target, huge)
		gotErr, _ := parseEnvelope(t, got.body)
		want := apiError{413, "INVALID_ARGUMENT", "badRequest", "Request payload size exceeds the limit: 10485760 bytes."}
		if diff := cmp.Diff(want, gotErr); diff != "" || got.code != 413 {
			t.Errorf("%s: HTTP %d; error mismatch (-want +got):\n%s", target, got.code, diff)
		}
		if next := doWith(t, c, "GET", ts.URL+getSample, ""); next.code != http.StatusOK {
			t.Errorf("next request: %d %s", next.code, next.body)
		}
	}
	// Below the limit, a big body is read whole (and then judged).
	srv := peoplefake.New(peoplefake.WithPeople(peoplefake.Sample()), peoplefake.WithBodyLimit(64))
	got := do(t, srv, "POST", "/v1/people:createContact", `{"names":[{"givenName":"`+strings.Repeat("y", 64)+`"}]}`)
	if got.code != http.StatusRequestEntityTooLarge {
		t.Errorf("WithBodyLimit(64): %d %s", got.code, got.body)
	}
}
