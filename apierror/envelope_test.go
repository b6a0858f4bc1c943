// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package apierror_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestJSONGolden compares the envelope of representative errors byte for byte
// with testdata/<name>.golden. Regenerate with: go test ./apierror -update
func TestJSONGolden(t *testing.T) {
	if !*update {
		t.Parallel()
	}
	tests := []struct {
		name string
		err  *apierror.Error
	}{
		{"not-found", apierror.NewNotFound()},
		{"missing-token", apierror.NewMissingToken()},
		{"stale-person-etag", apierror.NewStalePersonEtag().WithField("person.etag", "")},
		{"stale-source-etag", apierror.NewStaleSourceEtag().WithField("person.metadata.sources.etag", "")},
		{"invalid-update-paths", apierror.NewInvalidUpdatePath("updatePersonFields", "photos", "people/updateContact").
			WithField("update_person_fields", "").
			WithField("update_person_fields", `Invalid updatePersonFields mask path: "skills".`)},
		{"unknown-nested-body-field", apierror.NewUnknownBodyField("preferred", "person.email_addresses[1].metadata").
			WithField("person.email_addresses[1].metadata", "")},
		{"invalid-date", apierror.NewInvalidDate("organizations[0].startDate").
			WithField("person.organizations[0].start_date", "")},
		{"quoted-resource-name", apierror.NewInvalidResourceName("people/c1\x00\xff\u00e9").
			WithField("resource_name", "")},
		{"escaped-text", mustStatus("INVALID_ARGUMENT", "Bad <b>&\"x\"</b>\x01\t\u00e9\u2028 \\ end.")},
		{"injected-unavailable", mustStatus("UNAVAILABLE", "The service is currently unavailable.")},
		{"error-info", withInfo(mustStatus("PERMISSION_DENIED", "Request had insufficient authentication scopes."))},
		{"unauthenticated", mustStatus("UNAUTHENTICATED", "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !*update {
				t.Parallel()
			}
			got := tt.err.JSON()
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (create it with: go test ./apierror -update)", err)
			}
			if !bytes.Equal(want, got) {
				t.Errorf("JSON() of %s differs from %s (-want +got):\n%s", tt.name, path, cmp.Diff(string(want), string(got)))
			}
			if again := tt.err.JSON(); !bytes.Equal(got, again) {
				t.Errorf("JSON() is not deterministic:\n%s\n%s", got, again)
			}
			checkEnvelope(t, tt.err, got)
		})
	}
}

// mustStatus returns FromStatus(status, message), which must succeed.
func mustStatus(status, message string) *apierror.Error {
	e, err := apierror.FromStatus(status, message)
	if err != nil {
		panic(err)
	}
	return e
}

// withInfo gives e the ErrorInfo Google answers a token without the scope with.
func withInfo(e *apierror.Error) *apierror.Error {
	e.Info = &apierror.ErrorInfo{
		Reason: "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
		Domain: "googleapis.com",
		Metadata: map[string]string{
			"service": "people.googleapis.com",
			"method":  "google.people.v1.PeopleService.UpdateContact",
		},
	}
	return e
}

// envelope is Google's JSON error envelope, decoded to check that JSON says
// what the Error holds, independently of the golden bytes.
type envelope struct {
	Error struct {
		Code    int         `json:"code"`
		Message string      `json:"message"`
		Errors  []errorItem `json:"errors"`
		Status  string      `json:"status"`
		Details []detail    `json:"details"`
	} `json:"error"`
}

type errorItem struct {
	Message string `json:"message"`
	Domain  string `json:"domain"`
	Reason  string `json:"reason"`
}

// detail is a BadRequest or an ErrorInfo.
type detail struct {
	Type            string            `json:"@type"`
	FieldViolations []fieldViolation  `json:"fieldViolations"`
	Reason          string            `json:"reason"`
	Domain          string            `json:"domain"`
	Metadata        map[string]string `json:"metadata"`
}

type fieldViolation struct {
	Field       string `json:"field"`
	Description string `json:"description"`
}

func checkEnvelope(t *testing.T, e *apierror.Error, b []byte) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var got envelope
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("JSON() is not a valid envelope: %v\n%s", err, b)
	}
	var want envelope
	want.Error.Code = e.Code
	want.Error.Message = e.Message
	want.Error.Status = e.Status
	want.Error.Errors = []errorItem{{e.Message, "global", e.Reason}}
	if e.Info != nil {
		want.Error.Details = append(want.Error.Details, detail{
			Type:     "type.googleapis.com/google.rpc.ErrorInfo",
			Reason:   e.Info.Reason,
			Domain:   e.Info.Domain,
			Metadata: e.Info.Metadata,
		})
	}
	if len(e.Violations) > 0 {
		d := detail{Type: "type.googleapis.com/google.rpc.BadRequest"}
		for _, v := range e.Violations {
			d.FieldViolations = append(d.FieldViolations, fieldViolation{v.Field, v.Description})
		}
		want.Error.Details = append(want.Error.Details, d)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("decoded JSON() mismatch (-want +got):\n%s", diff)
	}
}

// Use JSON to answer an HTTP request the way the People API does.
func ExampleError_JSON() {
	err := apierror.NewStalePersonEtag().WithField("person.etag", "")
	fmt.Print(string(err.JSON()))
	// Output:
	// {"error":{"code":400,"message":"Request person.etag is different than the current person.etag. Clear local cache and get the latest person.","errors":[{"message":"Request person.etag is different than the current person.etag. Clear local cache and get the latest person.","domain":"global","reason":"failedPrecondition"}],"status":"FAILED_PRECONDITION","details":[{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"person.etag","description":"Request person.etag is different than the current person.etag. Clear local cache and get the latest person."}]}]}}
}
