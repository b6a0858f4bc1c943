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
		{"not-found", apierror.New(apierror.NotFound)},
		{"missing-token", apierror.New(apierror.MissingToken)},
		{"stale-person-etag", apierror.New(apierror.StalePersonEtag).WithField("person.etag", "")},
		{"stale-source-etag", apierror.New(apierror.StaleSourceEtag).WithField("person.metadata.sources.etag", "")},
		{"invalid-update-paths", apierror.New(apierror.InvalidUpdatePath, "photos").
			WithField("update_person_fields", "").
			WithField("update_person_fields", `Invalid updatePersonFields mask path: "skills".`)},
		{"unknown-nested-body-field", apierror.New(apierror.UnknownBodyField, "preferred", "person.email_addresses[1].metadata").
			WithField("person.email_addresses[1].metadata", "")},
		{"invalid-date", apierror.New(apierror.InvalidDate, "organizations[0].startDate").
			WithField("person.organizations[0].start_date", "")},
		{"quoted-resource-name", apierror.New(apierror.InvalidResourceName, "people/c1\x00\xff\u00e9").
			WithField("resource_name", "")},
		{"escaped-text", apierror.New(apierror.InvalidArgument, "Bad <b>&\"x\"</b>\x01\t\u00e9\u2028 \\ end.")},
		{"injected-unavailable", apierror.Inject("UNAVAILABLE", "The service is currently unavailable.")},
		{"unauthenticated", apierror.New(apierror.Unauthenticated)},
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

// envelope is Google's JSON error envelope, decoded to check that JSON says
// what the Error holds, independently of the golden bytes.
type envelope struct {
	Error struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Errors  []struct {
			Message string `json:"message"`
			Domain  string `json:"domain"`
			Reason  string `json:"reason"`
		} `json:"errors"`
		Status  string `json:"status"`
		Details []struct {
			Type            string `json:"@type"`
			FieldViolations []struct {
				Field       string `json:"field"`
				Description string `json:"description"`
			} `json:"fieldViolations"`
		} `json:"details"`
	} `json:"error"`
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
	want.Error.Errors = append(want.Error.Errors, struct {
		Message string `json:"message"`
		Domain  string `json:"domain"`
		Reason  string `json:"reason"`
	}{e.Message, "global", e.Reason})
	if len(e.Violations) > 0 {
		want.Error.Details = make([]struct {
			Type            string `json:"@type"`
			FieldViolations []struct {
				Field       string `json:"field"`
				Description string `json:"description"`
			} `json:"fieldViolations"`
		}, 1)
		want.Error.Details[0].Type = "type.googleapis.com/google.rpc.BadRequest"
		for _, v := range e.Violations {
			want.Error.Details[0].FieldViolations = append(want.Error.Details[0].FieldViolations, struct {
				Field       string `json:"field"`
				Description string `json:"description"`
			}{v.Field, v.Description})
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("decoded JSON() mismatch (-want +got):\n%s", diff)
	}
}

// Use JSON to answer an HTTP request the way the People API does.
func ExampleError_JSON() {
	err := apierror.New(apierror.StalePersonEtag).WithField("person.etag", "")
	fmt.Print(string(err.JSON()))
	// Output:
	// {"error":{"code":400,"message":"Request person.etag is different than the current person.etag. Clear local cache and get the latest person.","errors":[{"message":"Request person.etag is different than the current person.etag. Clear local cache and get the latest person.","domain":"global","reason":"failedPrecondition"}],"status":"FAILED_PRECONDITION","details":[{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"person.etag","description":"Request person.etag is different than the current person.etag. Clear local cache and get the latest person."}]}]}}
}
