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
		args        []any
		wantName    string
		wantCode    int
		wantStatus  string
		wantReason  string
		wantMessage string
		sentinel    *apierror.Error
	}{
		{apierror.InvalidResourceName, []any{"people/me"}, "InvalidResourceName", 400, "INVALID_ARGUMENT", "badRequest",
			`Resource name "people/me" is not a valid contact person resource.`, apierror.ErrInvalidResourceName},
		{apierror.MissingUpdateMask, nil, "MissingUpdateMask", 400, "INVALID_ARGUMENT", "badRequest",
			`updatePersonFields mask is required. Please specify one or more valid paths. Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/updateContact.`, apierror.ErrMissingUpdateMask},
		{apierror.InvalidUpdatePath, []any{"photos"}, "InvalidUpdatePath", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid updatePersonFields mask path: "photos". Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/updateContact.`, apierror.ErrInvalidUpdatePath},
		{apierror.MissingReadMask, nil, "MissingReadMask", 400, "INVALID_ARGUMENT", "badRequest",
			`personFields mask is required. Please specify one or more valid paths. Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/get.`, apierror.ErrMissingReadMask},
		{apierror.InvalidReadPath, []any{"x"}, "InvalidReadPath", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid personFields mask path: "x". Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/updateContact.`, apierror.ErrInvalidReadPath},
		{apierror.InvalidReadPathGet, []any{"metadfafads"}, "InvalidReadPathGet", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid personFields mask path: "metadfafads". Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/get.`, apierror.ErrInvalidReadPathGet},
		{apierror.InvalidSource, []any{1, "FOO"}, "InvalidSource", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid value at 'sources[1]' (TYPE_ENUM), "FOO"`, apierror.ErrInvalidSource},
		{apierror.MalformedJSON, []any{`Expected a value.`}, "MalformedJSON", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid JSON payload received. Expected a value.`, apierror.ErrMalformedJSON},
		{apierror.UnknownBodyField, []any{"notes", "person"}, "UnknownBodyField", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid JSON payload received. Unknown name "notes" at 'person': Cannot find field.`, apierror.ErrUnknownBodyField},
		{apierror.InvalidBodyValue, []any{"person.birthdays[0].date.month", "TYPE_INT32", `"July"`}, "InvalidBodyValue", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid value at 'person.birthdays[0].date.month' (TYPE_INT32), "July"`, apierror.ErrInvalidBodyValue},
		{apierror.MissingToken, nil, "MissingToken", 400, "INVALID_ARGUMENT", "badRequest",
			`Request must set person.etag or person.metadata.sources.etag for the source that is being updated.`, apierror.ErrMissingToken},
		{apierror.NotFound, nil, "NotFound", 404, "NOT_FOUND", "notFound",
			`Requested entity was not found.`, apierror.ErrNotFound},
		{apierror.NoContactSource, nil, "NoContactSource", 400, "INVALID_ARGUMENT", "badRequest",
			`Person has no contact source; only contact based people can be modified.`, apierror.ErrNoContactSource},
		{apierror.StalePersonEtag, nil, "StalePersonEtag", 400, "FAILED_PRECONDITION", "failedPrecondition",
			`Request person.etag is different than the current person.etag. Clear local cache and get the latest person.`, apierror.ErrStalePersonEtag},
		{apierror.StaleSourceEtag, nil, "StaleSourceEtag", 400, "FAILED_PRECONDITION", "failedPrecondition",
			`Request person.metadata.sources.etag is different than the current person.metadata.sources.etag. Clear local cache and get the latest person.`, apierror.ErrStaleSourceEtag},
		{apierror.SingletonViolation, []any{"names"}, "SingletonViolation", 400, "INVALID_ARGUMENT", "badRequest",
			`Cannot have more than one person.names per source.`, apierror.ErrSingletonViolation},
		{apierror.NoMembership, nil, "NoMembership", 400, "INVALID_ARGUMENT", "badRequest",
			`Contact must keep at least one contact group membership.`, apierror.ErrNoMembership},
		{apierror.InvalidGroupName, []any{"groups/x"}, "InvalidGroupName", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid contact group resource name "groups/x".`, apierror.ErrInvalidGroupName},
		{apierror.SystemGroup, []any{"contactGroups/family"}, "SystemGroup", 400, "INVALID_ARGUMENT", "badRequest",
			`Cannot add a contact to the system contact group "contactGroups/family".`, apierror.ErrSystemGroup},
		{apierror.InvalidDate, []any{"birthdays[0].date"}, "InvalidDate", 400, "INVALID_ARGUMENT", "badRequest",
			`Invalid date in person.birthdays[0].date.`, apierror.ErrInvalidDate},
		{apierror.TwoSourcePrimary, []any{"emailAddresses"}, "TwoSourcePrimary", 400, "INVALID_ARGUMENT", "badRequest",
			`Cannot have more than one person.emailAddresses with sourcePrimary per source.`, apierror.ErrTwoSourcePrimary},
		{apierror.TooManyResources, []any{"resourceNames", 200}, "TooManyResources", 400, "INVALID_ARGUMENT", "badRequest",
			`Too many values for resourceNames: at most 200 are allowed.`, apierror.ErrTooManyResources},
		{apierror.BodyTooLarge, []any{1 << 20}, "BodyTooLarge", 413, "INVALID_ARGUMENT", "badRequest",
			`Request payload size exceeds the limit: 1048576 bytes.`, apierror.ErrBodyTooLarge},
		{apierror.Unauthenticated, nil, "Unauthenticated", 401, "UNAUTHENTICATED", "unauthorized",
			`Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.`, apierror.ErrUnauthenticated},
		{apierror.PermissionDenied, nil, "PermissionDenied", 403, "PERMISSION_DENIED", "insufficientPermissions",
			`Request had insufficient authentication scopes.`, apierror.ErrPermissionDenied},
		{apierror.RouteNotFound, []any{"/v1/people"}, "RouteNotFound", 404, "NOT_FOUND", "notFound",
			`The requested URL /v1/people was not found on this server.`, apierror.ErrRouteNotFound},
		{apierror.MethodNotAllowed, []any{"GET"}, "MethodNotAllowed", 405, "METHOD_NOT_ALLOWED", "methodNotAllowed",
			`The GET method is not allowed for this resource.`, apierror.ErrMethodNotAllowed},
		{apierror.InvalidArgument, []any{"Anything goes."}, "InvalidArgument", 400, "INVALID_ARGUMENT", "badRequest",
			`Anything goes.`, apierror.ErrInvalidArgument},
		{apierror.Internal, nil, "Internal", 500, "INTERNAL", "backendError",
			`Internal error encountered.`, apierror.ErrInternal},
	}
	seen := map[apierror.Kind]bool{apierror.Injected: true} // Injected: see TestInject
	for _, tt := range tests {
		seen[tt.kind] = true
		t.Run(tt.wantName, func(t *testing.T) {
			t.Parallel()
			got := apierror.New(tt.kind, tt.args...)
			want := &apierror.Error{Kind: tt.kind, Code: tt.wantCode, Status: tt.wantStatus, Reason: tt.wantReason, Message: tt.wantMessage}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("New(%v, %v) mismatch (-want +got):\n%s", tt.kind, tt.args, diff)
			}
			if got := tt.kind.String(); got != tt.wantName {
				t.Errorf("Kind.String() = %q, want %q", got, tt.wantName)
			}
			if !errors.Is(got, tt.sentinel) {
				t.Errorf("errors.Is(New(%v), %v sentinel) = false, want true", tt.kind, tt.sentinel.Kind)
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

func TestNewPanics(t *testing.T) {
	t.Parallel()
	for _, k := range []apierror.Kind{0, apierror.Injected, 200} {
		t.Run(k.String(), func(t *testing.T) {
			t.Parallel()
			defer func() {
				if recover() == nil {
					t.Errorf("New(%v) did not panic", k)
				}
			}()
			apierror.New(k)
		})
	}
}

func TestIsAndAs(t *testing.T) {
	t.Parallel()
	err := fmt.Errorf("update people/c1: %w", apierror.New(apierror.StalePersonEtag).WithField("person.etag", ""))

	if !errors.Is(err, apierror.ErrStalePersonEtag) {
		t.Errorf("errors.Is(wrapped StalePersonEtag, ErrStalePersonEtag) = false, want true")
	}
	for _, other := range []*apierror.Error{apierror.ErrStaleSourceEtag, apierror.ErrNotFound, apierror.ErrInjected} {
		if errors.Is(err, other) {
			t.Errorf("errors.Is(wrapped StalePersonEtag, %v sentinel) = true, want false", other.Kind)
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
	e := apierror.New(apierror.InvalidUpdatePath, "photos")
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

func TestInject(t *testing.T) {
	t.Parallel()
	tests := []struct {
		status     string
		wantCode   int
		wantReason string
	}{
		{"INVALID_ARGUMENT", 400, "badRequest"},
		{"FAILED_PRECONDITION", 400, "failedPrecondition"},
		{"OUT_OF_RANGE", 400, "outOfRange"},
		{"UNAUTHENTICATED", 401, "unauthorized"},
		{"PERMISSION_DENIED", 403, "insufficientPermissions"},
		{"NOT_FOUND", 404, "notFound"},
		{"ABORTED", 409, "aborted"},
		{"ALREADY_EXISTS", 409, "alreadyExists"},
		{"RESOURCE_EXHAUSTED", 429, "rateLimitExceeded"},
		{"CANCELLED", 499, "cancelled"},
		{"DATA_LOSS", 500, "dataLoss"},
		{"UNKNOWN", 500, "unknown"},
		{"INTERNAL", 500, "backendError"},
		{"UNAVAILABLE", 503, "backendError"},
		{"DEADLINE_EXCEEDED", 504, "deadlineExceeded"},
		{"UNIMPLEMENTED", 501, "notImplemented"},
		{"NO_SUCH_STATUS", 500, "backendError"},
		{"", 500, "backendError"},
	}
	for _, tt := range tests {
		t.Run(tt.status, func(t *testing.T) {
			t.Parallel()
			got := apierror.Inject(tt.status, "The service is taking a nap.")
			want := &apierror.Error{Kind: apierror.Injected, Code: tt.wantCode, Status: tt.status, Reason: tt.wantReason, Message: "The service is taking a nap."}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Inject(%q) mismatch (-want +got):\n%s", tt.status, diff)
			}
			if !errors.Is(got, apierror.ErrInjected) {
				t.Errorf("errors.Is(Inject(%q), ErrInjected) = false, want true", tt.status)
			}
			if errors.Is(got, apierror.ErrInternal) {
				t.Errorf("errors.Is(Inject(%q), ErrInternal) = true, want false", tt.status)
			}
		})
	}
}
