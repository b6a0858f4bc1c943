// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package apierror

import (
	"strconv"

	"github.com/peopleupdate/peopleupdate/internal/jsonstr"
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
	b = jsonstr.AppendMessage(b, e.Message)
	b = append(b, `,"errors":[{"message":`...)
	b = jsonstr.AppendMessage(b, e.Message)
	b = append(b, `,"domain":"global","reason":`...)
	b = jsonstr.AppendMessage(b, e.Reason)
	b = append(b, `}],"status":`...)
	b = jsonstr.AppendMessage(b, e.Status)
	if len(e.Violations) > 0 {
		b = append(b, `,"details":[{"@type":"`+badRequestType+`","fieldViolations":[`...)
		for i, v := range e.Violations {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"field":`...)
			b = jsonstr.AppendMessage(b, v.Field)
			b = append(b, `,"description":`...)
			b = jsonstr.AppendMessage(b, v.Description)
			b = append(b, '}')
		}
		b = append(b, `]}]`...)
	}
	return append(b, "}}\n"...)
}
