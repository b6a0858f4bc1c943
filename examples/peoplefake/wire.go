// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"encoding/json"
	"slices"

	"github.com/peopleupdate/peopleupdate"
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

// statusOf returns e as a google.rpc.Status, as batch responses carry it.
func statusOf(e *apierror.Error) *rpcStatus {
	return &rpcStatus{Code: e.RPCCode(), Message: e.Message, Details: e.Details()}
}

// batchErrorType is the @type of the per-contact error list of a failed
// people.batchUpdateContacts. The discovery document names the message
// (BatchUpdateContactsErrorDetails) but not its fields: the shape is the fake's.
const batchErrorType = "type.googleapis.com/google.people.v1.BatchUpdateContactsErrorDetails"

// batchErrorJSON renders the failure of a whole people.batchUpdateContacts:
// the envelope of the first failed contact's error plus a details entry
// {"@type": batchErrorType, "errors": [{"requestedResourceName", "status"}...]}
// listing every failed contact.
func batchErrorJSON(be *peopleupdate.BatchError) []byte {
	type entry struct {
		RequestedResourceName string     `json:"requestedResourceName"`
		Status                *rpcStatus `json:"status"`
	}
	type details struct {
		Type   string  `json:"@type"`
		Errors []entry `json:"errors"`
	}
	d := details{Type: batchErrorType}
	for _, f := range be.Failures {
		d.Errors = append(d.Errors, entry{f.ResourceName, statusOf(f.Err)})
	}
	first := *be.Failures[0].Err
	first.Extra = append(slices.Clip(first.Extra), mustJSON(d))
	return first.JSON()
}

// mustJSON marshals v, which is one of the fake's own wire types.
func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}
