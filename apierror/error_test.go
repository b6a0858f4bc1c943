// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package apierror_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
)

// TestTable pins every row of the table: the code, the status, the legacy reason
// and the message each Kind formats from sample arguments, written out in full
// here rather than read back from the table.
func TestTable(t *testing.T) {
	t.Parallel()
	tests := []struct {
		kind        apierror.Kind
		got         *apierror.Error
		wantName    string
		wantCode    int
		wantStatus  string
		wantReason  string
		wantMessage string
	}{
		{apierror.InvalidResourceName, apierror.NewInvalidResourceName("people/me"), "InvalidResourceName", 400, "INVALID_ARGUMENT", "badRequest",
			`Resource name "people/me" is not a valid contact person resource.`},
		{apierror.MissingUpdateMask, apierror.NewMissingUpdateMask("updatePersonFields", "people/updateContact"), "MissingUpdateMask", 400, "INVALID_ARGUMENT", "badRequest",
			`updatePersonFields mask is required. Please specify one or more valid paths. Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/updateContact.`},
		{apierror.InvalidUpdatePath, apierror.NewInvalidUpdatePath("updatePersonFields", "photos", "people/updateContact"), "InvalidUpdatePath", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid updatePersonFields mask path: "photos". Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/updateContact.`},
		{apierror.MissingReadMask, apierror.NewMissingReadMask("personFields", "people/get"), "MissingReadMask", 400, "INVALID_ARGUMENT", "badRequest",
			`personFields mask is required. Please specify one or more valid paths. Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/get.`},
		{apierror.InvalidReadPath, apierror.NewInvalidReadPath("personFields", "x", "people/updateContact"), "InvalidReadPath", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid personFields mask path: "x". Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/updateContact.`},
		{apierror.InvalidSource, apierror.NewInvalidSource(1, "FOO"), "InvalidSource", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid value at 'sources[1]' (TYPE_ENUM), "FOO"`},
		{apierror.MalformedJSON, apierror.NewMalformedJSON(`Expected a value.`), "MalformedJSON", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid JSON payload received. Expected a value.`},
		{apierror.UnknownBodyField, apierror.NewUnknownBodyField("notes", "person"), "UnknownBodyField", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid JSON payload received. Unknown name "notes" at 'person': Cannot find field.`},
		{apierror.InvalidBodyValue, apierror.NewInvalidBodyValue("person.birthdays[0].date.month", "TYPE_INT32", `"July"`), "InvalidBodyValue", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid value at 'person.birthdays[0].date.month' (TYPE_INT32), "July"`},
		{apierror.MissingToken, apierror.NewMissingToken(), "MissingToken", 400, "INVALID_ARGUMENT", "badRequest",
			`Request must set person.etag or person.metadata.sources.etag for the source that is being updated.`},
		{apierror.NotFound, apierror.NewNotFound(), "NotFound", 404, "NOT_FOUND", "notFound",
			`Requested entity was not found.`},
		{apierror.NoContactSource, apierror.NewNoContactSource(), "NoContactSource", 400, "INVALID_ARGUMENT", "badRequest",
			`Person has no contact source; only contact based people can be modified.`},
		{apierror.StalePersonEtag, apierror.NewStalePersonEtag(), "StalePersonEtag", 400, "FAILED_PRECONDITION", "failedPrecondition",
			`Request person.etag is different than the current person.etag. Clear local cache and get the latest person.`},
		{apierror.StaleSourceEtag, apierror.NewStaleSourceEtag(), "StaleSourceEtag", 400, "FAILED_PRECONDITION", "failedPrecondition",
			`Request person.metadata.sources.etag is different than the current person.metadata.sources.etag. Clear local cache and get the latest person.`},
		{apierror.SingletonViolation, apierror.NewSingletonViolation("names"), "SingletonViolation", 400, "INVALID_ARGUMENT", "badRequest",
			`Cannot have more than one person.names per source.`},
		{apierror.NoMembership, apierror.NewNoMembership(), "NoMembership", 400, "INVALID_ARGUMENT", "badRequest",
			`Contact must keep at least one contact group membership.`},
		{apierror.InvalidGroupName, apierror.NewInvalidGroupName("groups/x"), "InvalidGroupName", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid contact group resource name "groups/x".`},
		{apierror.SystemGroup, apierror.NewSystemGroup("contactGroups/family"), "SystemGroup", 400, "INVALID_ARGUMENT", "badRequest",
			`Cannot add a contact to the system contact group "contactGroups/family".`},
		{apierror.InvalidDate, apierror.NewInvalidDate("birthdays[0].date"), "InvalidDate", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid date in person.birthdays[0].date.`},
		{apierror.TwoSourcePrimary, apierror.NewTwoSourcePrimary("emailAddresses"), "TwoSourcePrimary", 400, "INVALID_ARGUMENT", "badRequest",
			`Cannot have more than one person.emailAddresses with sourcePrimary per source.`},
		{apierror.BlankGroupName, apierror.NewBlankGroupName(), "BlankGroupName", 400, "INVALID_ARGUMENT", "badRequest",
			`Contact group name must not be empty.`},
		{apierror.RenameSystemGroup, apierror.NewRenameSystemGroup("contactGroups/starred"), "RenameSystemGroup", 400, "INVALID_ARGUMENT", "badRequest",
			`Cannot rename the system contact group "contactGroups/starred".`},
		{apierror.DeleteSystemGroup, apierror.NewDeleteSystemGroup("contactGroups/family"), "DeleteSystemGroup", 400, "INVALID_ARGUMENT", "badRequest",
			`Cannot delete the system contact group "contactGroups/family".`},
		{apierror.InvalidReadPath, apierror.NewInvalidReadPath("personFields", "metadfafads", "people/get"), "InvalidReadPath", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid personFields mask path: "metadfafads". Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/get.`},
		{apierror.UnknownBodyField, apierror.NewUnknownBodyField("x", ""), "UnknownBodyField", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid JSON payload received. Unknown name "x": Cannot find field.`},
		{apierror.MalformedJSON, apierror.NewMalformedJSONf("Unexpected %s.", "token"), "MalformedJSON", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid JSON payload received. Unexpected token.`},
	}
	seen := map[apierror.Kind]bool{}
	for _, tt := range tests {
		seen[tt.kind] = true
		t.Run(tt.wantName, func(t *testing.T) {
			t.Parallel()
			got := tt.got
			want := &apierror.Error{Kind: tt.kind, Code: tt.wantCode, Status: tt.wantStatus, Reason: tt.wantReason, Message: tt.wantMessage}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("New%v mismatch (-want +got):\n%s", tt.kind, diff)
			}
			if got := tt.kind.String(); got != tt.wantName {
				t.Errorf("Kind.String() = %q, want %q", got, tt.wantName)
			}
			if !errors.Is(got, tt.kind) {
				t.Errorf("errors.Is(New%v(), %v) = false, want true", tt.kind, tt.kind)
			}
			wantError := fmt.Sprintf("Error %d: %s, %s", tt.wantCode, tt.wantMessage, tt.wantReason)
			if got := got.Error(); got != wantError {
				t.Errorf("Error() = %q, want %q", got, wantError)
			}
		})
	}
	// Every Kind of the table has a row above: a Kind added without a test fails here.
	for k := apierror.Kind(1); k.String() != fmt.Sprintf("Kind(%d)", k); k++ {
		if !seen[k] {
			t.Errorf("Kind %v has no row in TestTable", k)
		}
	}
}

func TestKindStringInvalid(t *testing.T) {
	t.Parallel()
	for _, k := range []apierror.Kind{0, 200, 255} {
		if got, want := k.String(), fmt.Sprintf("Kind(%d)", k); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, want)
		}
	}
}

func TestIsAndAs(t *testing.T) {
	t.Parallel()
	err := fmt.Errorf("update people/c1: %w", apierror.NewStalePersonEtag().WithField("person.etag", ""))

	if !errors.Is(err, apierror.StalePersonEtag) {
		t.Errorf("errors.Is(wrapped StalePersonEtag, ErrStalePersonEtag) = false, want true")
	}
	for _, other := range []apierror.Kind{apierror.StaleSourceEtag, apierror.NotFound, 0} {
		if errors.Is(err, other) {
			t.Errorf("errors.Is(wrapped StalePersonEtag, %v) = true, want false", other)
		}
	}
	if errors.Is(err, errors.New("Error 400")) {
		t.Errorf("errors.Is(wrapped StalePersonEtag, a plain error) = true, want false")
	}

	var got *apierror.Error
	if !errors.As(err, &got) {
		t.Fatalf("errors.As(wrapped StalePersonEtag, *apierror.Error) = false, want true")
	}
	want := &apierror.Error{
		Kind:    apierror.StalePersonEtag,
		Code:    400,
		Status:  "FAILED_PRECONDITION",
		Reason:  "failedPrecondition",
		Message: "Request person.etag is different than the current person.etag. Clear local cache and get the latest person.",
		Violations: []apierror.FieldViolation{{
			Field:       "person.etag",
			Description: "Request person.etag is different than the current person.etag. Clear local cache and get the latest person.",
		}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors.As mismatch (-want +got):\n%s", diff)
	}
}

func TestWithField(t *testing.T) {
	t.Parallel()
	e := apierror.NewInvalidUpdatePath("updatePersonFields", "photos", "people/updateContact")
	if got := e.Field(); got != "" {
		t.Errorf("Field() of an error without violations = %q, want \"\"", got)
	}
	if got := e.WithField("update_person_fields", ""); got != e {
		t.Errorf("WithField returned %p, want its receiver %p", got, e)
	}
	e.WithField("update_person_fields", "Invalid path: skills")
	want := []apierror.FieldViolation{
		{Field: "update_person_fields", Description: e.Message},
		{Field: "update_person_fields", Description: "Invalid path: skills"},
	}
	if diff := cmp.Diff(want, e.Violations); diff != "" {
		t.Errorf("Violations mismatch (-want +got):\n%s", diff)
	}
	if got, want := e.Field(), "update_person_fields"; got != want {
		t.Errorf("Field() = %q, want %q", got, want)
	}
}

func TestFromStatus(t *testing.T) {
	t.Parallel()
	tests := []struct {
		status     string
		wantCode   int
		wantRPC    int
		wantReason string
	}{
		{"INVALID_ARGUMENT", 400, 3, "badRequest"},
		{"FAILED_PRECONDITION", 400, 9, "failedPrecondition"},
		{"OUT_OF_RANGE", 400, 11, "outOfRange"},
		{"UNAUTHENTICATED", 401, 16, "unauthorized"},
		{"PERMISSION_DENIED", 403, 7, "insufficientPermissions"},
		{"NOT_FOUND", 404, 5, "notFound"},
		{"ABORTED", 409, 10, "aborted"},
		{"ALREADY_EXISTS", 409, 6, "alreadyExists"},
		{"RESOURCE_EXHAUSTED", 429, 8, "rateLimitExceeded"},
		{"CANCELLED", 499, 1, "cancelled"},
		{"DATA_LOSS", 500, 15, "dataLoss"},
		{"UNKNOWN", 500, 2, "unknown"},
		{"INTERNAL", 500, 13, "backendError"},
		{"UNAVAILABLE", 503, 14, "backendError"},
		{"DEADLINE_EXCEEDED", 504, 4, "deadlineExceeded"},
		{"UNIMPLEMENTED", 501, 12, "notImplemented"},
	}
	for _, tt := range tests {
		t.Run(tt.status, func(t *testing.T) {
			t.Parallel()
			got, err := apierror.FromStatus(tt.status, "The service is taking a nap.")
			if err != nil {
				t.Fatalf("FromStatus(%q) = %v", tt.status, err)
			}
			want := &apierror.Error{Code: tt.wantCode, Status: tt.status, Reason: tt.wantReason, Message: "The service is taking a nap."}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("FromStatus(%q) mismatch (-want +got):\n%s", tt.status, diff)
			}
			if got := got.RPCCode(); got != tt.wantRPC {
				t.Errorf("FromStatus(%q).RPCCode() = %d, want %d", tt.status, got, tt.wantRPC)
			}
			if errors.Is(got, apierror.NotFound) || errors.Is(got, apierror.Kind(0)) {
				t.Errorf("errors.Is(FromStatus(%q), a Kind) = true, want false", tt.status)
			}
		})
	}
	for _, bad := range []string{"OK", "NO_SUCH_STATUS", "", "not_found", "METHOD_NOT_ALLOWED"} {
		if got, err := apierror.FromStatus(bad, "x"); err == nil {
			t.Errorf("FromStatus(%q) = %v, nil; want an error", bad, got)
		}
	}
	if got := (&apierror.Error{Status: "NOPE"}).RPCCode(); got != 2 {
		t.Errorf("RPCCode() of an unknown status = %d, want 2 (UNKNOWN)", got)
	}
}

func TestKindIsError(t *testing.T) {
	t.Parallel()
	var err error = apierror.NotFound
	if got, want := err.Error(), "NotFound"; got != want {
		t.Errorf("NotFound.Error() = %q, want %q", got, want)
	}
	if !errors.Is(fmt.Errorf("get: %w", apierror.NewNotFound()), apierror.NotFound) {
		t.Errorf("errors.Is(wrapped NewNotFound(), NotFound) = false, want true")
	}
}
