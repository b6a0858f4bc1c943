// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"fmt"
	"net/http"

	"github.com/peopleupdate/peopleupdate/apierror"
)

// The failures only a server has (authentication, routing, limits, injected
// faults), built on apierror's table of canonical statuses. The library's own
// failures come from the library, worded for the method by it.

// statusError returns the error of a canonical status, which must be one.
func statusError(status, message string) *apierror.Error {
	e, err := apierror.FromStatus(status, message)
	if err != nil {
		panic(err) // a status of the fake's own code
	}
	return e
}

// invalidArgument returns an INVALID_ARGUMENT error with its own message.
func invalidArgument(message string) *apierror.Error { return statusError("INVALID_ARGUMENT", message) }

// invalidArgumentf returns an INVALID_ARGUMENT error with a message formatted
// as fmt.Sprintf does.
func invalidArgumentf(format string, args ...any) *apierror.Error {
	return invalidArgument(fmt.Sprintf(format, args...))
}

// tooManyResources is a batch over its limit: param holds more than limit
// values.
func tooManyResources(param string, limit int) *apierror.Error {
	return invalidArgumentf("Too many values for %s: at most %d are allowed.", param, limit)
}

// bodyTooLarge is a request body over the server's limit: 413, with the
// status and reason of an invalid argument.
func bodyTooLarge(limit int64) *apierror.Error {
	e := invalidArgumentf("Request payload size exceeds the limit: %d bytes.", limit)
	e.Code = http.StatusRequestEntityTooLarge
	return e
}

// expiredSyncToken is the API's answer to a sync token it no longer honours
// (connections.list, contactGroups.list, otherContacts.list): 7 days after
// its full sync, with the documented ErrorInfo reason EXPIRED_SYNC_TOKEN (its
// domain is guessed).
func expiredSyncToken() *apierror.Error {
	e := statusError("FAILED_PRECONDITION", "Sync token is expired. Clear local cache and retry call without the sync token.")
	e.Info = &apierror.ErrorInfo{Reason: "EXPIRED_SYNC_TOKEN", Domain: "people.googleapis.com"}
	return e
}

// groupNameTaken is the 409 of a contact group name in use (invented text).
func groupNameTaken(name string) *apierror.Error {
	return statusError("ALREADY_EXISTS", fmt.Sprintf("A contact group named %q already exists.", name)).
		WithField("contact_group.name", "")
}

// staleGroupEtag is a contactGroups.update whose etag is not the group's
// current one (invented text, after the person etag's).
func staleGroupEtag() *apierror.Error {
	return statusError("FAILED_PRECONDITION", "Request contact_group.etag is different than the current contact_group.etag. Clear local cache and get the latest contact group.").
		WithField("contact_group.etag", "")
}

// unknownGroup is a contact write joining a contact group the user does not
// have (invented text).
func unknownGroup(name string) *apierror.Error {
	return invalidArgumentf("Contact group %q does not exist.", name).WithField("person.memberships", "")
}

// unauthenticated is a request without credentials.
func unauthenticated() *apierror.Error {
	return statusError("UNAUTHENTICATED", "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.")
}

// invalidCredentials is Google's answer to a bearer token it does not know.
func invalidCredentials() *apierror.Error {
	return statusError("UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.")
}

// permissionDenied is a token without the scope the method needs.
func permissionDenied() *apierror.Error {
	return statusError("PERMISSION_DENIED", "Request had insufficient authentication scopes.")
}

// routeNotFound is a URL path where no method lives.
func routeNotFound(path string) *apierror.Error {
	return statusError("NOT_FOUND", fmt.Sprintf("The requested URL %s was not found on this server.", path))
}

// methodNotAllowed is an HTTP method the URL path does not serve: an HTTP
// answer of the front end, 405, whose status is no google.rpc.Code.
func methodNotAllowed(method string) *apierror.Error {
	return &apierror.Error{
		Code:    http.StatusMethodNotAllowed,
		Status:  "METHOD_NOT_ALLOWED",
		Reason:  "methodNotAllowed",
		Message: fmt.Sprintf("The %s method is not allowed for this resource.", method),
	}
}

// internalError is a failure of the fake itself.
func internalError() *apierror.Error { return statusError("INTERNAL", "Internal error encountered.") }

// injected is a failure injected with InjectError. A status that is no
// canonical one answers 500 with the legacy reason backendError, as Google's
// front end answers a status it does not know.
func injected(status, message string) *apierror.Error {
	if e, err := apierror.FromStatus(status, message); err == nil {
		return e
	}
	return &apierror.Error{Code: http.StatusInternalServerError, Status: status, Reason: "backendError", Message: message}
}
