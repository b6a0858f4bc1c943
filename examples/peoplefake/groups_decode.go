// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/peopleupdate/peopleupdate/apierror"
)

// The decoding of the request bodies of the contact group, batch create and
// delete, and photo methods: JSON objects of known members, answered as
// Google's front end answers unknown members and wrong types.

// groupInput is the writable part of a ContactGroup of a request body.
type groupInput struct {
	resourceName, etag, name string
	clientData               []groupClientData
}

// decodeMessage decodes a JSON object of the given fields (lowerCamelCase;
// snake_case accepted) at place root ("" for the body), by lowerCamelCase
// name.
func decodeMessage(raw json.RawMessage, root string, fields ...string) (map[string]json.RawMessage, error) {
	var m map[string]json.RawMessage
	if root == "" {
		var err error
		if m, err = rawFields(raw); err != nil {
			return nil, err
		}
	} else if isNull(raw) {
		return map[string]json.RawMessage{}, nil
	} else if err := json.Unmarshal(raw, &m); err != nil || m == nil {
		return nil, apierror.NewInvalidBodyValue(root, "TYPE_MESSAGE", compact(raw)).WithField(root, "")
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make(map[string]json.RawMessage, len(m))
	for _, k := range keys {
		name := ""
		for _, f := range fields {
			if k == f || k == snake(f) {
				name = f
			}
		}
		if name == "" {
			if root == "" {
				e := apierror.NewUnknownBodyField(k, "")
				e.Message = fmt.Sprintf("Invalid JSON payload received. Unknown name %q: Cannot find field.", k)
				return nil, e.WithField(k, "")
			}
			return nil, apierror.NewUnknownBodyField(k, root).WithField(root+"."+k, "")
		}
		if _, dup := out[name]; dup {
			return nil, invalidArgumentf("Invalid JSON payload received. %q and %q name the same field.", name, k)
		}
		out[name] = m[k]
	}
	return out, nil
}

// jsonStrings decodes a repeated string member (absent or null: none).
func jsonStrings(raw json.RawMessage, place string) ([]string, error) {
	if isNull(raw) {
		return nil, nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, apierror.NewInvalidBodyValue(place, "TYPE_STRING", compact(raw)).WithField(place, "")
	}
	out := make([]string, len(items))
	for i, it := range items {
		p := place + "[" + strconv.Itoa(i) + "]"
		if err := json.Unmarshal(it, &out[i]); err != nil {
			return nil, apierror.NewInvalidBodyValue(p, "TYPE_STRING", compact(it)).WithField(p, "")
		}
	}
	return out, nil
}

// decodeGroup decodes the ContactGroup of a create or update body at place
// root. Output-only fields are accepted and ignored, as the API does.
func decodeGroup(raw json.RawMessage, root string) (*groupInput, error) {
	m, err := decodeMessage(raw, root, "resourceName", "etag", "metadata", "groupType", "name",
		"formattedName", "memberResourceNames", "memberCount", "clientData")
	if err != nil {
		return nil, err
	}
	in := &groupInput{}
	for _, f := range []struct {
		name string
		dst  *string
	}{{"resourceName", &in.resourceName}, {"etag", &in.etag}, {"name", &in.name}} {
		if *f.dst, err = jsonString(m[f.name], root+"."+snake(f.name), "TYPE_STRING"); err != nil {
			return nil, err
		}
	}
	if !isNull(m["clientData"]) {
		var items []json.RawMessage
		place := root + ".client_data"
		if err := json.Unmarshal(m["clientData"], &items); err != nil {
			return nil, apierror.NewInvalidBodyValue(place, "TYPE_MESSAGE", compact(m["clientData"])).WithField(place, "")
		}
		for i, it := range items {
			p := place + "[" + strconv.Itoa(i) + "]"
			dm, err := decodeMessage(it, p, "key", "value")
			if err != nil {
				return nil, err
			}
			var d groupClientData
			if d.Key, err = jsonString(dm["key"], p+".key", "TYPE_STRING"); err != nil {
				return nil, err
			}
			if d.Value, err = jsonString(dm["value"], p+".value", "TYPE_STRING"); err != nil {
				return nil, err
			}
			in.clientData = append(in.clientData, d)
		}
	}
	return in, nil
}
