// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package apierror

import "fmt"

// Kind identifies one failure of the library's table. The zero Kind is not a
// failure: an Error built with [FromStatus] has it.
//
// A Kind is also an error, so that the constants serve as read-only sentinels:
// errors.Is(err, apierror.NotFound) reports whether err is or wraps an
// [*Error] of kind NotFound.
type Kind uint8

// The failures, in the order SPEC.md's checks meet them. The message of each
// is built by its constructor (NewInvalidResourceName, ...) from the template
// in the table below.
const (
	_ Kind = iota

	// InvalidResourceName: the resource name is not a contact's (§1).
	InvalidResourceName
	// MissingUpdateMask: the update mask (updatePersonFields, updateMask,
	// copyMask) absent or empty.
	MissingUpdateMask
	// InvalidUpdatePath: an update mask path not among those the method accepts.
	InvalidUpdatePath
	// MissingReadMask: the read mask (personFields, readMask) absent where the
	// method requires it (people.get, ...).
	MissingReadMask
	// InvalidReadPath: a read mask path not among those the method accepts.
	InvalidReadPath
	// InvalidSource: a sources value that is not an accepted ReadSourceType.
	InvalidSource
	// MalformedJSON: the body is not JSON.
	MalformedJSON
	// UnknownBodyField: the body names a field the schema lacks.
	UnknownBodyField
	// InvalidBodyValue: a body (or query) value of the wrong type.
	InvalidBodyValue
	// MissingToken: neither person.etag nor a CONTACT source etag.
	MissingToken
	// NotFound: no such contact.
	NotFound
	// NoContactSource: the person is not contact based.
	NoContactSource
	// StalePersonEtag: person.etag is not the current one.
	StalePersonEtag
	// StaleSourceEtag: the CONTACT source etag (or id) is not the current one.
	StaleSourceEtag
	// SingletonViolation: two contact items in a singleton field.
	SingletonViolation
	// NoMembership: memberships masked and none kept.
	NoMembership
	// InvalidGroupName: a contactGroupResourceName not of the form contactGroups/{id}.
	InvalidGroupName
	// SystemGroup: adding the contact to a system group.
	SystemGroup
	// InvalidDate: a Date out of range.
	InvalidDate
	// TwoSourcePrimary: two kept items flagged sourcePrimary.
	TwoSourcePrimary

	// The rules of contact groups the library owns (validate/group.go),
	// whose texts the API does not document (the library's are invented).

	// BlankGroupName: a contact group name that is empty or only white space.
	BlankGroupName
	// RenameSystemGroup: contactGroups.update of a system group.
	RenameSystemGroup
	// DeleteSystemGroup: contactGroups.delete of a system group.
	DeleteSystemGroup

	numKinds
)

// row is one line of the table of kinds. The HTTP code and the legacy reason
// come from the table of statuses (status.go).
type row struct {
	name    string // Go name of the Kind, for String
	status  string // canonical status (google.rpc.Code name)
	message string // fmt template, filled by the Kind's constructor
}

// docs is the prefix of the People API reference pages mask errors point at.
const docs = `https://developers.google.com/people/api/rest/v1/`

// table is the one table of kinds.
var table = [numKinds]row{
	InvalidResourceName: {"InvalidResourceName", "INVALID_ARGUMENT", `Resource name %q is not a valid contact person resource.`},
	MissingUpdateMask:   {"MissingUpdateMask", "INVALID_ARGUMENT", `%s mask is required. Please specify one or more valid paths. Valid paths are documented at ` + docs + `%s.`},
	InvalidUpdatePath:   {"InvalidUpdatePath", "INVALID_ARGUMENT", `Invalid %s mask path: %q. Valid paths are documented at ` + docs + `%s.`},
	MissingReadMask:     {"MissingReadMask", "INVALID_ARGUMENT", `%s mask is required. Please specify one or more valid paths. Valid paths are documented at ` + docs + `%s.`},
	InvalidReadPath:     {"InvalidReadPath", "INVALID_ARGUMENT", `Invalid %s mask path: %q. Valid paths are documented at ` + docs + `%s.`},
	InvalidSource:       {"InvalidSource", "INVALID_ARGUMENT", `Invalid value at 'sources[%d]' (TYPE_ENUM), %q`},
	MalformedJSON:       {"MalformedJSON", "INVALID_ARGUMENT", `Invalid JSON payload received. %s`},
	UnknownBodyField:    {"UnknownBodyField", "INVALID_ARGUMENT", `Invalid JSON payload received. Unknown name %q at '%s': Cannot find field.`},
	InvalidBodyValue:    {"InvalidBodyValue", "INVALID_ARGUMENT", `Invalid value at '%s' (%s), %s`},
	MissingToken:        {"MissingToken", "INVALID_ARGUMENT", `Request must set person.etag or person.metadata.sources.etag for the source that is being updated.`},
	NotFound:            {"NotFound", "NOT_FOUND", `Requested entity was not found.`},
	NoContactSource:     {"NoContactSource", "INVALID_ARGUMENT", `Person has no contact source; only contact based people can be modified.`},
	StalePersonEtag:     {"StalePersonEtag", "FAILED_PRECONDITION", `Request person.etag is different than the current person.etag. Clear local cache and get the latest person.`},
	StaleSourceEtag:     {"StaleSourceEtag", "FAILED_PRECONDITION", `Request person.metadata.sources.etag is different than the current person.metadata.sources.etag. Clear local cache and get the latest person.`},
	SingletonViolation:  {"SingletonViolation", "INVALID_ARGUMENT", `Cannot have more than one person.%s per source.`},
	NoMembership:        {"NoMembership", "INVALID_ARGUMENT", `Contact must keep at least one contact group membership.`},
	InvalidGroupName:    {"InvalidGroupName", "INVALID_ARGUMENT", `Invalid contact group resource name %q.`},
	SystemGroup:         {"SystemGroup", "INVALID_ARGUMENT", `Cannot add a contact to the system contact group %q.`},
	InvalidDate:         {"InvalidDate", "INVALID_ARGUMENT", `Invalid date in person.%s.`},
	TwoSourcePrimary:    {"TwoSourcePrimary", "INVALID_ARGUMENT", `Cannot have more than one person.%s with sourcePrimary per source.`},
	BlankGroupName:      {"BlankGroupName", "INVALID_ARGUMENT", `Contact group name must not be empty.`},
	RenameSystemGroup:   {"RenameSystemGroup", "INVALID_ARGUMENT", `Cannot rename the system contact group %q.`},
	DeleteSystemGroup:   {"DeleteSystemGroup", "INVALID_ARGUMENT", `Cannot delete the system contact group %q.`},
}

// String returns the Go name of the kind.
func (k Kind) String() string {
	if k == 0 || k >= numKinds {
		return fmt.Sprintf("Kind(%d)", k)
	}
	return table[k].name
}

// Error returns the Go name of the kind, as String does (so that fmt prints a
// Kind the same way whichever it calls). A Kind is an error only to serve as a
// sentinel for [errors.Is]; the errors the library returns are [*Error]
// values.
func (k Kind) Error() string { return k.String() }

// newf returns the Error of kind k, its message the table's template for k
// filled with args. Only the typed constructors call it, each with the
// arguments its template wants (TestTable formats every template).
func newf(k Kind, args ...any) *Error {
	r := &table[k]
	s, _ := lookupStatus(r.status) // every row's status is in the table
	msg := r.message
	if len(args) > 0 {
		msg = fmt.Sprintf(r.message, args...)
	}
	return &Error{Kind: k, Code: s.code, Status: s.name, Reason: s.reason, Message: msg}
}
