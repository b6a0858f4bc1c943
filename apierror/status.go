// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package apierror

import (
	"fmt"
	"net/http"
)

// status is one canonical status (a google.rpc.Code) as Google's front end
// answers it.
type status struct {
	name   string // INVALID_ARGUMENT, ...
	rpc    int    // the google.rpc.Code number
	code   int    // the HTTP status code
	reason string // the legacy reason of errors[0].reason
}

// statuses is the one table of canonical statuses: every Error's code and
// reason come from here, whether built from a Kind or with [FromStatus].
var statuses = [...]status{
	{"CANCELLED", 1, 499, "cancelled"},
	{"UNKNOWN", 2, http.StatusInternalServerError, "unknown"},
	{"INVALID_ARGUMENT", 3, http.StatusBadRequest, "badRequest"},
	{"DEADLINE_EXCEEDED", 4, http.StatusGatewayTimeout, "deadlineExceeded"},
	{"NOT_FOUND", 5, http.StatusNotFound, "notFound"},
	{"ALREADY_EXISTS", 6, http.StatusConflict, "alreadyExists"},
	{"PERMISSION_DENIED", 7, http.StatusForbidden, "insufficientPermissions"},
	{"RESOURCE_EXHAUSTED", 8, http.StatusTooManyRequests, "rateLimitExceeded"},
	{"FAILED_PRECONDITION", 9, http.StatusBadRequest, "failedPrecondition"},
	{"ABORTED", 10, http.StatusConflict, "aborted"},
	{"OUT_OF_RANGE", 11, http.StatusBadRequest, "outOfRange"},
	{"UNIMPLEMENTED", 12, http.StatusNotImplemented, "notImplemented"},
	{"INTERNAL", 13, http.StatusInternalServerError, "backendError"},
	{"UNAVAILABLE", 14, http.StatusServiceUnavailable, "backendError"},
	{"DATA_LOSS", 15, http.StatusInternalServerError, "dataLoss"},
	{"UNAUTHENTICATED", 16, http.StatusUnauthorized, "unauthorized"},
}

// lookupStatus returns the row of a canonical status name.
func lookupStatus(name string) (*status, bool) {
	for i := range statuses {
		if statuses[i].name == name {
			return &statuses[i], true
		}
	}
	return nil, false
}

// FromStatus returns an Error of the canonical status (INVALID_ARGUMENT,
// NOT_FOUND, UNAVAILABLE, ...) with the given message, its HTTP code and
// legacy reason those Google's front end pairs with the status. It is for a
// server around the library that answers failures of its own (authentication,
// routing, injected faults); the Error has no Kind, so it matches no Kind
// under [errors.Is]. A status that is not one of the sixteen google.rpc.Code
// names of a failure (OK included) is an error.
func FromStatus(status, message string) (*Error, error) {
	s, ok := lookupStatus(status)
	if !ok {
		return nil, fmt.Errorf("apierror: unknown canonical status %q", status)
	}
	return &Error{Code: s.code, Status: s.name, Reason: s.reason, Message: message}, nil
}

// RPCCode returns the google.rpc.Code number of e's status (3 for
// INVALID_ARGUMENT, ...), as a google.rpc.Status carries it; an unknown status
// gives 2 (UNKNOWN).
func (e *Error) RPCCode() int {
	if s, ok := lookupStatus(e.Status); ok {
		return s.rpc
	}
	return 2
}
