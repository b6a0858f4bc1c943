// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package apierror

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"

	"github.com/peopleupdate/peopleupdate/internal/jsonstr"
)

// The @type of the details the envelope renders.
const (
	badRequestType = "type.googleapis.com/google.rpc.BadRequest"
	errorInfoType  = "type.googleapis.com/google.rpc.ErrorInfo"
)

// JSON returns Google's JSON error envelope for e, as the People API's front end
// writes it:
//
//	{"error":{"code":400,"message":"…","errors":[{"message":"…","domain":"global","reason":"badRequest"}],"status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"…","description":"…"}]}]}}
//
// The details list is present only when there is a detail: an ErrorInfo
// (Info), a BadRequest (when a field is at fault), or an Extra entry; see
// [Error.Details]. The output is
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
	if d := e.Details(); len(d) > 0 {
		b = append(b, `,"details":[`...)
		for i, x := range d {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, x...)
		}
		b = append(b, ']')
	}
	return append(b, "}}\n"...)
}

// Details returns the entries of the envelope's details, in order: the
// ErrorInfo (if any), the BadRequest of the field violations (if any), then
// Extra. A server that answers a google.rpc.Status (as batch methods carry
// one per item) puts them in its details.
func (e *Error) Details() []json.RawMessage {
	var d []json.RawMessage
	if e.Info != nil {
		b := append([]byte(nil), `{"@type":"`+errorInfoType+`","reason":`...)
		b = jsonstr.AppendMessage(b, e.Info.Reason)
		b = append(b, `,"domain":`...)
		b = jsonstr.AppendMessage(b, e.Info.Domain)
		if len(e.Info.Metadata) > 0 {
			b = append(b, `,"metadata":{`...)
			for i, k := range slices.Sorted(maps.Keys(e.Info.Metadata)) {
				if i > 0 {
					b = append(b, ',')
				}
				b = jsonstr.AppendMessage(b, k)
				b = append(b, ':')
				b = jsonstr.AppendMessage(b, e.Info.Metadata[k])
			}
			b = append(b, '}')
		}
		d = append(d, append(b, '}'))
	}
	if len(e.Violations) > 0 {
		b := append([]byte(nil), `{"@type":"`+badRequestType+`","fieldViolations":[`...)
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
		d = append(d, append(b, `]}`...))
	}
	return append(d, e.Extra...)
}
