// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
)

// TestServerErrors pins the failures only the fake has: code, status, legacy
// reason and message, written out in full.
func TestServerErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		got  *apierror.Error
		want apierror.Error
	}{
		{"tooManyResources", tooManyResources("resourceNames", 200),
			apierror.Error{Code: 400, Status: "INVALID_ARGUMENT", Reason: "badRequest", Message: "Too many values for resourceNames: at most 200 are allowed."}},
		{"bodyTooLarge", bodyTooLarge(1 << 20),
			apierror.Error{Code: 413, Status: "INVALID_ARGUMENT", Reason: "badRequest", Message: "Request payload size exceeds the limit: 1048576 bytes."}},
		{"unauthenticated", unauthenticated(),
			apierror.Error{Code: 401, Status: "UNAUTHENTICATED", Reason: "unauthorized", Message: "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."}},
		{"invalidCredentials", invalidCredentials(),
			apierror.Error{Code: 401, Status: "UNAUTHENTICATED", Reason: "unauthorized", Message: "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."}},
		{"permissionDenied", permissionDenied(),
			apierror.Error{Code: 403, Status: "PERMISSION_DENIED", Reason: "insufficientPermissions", Message: "Request had insufficient authentication scopes."}},
		{"routeNotFound", routeNotFound("/v1/people"),
			apierror.Error{Code: 404, Status: "NOT_FOUND", Reason: "notFound", Message: "The requested URL /v1/people was not found on this server."}},
		{"methodNotAllowed", methodNotAllowed("GET"),
			apierror.Error{Code: 405, Status: "METHOD_NOT_ALLOWED", Reason: "methodNotAllowed", Message: "The GET method is not allowed for this resource."}},
		{"invalidArgumentf", invalidArgumentf("Anything %s.", "goes"),
			apierror.Error{Code: 400, Status: "INVALID_ARGUMENT", Reason: "badRequest", Message: "Anything goes."}},
		{"internalError", internalError(),
			apierror.Error{Code: 500, Status: "INTERNAL", Reason: "backendError", Message: "Internal error encountered."}},
		{"injected", injected("UNAVAILABLE", "The service is taking a nap."),
			apierror.Error{Code: 503, Status: "UNAVAILABLE", Reason: "backendError", Message: "The service is taking a nap."}},
		{"injected unknown status", injected("NO_SUCH_STATUS", "x"),
			apierror.Error{Code: 500, Status: "NO_SUCH_STATUS", Reason: "backendError", Message: "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(&tt.want, tt.got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			if errors.Is(tt.got, apierror.NotFound) || errors.Is(tt.got, apierror.InvalidResourceName) {
				t.Errorf("a server error matches a Kind of the library")
			}
		})
	}
}

func TestStatusError(t *testing.T) {
	t.Parallel()
	defer func() {
		if recover() == nil {
			t.Errorf("statusError of an unknown status did not panic")
		}
	}()
	statusError("NOPE", "x")
}
