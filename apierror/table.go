// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package apierror

import "net/http"

// Kind identifies one failure of the table. The zero Kind is not a failure.
type Kind uint8

// The failures, in the order SPEC.md's checks meet them. The message template of
// each is in the table below; its %-verbs are filled from New's arguments.
const (
	_ Kind = iota

	// InvalidResourceName: the resource name is not a contact's (§1). Arg: the name.
	InvalidResourceName
	// MissingUpdateMask: updatePersonFields absent or empty. No args.
	MissingUpdateMask
	// InvalidUpdatePath: a path not among the 24 updatable ones. Arg: the first bad path.
	InvalidUpdatePath
	// MissingReadMask: personFields absent where a method requires it (people.get). No args.
	MissingReadMask
	// InvalidReadPath: a personFields path not among the 29 readable ones. Arg: the first bad path.
	InvalidReadPath
	// InvalidReadPathGet: as InvalidReadPath, on a read (people.get). Arg: the path.
	InvalidReadPathGet
	// InvalidSource: a sources value that is not an accepted ReadSourceType.
	// Args: its index, the value.
	InvalidSource
	// MalformedJSON: the body is not JSON. Arg: the parser's detail.
	MalformedJSON
	// UnknownBodyField: the body names a field the schema lacks. Args: the name, its place.
	UnknownBodyField
	// InvalidBodyValue: a body value of the wrong type. Args: its place, its type
	// (TYPE_STRING, TYPE_INT32, TYPE_BOOL, TYPE_ENUM, TYPE_MESSAGE, ...), the value as JSON.
	InvalidBodyValue
	// MissingToken: neither person.etag nor a CONTACT source etag. No args.
	MissingToken
	// NotFound: no such contact. No args.
	NotFound
	// NoContactSource: the person is not contact based. No args.
	NoContactSource
	// StalePersonEtag: person.etag is not the current one. No args.
	StalePersonEtag
	// StaleSourceEtag: the CONTACT source etag (or id) is not the current one. No args.
	StaleSourceEtag
	// SingletonViolation: two contact items in a singleton field. Arg: the field's JSON name.
	SingletonViolation
	// NoMembership: memberships masked and none kept. No args.
	NoMembership
	// InvalidGroupName: a contactGroupResourceName not of the form contactGroups/{id}. Arg: the name.
	InvalidGroupName
	// SystemGroup: adding the contact to a system group. Arg: the group's resource name.
	SystemGroup
	// InvalidDate: a Date out of range. Arg: its path (birthdays[0].date).
	InvalidDate
	// TwoSourcePrimary: two kept items flagged sourcePrimary. Arg: the field's JSON name.
	TwoSourcePrimary

	// The failures below come from a server around the library (the fake), not from
	// one updateContact call.

	// TooManyResources: a batch over its limit. Args: the parameter, the limit.
	TooManyResources
	// BodyTooLarge: the request body exceeds the server's limit. No args.
	BodyTooLarge
	// Unauthenticated: no or an unknown bearer token. No args.
	Unauthenticated
	// PermissionDenied: the token lacks the scope the method needs. No args.
	PermissionDenied
	// RouteNotFound: no method at this URL path. Arg: the path.
	RouteNotFound
	// MethodNotAllowed: the URL path exists for another HTTP method. Arg: the method.
	MethodNotAllowed
	// InvalidArgument: any other invalid request, with its own message. Arg: the message.
	InvalidArgument
	// Injected: a failure injected into a fake; built with Inject, never New.
	Injected
	// Internal: the server failed. No args.
	Internal

	numKinds
)

// row is one line of the table.
type row struct {
	name    string // Go name of the Kind, for String
	code    int    // HTTP status code
	status  string // canonical status (google.rpc.Code name)
	reason  string // legacy reason of errors[0].reason
	message string // fmt template
}

const validPaths = ` Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/`

