// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"encoding/json"
	"strings"

	"github.com/peopleupdate/peopleupdate/apierror"
)

// The JSON messages of the API besides Person, with their fields in the order of
// their proto field numbers, as Google's front end writes them. A Person is
// already JSON (person.Marshal).

// personResponse is a PersonResponse.
type personResponse struct {
	HTTPStatusCode        int             `json:"httpStatusCode,omitempty"`
	Person                json.RawMessage `json:"person,omitempty"`
	RequestedResourceName string          `json:"requestedResourceName,omitempty"`
	Status                *rpcStatus      `json:"status,omitempty"`
}

// rpcStatus is a google.rpc.Status. The zero value renders as {}: success.
type rpcStatus struct {
	Code    int               `json:"code,omitempty"`
	Message string            `json:"message,omitempty"`
	Details []json.RawMessage `json:"details,omitempty"`
}

// getPeopleResponse is a GetPeopleResponse (people.getBatchGet).
type getPeopleResponse struct {
	Responses []personResponse `json:"responses,omitempty"`
}

// batchUpdateResponse is a BatchUpdateContactsResponse.
type batchUpdateResponse struct {
	UpdateResult map[string]personResponse `json:"updateResult,omitempty"`
}

// listConnectionsResponse is a ListConnectionsResponse.
type listConnectionsResponse struct {
	Connections   []json.RawMessage `json:"connections,omitempty"`
	NextPageToken string            `json:"nextPageToken,omitempty"`
	NextSyncToken string            `json:"nextSyncToken,omitempty"`
	TotalPeople   int               `json:"totalPeople,omitempty"`
	TotalItems    int               `json:"totalItems,omitempty"`
}

// rpcCodes maps a canonical status name to its google.rpc.Code number.
var rpcCodes = map[string]int{
	"OK": 0, "CANCELLED": 1, "UNKNOWN": 2, "INVALID_ARGUMENT": 3, "DEADLINE_EXCEEDED": 4,
	"NOT_FOUND": 5, "ALREADY_EXISTS": 6, "PERMISSION_DENIED": 7, "RESOURCE_EXHAUSTED": 8,
	"FAILED_PRECONDITION": 9, "ABORTED": 10, "OUT_OF_RANGE": 11, "UNIMPLEMENTED": 12,
	"INTERNAL": 13, "UNAVAILABLE": 14, "DATA_LOSS": 15, "UNAUTHENTICATED": 16,
}

// envelope is Google's JSON error envelope, decoded from apierror's rendering so
// that details can be added to it.
type envelope struct {
	Error struct {
		Code    int               `json:"code"`
		Message string            `json:"message"`
		Errors  json.RawMessage   `json:"errors,omitempty"`
		Status  string            `json:"status"`
		Details []json.RawMessage `json:"details,omitempty"`
	} `json:"error"`
}

// decodeEnvelope decodes e's envelope.
func decodeEnvelope(e *apierror.Error) envelope {
	var env envelope
	if err := json.Unmarshal(e.JSON(), &env); err != nil { // apierror renders valid JSON
		panic(err)
	}
	return env
}

// statusOf returns e as a google.rpc.Status, as batch responses carry it.
func statusOf(e *apierror.Error) *rpcStatus {
	code, ok := rpcCodes[e.Status]
	if !ok {
		code = rpcCodes["UNKNOWN"]
	}
	return &rpcStatus{Code: code, Message: e.Message, Details: decodeEnvelope(e).Error.Details}
}

// batchErrorType is the @type of the per-contact error list of a failed
// people.batchUpdateContacts. The discovery document names the message
// (BatchUpdateContactsErrorDetails) but not its fields: the shape is the fake's.
const batchErrorType = "type.googleapis.com/google.people.v1.BatchUpdateContactsErrorDetails"

// batchError is the failure of a whole people.batchUpdateContacts: the first
// failed contact's error, with the errors of every failed contact in details.
type batchError struct {
	first  *apierror.Error
	failed []failedContact
}

// failedContact is one contact of a batch that could not be updated.
type failedContact struct {
	name string
	err  *apierror.Error
}

// Error returns the first failure's text.
func (e *batchError) Error() string { return e.first.Error() }

// Unwrap returns the first failure.
func (e *batchError) Unwrap() error { return e.first }

// JSON renders the envelope of the first failure plus a details entry
// {"@type": batchErrorType, "errors": [{"requestedResourceName", "status"}...]}.
func (e *batchError) JSON() []byte {
	type entry struct {
		RequestedResourceName string     `json:"requestedResourceName"`
		Status                *rpcStatus `json:"status"`
	}
	type details struct {
		Type   string  `json:"@type"`
		Errors []entry `json:"errors"`
	}
	d := details{Type: batchErrorType}
	for _, f := range e.failed {
		d.Errors = append(d.Errors, entry{f.name, statusOf(f.err)})
	}
	env := decodeEnvelope(e.first)
	env.Error.Details = append(env.Error.Details, mustJSON(d))
	return append(mustJSON(env), '\n')
}

// mustJSON marshals v, which is one of the fake's own wire types.
func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// docPaths are the reference pages of the methods, as mask error messages end
// with them.
var docPaths = map[Method]string{
	MethodGet:                 "people/get.",
	MethodGetBatchGet:         "people/getBatchGet.",
	MethodCreateContact:       "people/createContact.",
	MethodUpdateContact:       "people/updateContact.",
	MethodBatchUpdateContacts: "people/batchUpdateContacts.",
	MethodListConnections:     "people.connections/list.",
}

// forMethod returns err with the reference page its message names changed to
// m's: the core library words mask errors for people.get and
// people.updateContact.
func forMethod(err error, m Method) error {
	e, ok := asAPIError(err)
	if !ok {
		return err
	}
	const prefix = "https://developers.google.com/people/api/rest/v1/"
	i := strings.Index(e.Message, prefix)
	if i < 0 {
		return err
	}
	c := *e
	c.Message = e.Message[:i+len(prefix)] + docPaths[m]
	c.Violations = append([]apierror.FieldViolation(nil), e.Violations...)
	for j := range c.Violations {
		if c.Violations[j].Description == e.Message {
			c.Violations[j].Description = c.Message
		}
	}
	return &c
}
