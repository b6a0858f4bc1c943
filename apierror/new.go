// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package apierror

import "fmt"

// The constructors, one per Kind. Each takes exactly what its message names,
// typed, so that a call with the wrong arguments does not compile.

// NewInvalidResourceName returns the [InvalidResourceName] error for name,
// which the message quotes.
func NewInvalidResourceName(name string) *Error { return newf(InvalidResourceName, name) }

// NewMissingUpdateMask returns the [MissingUpdateMask] error of a method whose
// update mask parameter is param (updatePersonFields, updateMask, copyMask)
// and whose reference page is page, relative to
// https://developers.google.com/people/api/rest/v1/ (people/updateContact).
func NewMissingUpdateMask(param, page string) *Error {
	return newf(MissingUpdateMask, param, page)
}

// NewInvalidUpdatePath returns the [InvalidUpdatePath] error for path, an
// invalid path of the update mask param of the method documented at page (see
// [NewMissingUpdateMask]).
func NewInvalidUpdatePath(param, path, page string) *Error {
	return newf(InvalidUpdatePath, param, path, page)
}

// NewMissingReadMask returns the [MissingReadMask] error of a method whose
// read mask parameter is param (personFields, readMask), documented at page
// (see [NewMissingUpdateMask]).
func NewMissingReadMask(param, page string) *Error {
	return newf(MissingReadMask, param, page)
}

// NewInvalidReadPath returns the [InvalidReadPath] error for path, an invalid
// path of the read mask param of the method documented at page.
func NewInvalidReadPath(param, path, page string) *Error {
	return newf(InvalidReadPath, param, path, page)
}

// NewInvalidSource returns the [InvalidSource] error for value, the index-th
// value of the sources parameter.
func NewInvalidSource(index int, value string) *Error { return newf(InvalidSource, index, value) }

// NewMalformedJSON returns the [MalformedJSON] error with the parser's detail.
func NewMalformedJSON(detail string) *Error { return newf(MalformedJSON, detail) }

// NewMalformedJSONf returns the [MalformedJSON] error with a detail formatted
// as fmt.Sprintf does.
func NewMalformedJSONf(format string, args ...any) *Error {
	return newf(MalformedJSON, fmt.Sprintf(format, args...))
}

// NewUnknownBodyField returns the [UnknownBodyField] error for the member
// name found at place (person.emailAddresses[0]). An empty place, a member
// of the request's root message, is left out of the message: `Unknown name
// "x": Cannot find field.`
func NewUnknownBodyField(name, place string) *Error {
	e := newf(UnknownBodyField, name, place)
	if place == "" {
		e.Message = fmt.Sprintf("Invalid JSON payload received. Unknown name %q: Cannot find field.", name)
	}
	return e
}

// NewDuplicateField returns the [MalformedJSON] error for the member name
// given twice (under the same or the other spelling) in the object at place.
// An empty place, the request's root message, is left out of the message.
func NewDuplicateField(name, place string) *Error {
	if place == "" {
		return NewMalformedJSONf("Duplicate name %q: Field already set.", name)
	}
	return NewMalformedJSONf("Duplicate name %q at '%s': Field already set.", name, place)
}

// NewNotRepeating returns the [MalformedJSON] error for a list given for the
// member name of the object at place, a field that is not repeated (name "":
// a list inside a list). An empty place, the request's root message, is left
// out of the message.
func NewNotRepeating(name, place string) *Error {
	if place == "" {
		return NewMalformedJSONf("Unknown name %q: Proto field is not repeating, cannot start list.", name)
	}
	return NewMalformedJSONf("Unknown name %q at '%s': Proto field is not repeating, cannot start list.", name, place)
}

// NewInvalidBodyValue returns the [InvalidBodyValue] error for value (as
// JSON) at place, which should be of type typ (TYPE_STRING, TYPE_INT32,
// TYPE_BOOL, TYPE_ENUM, TYPE_MESSAGE or a message's type URL).
func NewInvalidBodyValue(place, typ, value string) *Error {
	return newf(InvalidBodyValue, place, typ, value)
}

// NewMissingToken returns the [MissingToken] error.
func NewMissingToken() *Error { return newf(MissingToken) }

// NewNotFound returns the [NotFound] error.
func NewNotFound() *Error { return newf(NotFound) }

// NewNoContactSource returns the [NoContactSource] error.
func NewNoContactSource() *Error { return newf(NoContactSource) }

// NewStalePersonEtag returns the [StalePersonEtag] error.
func NewStalePersonEtag() *Error { return newf(StalePersonEtag) }

// NewStaleSourceEtag returns the [StaleSourceEtag] error.
func NewStaleSourceEtag() *Error { return newf(StaleSourceEtag) }

// NewSingletonViolation returns the [SingletonViolation] error for the field
// of that JSON name (names, birthdays, ...).
func NewSingletonViolation(field string) *Error { return newf(SingletonViolation, field) }

// NewNoMembership returns the [NoMembership] error.
func NewNoMembership() *Error { return newf(NoMembership) }

// NewInvalidGroupName returns the [InvalidGroupName] error for name.
func NewInvalidGroupName(name string) *Error { return newf(InvalidGroupName, name) }

// NewSystemGroup returns the [SystemGroup] error for the system group of that
// resource name.
func NewSystemGroup(name string) *Error { return newf(SystemGroup, name) }

// NewInvalidDate returns the [InvalidDate] error for the date at path
// (birthdays[0].date).
func NewInvalidDate(path string) *Error { return newf(InvalidDate, path) }

// NewTwoSourcePrimary returns the [TwoSourcePrimary] error for the field of
// that JSON name.
func NewTwoSourcePrimary(field string) *Error { return newf(TwoSourcePrimary, field) }

// NewBlankGroupName returns the [BlankGroupName] error.
func NewBlankGroupName() *Error { return newf(BlankGroupName) }

// NewRenameSystemGroup returns the [RenameSystemGroup] error for the system
// contact group name, which the message quotes.
func NewRenameSystemGroup(name string) *Error { return newf(RenameSystemGroup, name) }

// NewDeleteSystemGroup returns the [DeleteSystemGroup] error for the system
// contact group name, which the message quotes.
func NewDeleteSystemGroup(name string) *Error { return newf(DeleteSystemGroup, name) }