var table = [numKinds]row{
	InvalidResourceName: {"InvalidResourceName", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Resource name %q is not a valid contact person resource.`},
	MissingUpdateMask:   {"MissingUpdateMask", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `updatePersonFields mask is required. Please specify one or more valid paths.` + validPaths + `updateContact.`},
	InvalidUpdatePath:   {"InvalidUpdatePath", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Invalid updatePersonFields mask path: %q.` + validPaths + `updateContact.`},
	MissingReadMask:     {"MissingReadMask", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `personFields mask is required. Please specify one or more valid paths.` + validPaths + `get.`},
	InvalidReadPath:     {"InvalidReadPath", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Invalid personFields mask path: %q.` + validPaths + `updateContact.`},
	InvalidReadPathGet:  {"InvalidReadPathGet", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Invalid personFields mask path: %q.` + validPaths + `get.`},
	InvalidSource:       {"InvalidSource", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'sources[%d]' (TYPE_ENUM), %q`},
	MalformedJSON:       {"MalformedJSON", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. %s`},
	UnknownBodyField:    {"UnknownBodyField", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name %q at '%s': Cannot find field.`},
	InvalidBodyValue:    {"InvalidBodyValue", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Invalid value at '%s' (%s), %s`},
	MissingToken:        {"MissingToken", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Request must set person.etag or person.metadata.sources.etag for the source that is being updated.`},
	NotFound:            {"NotFound", http.StatusNotFound, "NOT_FOUND", "notFound", `Requested entity was not found.`},
	NoContactSource:     {"NoContactSource", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Person has no contact source; only contact based people can be modified.`},
	StalePersonEtag:     {"StalePersonEtag", http.StatusBadRequest, "FAILED_PRECONDITION", "failedPrecondition", `Request person.etag is different than the current person.etag. Clear local cache and get the latest person.`},
	StaleSourceEtag:     {"StaleSourceEtag", http.StatusBadRequest, "FAILED_PRECONDITION", "failedPrecondition", `Request person.metadata.sources.etag is different than the current person.metadata.sources.etag. Clear local cache and get the latest person.`},
	SingletonViolation:  {"SingletonViolation", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Cannot have more than one person.%s per source.`},
	NoMembership:        {"NoMembership", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Contact must keep at least one contact group membership.`},
	InvalidGroupName:    {"InvalidGroupName", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Invalid contact group resource name %q.`},
	SystemGroup:         {"SystemGroup", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Cannot add a contact to the system contact group %q.`},
	InvalidDate:         {"InvalidDate", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Invalid date in person.%s.`},
	TwoSourcePrimary:    {"TwoSourcePrimary", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Cannot have more than one person.%s with sourcePrimary per source.`},
	TooManyResources:    {"TooManyResources", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `Too many values for %s: at most %d are allowed.`},
	BodyTooLarge:        {"BodyTooLarge", http.StatusRequestEntityTooLarge, "INVALID_ARGUMENT", "badRequest", `Request payload size exceeds the limit: %d bytes.`},
	Unauthenticated:     {"Unauthenticated", http.StatusUnauthorized, "UNAUTHENTICATED", "unauthorized", `Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.`},
	PermissionDenied:    {"PermissionDenied", http.StatusForbidden, "PERMISSION_DENIED", "insufficientPermissions", `Request had insufficient authentication scopes.`},
	RouteNotFound:       {"RouteNotFound", http.StatusNotFound, "NOT_FOUND", "notFound", `The requested URL %s was not found on this server.`},
	MethodNotAllowed:    {"MethodNotAllowed", http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "methodNotAllowed", `The %s method is not allowed for this resource.`},
	InvalidArgument:     {"InvalidArgument", http.StatusBadRequest, "INVALID_ARGUMENT", "badRequest", `%s`},
	Injected:            {"Injected", 0, "", "", `%s`},
	Internal:            {"Internal", http.StatusInternalServerError, "INTERNAL", "backendError", `Internal error encountered.`},
}

// reasons maps a canonical status to the legacy reason Google's front end pairs
// with it, for errors built from a status alone (Injected).
var reasons = map[string]string{
	"INVALID_ARGUMENT":    "badRequest",
	"FAILED_PRECONDITION": "failedPrecondition",
	"OUT_OF_RANGE":        "outOfRange",
	"UNAUTHENTICATED":     "unauthorized",
	"PERMISSION_DENIED":   "insufficientPermissions",
	"NOT_FOUND":           "notFound",
	"ABORTED":             "aborted",
	"ALREADY_EXISTS":      "alreadyExists",
	"RESOURCE_EXHAUSTED":  "rateLimitExceeded",
	"CANCELLED":           "cancelled",
	"DATA_LOSS":           "dataLoss",
	"UNKNOWN":             "unknown",
	"INTERNAL":            "backendError",
	"UNAVAILABLE":         "backendError",
	"DEADLINE_EXCEEDED":   "deadlineExceeded",
	"UNIMPLEMENTED":       "notImplemented",
}

// codes maps a canonical status to its HTTP code.
var codes = map[string]int{
	"INVALID_ARGUMENT":    400,
	"FAILED_PRECONDITION": 400,
	"OUT_OF_RANGE":        400,
	"UNAUTHENTICATED":     401,
	"PERMISSION_DENIED":   403,
	"NOT_FOUND":           404,
	"ABORTED":             409,
	"ALREADY_EXISTS":      409,
	"RESOURCE_EXHAUSTED":  429,
	"CANCELLED":           499,
	"DATA_LOSS":           500,
	"UNKNOWN":             500,
	"INTERNAL":            500,
	"UNAVAILABLE":         503,
	"DEADLINE_EXCEEDED":   504,
	"UNIMPLEMENTED":       501,
}
