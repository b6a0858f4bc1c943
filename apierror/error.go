// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package apierror

import (
	"fmt"
)

// Error is an API failure as a client of the People API sees it.
//
// Use [errors.As] to get it from any error the library returns, and compare its
// Kind; or use [errors.Is] with a sentinel. Message is the API's text, given for
// display and for fakes that must answer like the real server; do not parse it.
type Error struct {
	// Kind is the failure, one row of the table.
	Kind Kind
	// Code is the HTTP status code (400, 404, ...).
	Code int
	// Status is the canonical status: INVALID_ARGUMENT, FAILED_PRECONDITION, ...
	Status string
	// Reason is the legacy reason of the envelope's errors[0]: badRequest, ...
	Reason string
	// Message is the API's message.
	Message string
	// Violations lists the request fields at fault, in the order found; the
	// first is the one Message names. It is empty when no field is at fault.
	Violations []FieldViolation
}

// FieldViolation names one request field at fault, as google.rpc.BadRequest does.
type FieldViolation struct {
	// Field is the path of the field in the request, in proto names:
	// update_person_fields, person.metadata.sources.etag, person.names, ...
	Field string
	// Description says what is wrong with it.
	Description string
}

// New returns the Error of kind k, its message formatted from args as the
// table's template for k says. It panics if k is not a Kind of the table or is
// Injected (use [Inject]), which is a programming error.
func New(k Kind, args ...any) *Error {
	if k == 0 || k >= numKinds || k == Injected {
		panic(fmt.Sprintf("apierror.New: invalid kind %d", k))
	}
	r := &table[k]
	msg := r.message
	if len(args) > 0 {
		msg = fmt.Sprintf(r.message, args...)
	}
	return &Error{Kind: k, Code: r.code, Status: r.status, Reason: r.reason, Message: msg}
}

// Inject returns an Error of kind Injected with the given canonical status and
// message, for fakes that make a method fail on purpose. The HTTP code and the
// legacy reason are those Google's front end pairs with the status; an unknown
// status answers 500.
func Inject(status, message string) *Error {
	code, ok := codes[status]
	if !ok {
		code = 500
	}
	reason := reasons[status]
	if reason == "" {
		reason = "backendError"
	}
	return &Error{Kind: Injected, Code: code, Status: status, Reason: reason, Message: message}
}

// WithField returns e with one more field violation: the request field at fault
// and what is wrong with it (by default, the message). It returns e.
func (e *Error) WithField(field, description string) *Error {
	if description == "" {
		description = e.Message
	}
	e.Violations = append(e.Violations, FieldViolation{Field: field, Description: description})
	return e
}

// Field returns the path of the first request field at fault, or "".
func (e *Error) Field() string {
	if len(e.Violations) == 0 {
		return ""
	}
	return e.Violations[0].Field
}

// Error returns the error as the official Go client prints it:
// "Error 400: <message>, <reason>".
func (e *Error) Error() string {
	return fmt.Sprintf("Error %d: %s, %s", e.Code, e.Message, e.Reason)
}

// Is reports whether target is an *Error of the same Kind, so that
// errors.Is(err, apierror.ErrNotFound) works.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Kind == e.Kind
}

// String returns the Go name of the kind.
func (k Kind) String() string {
	if k == 0 || k >= numKinds {
		return fmt.Sprintf("Kind(%d)", k)
	}
	return table[k].name
}

// Sentinels, one per Kind, for errors.Is. Only their Kind matters.
var (
	ErrInvalidResourceName = &Error{Kind: InvalidResourceName}
	ErrMissingUpdateMask   = &Error{Kind: MissingUpdateMask}
	ErrInvalidUpdatePath   = &Error{Kind: InvalidUpdatePath}
	ErrMissingReadMask     = &Error{Kind: MissingReadMask}
	ErrInvalidReadPath     = &Error{Kind: InvalidReadPath}
	ErrInvalidReadPathGet  = &Error{Kind: InvalidReadPathGet}
	ErrInvalidSource       = &Error{Kind: InvalidSource}
	ErrMalformedJSON       = &Error{Kind: MalformedJSON}
	ErrUnknownBodyField    = &Error{Kind: UnknownBodyField}
	ErrInvalidBodyValue    = &Error{Kind: InvalidBodyValue}
	ErrMissingToken        = &Error{Kind: MissingToken}
	ErrNotFound            = &Error{Kind: NotFound}
	ErrNoContactSource     = &Error{Kind: NoContactSource}
	ErrStalePersonEtag     = &Error{Kind: StalePersonEtag}
	ErrStaleSourceEtag     = &Error{Kind: StaleSourceEtag}
	ErrSingletonViolation  = &Error{Kind: SingletonViolation}
	ErrNoMembership        = &Error{Kind: NoMembership}
	ErrInvalidGroupName    = &Error{Kind: InvalidGroupName}
	ErrSystemGroup         = &Error{Kind: SystemGroup}
	ErrInvalidDate         = &Error{Kind: InvalidDate}
	ErrTwoSourcePrimary    = &Error{Kind: TwoSourcePrimary}
	ErrTooManyResources    = &Error{Kind: TooManyResources}
	ErrBodyTooLarge        = &Error{Kind: BodyTooLarge}
	ErrUnauthenticated     = &Error{Kind: Unauthenticated}
	ErrPermissionDenied    = &Error{Kind: PermissionDenied}
	ErrRouteNotFound       = &Error{Kind: RouteNotFound}
	ErrMethodNotAllowed    = &Error{Kind: MethodNotAllowed}
	ErrInvalidArgument     = &Error{Kind: InvalidArgument}
	ErrInjected            = &Error{Kind: Injected}
	ErrInternal            = &Error{Kind: Internal}
)
