// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package apierror

import (
	"encoding/json"
	"strconv"
)

// badRequestType is the @type of the google.rpc.BadRequest detail.
const badRequestType = "type.googleapis.com/google.rpc.BadRequest"

// JSON returns Google's JSON error envelope for e, as the People API's front end
// writes it:
//
//	{"error":{"code":400,"message":"…","errors":[{"message":"…","domain":"global","reason":"badRequest"}],"status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"…","description":"…"}]}]}}
//
// The details entry is present only when a field is at fault. The output is
// compact, in that key order, and the same bytes for the same Error.
func (e *Error) JSON() []byte {
	b := make([]byte, 0, 256+2*len(e.Message))
	b = append(b, `{"error":{"code":`...)
	b = strconv.AppendInt(b, int64(e.Code), 10)
	b = append(b, `,"message":`...)
	b = appendString(b, e.Message)
	b = append(b, `,"errors":[{"message":`...)
	b = appendString(b, e.Message)
	b = append(b, `,"domain":"global","reason":`...)
	b = appendString(b, e.Reason)
	b = append(b, `}],"status":`...)
	b = appendString(b, e.Status)
	if len(e.Violations) > 0 {
		b = append(b, `,"details":[{"@type":"`+badRequestType+`","fieldViolations":[`...)
		for i, v := range e.Violations {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"field":`...)
			b = appendString(b, v.Field)
			b = append(b, `,"description":`...)
			b = appendString(b, v.Description)
			b = append(b, '}')
		}
		b = append(b, `]}]`...)
	}
	return append(b, "}}\n"...)
}

// appendString appends s as a JSON string. encoding/json escapes <, > and & the
// way Google's front end does (\u003c, \u003e, \u0026).
func appendString(b []byte, s string) []byte {
	q, err := json.Marshal(s)
	if err != nil { // a Go string always marshals
		panic(err)
	}
	return append(b, q...)
}
