// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package apierror

import (
	"encoding/json"
	"fmt"
)

// Error is an API failure as a client of the People API sees it.
//
// Use [errors.As] to get it from any error the library returns, and compare its
// Kind; or use [errors.Is] with the Kind itself (errors.Is(err,
// apierror.NotFound)). Message is the API's text, given for display and for
// fakes that must answer like the real server; do not parse it.
type Error struct {
	// Kind is the failure, one row of the table; 0 for an Error built with
	// [FromStatus].
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
	// The envelope renders them as a google.rpc.BadRequest detail.
	Violations []FieldViolation
	// Info, when not nil, is rendered as a google.rpc.ErrorInfo detail, the
	// first of the envelope's details.
	Info *ErrorInfo
	// Extra holds further details entries, each a JSON object with its
	// "@type", rendered as they are after the others.
	Extra []json.RawMessage
}

// FieldViolation names one request field at fault, as google.rpc.BadRequest does.
type FieldViolation struct {
	// Field is the path of the field in the request, in proto names:
	// update_person_fields, person.metadata.sources.etag, person.names, ...
	Field string
	// Description says what is wrong with it.
	Description string
}

// ErrorInfo is a google.rpc.ErrorInfo: the machine-readable cause of an
// error, such as {reason: ACCESS_TOKEN_SCOPE_INSUFFICIENT, domain:
// googleapis.com, metadata: {service: people.googleapis.com}}.
type ErrorInfo struct {
	// Reason is the cause, UPPER_SNAKE_CASE.
	Reason string
	// Domain is the logical grouping Reason belongs to: googleapis.com, ...
	Domain string
	// Metadata holds further facts, rendered with its keys sorted.
	Metadata map[string]string
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

// Is reports whether target is e's Kind (or an *Error of that Kind), so that
// errors.Is(err, apierror.NotFound) works. An Error of no Kind matches no
// target but itself.
func (e *Error) Is(target error) bool {
	switch t := target.(type) {
	case Kind:
		return e.Kind != 0 && t == e.Kind
	case *Error:
		return e.Kind != 0 && t.Kind == e.Kind
	}
	return false
}
