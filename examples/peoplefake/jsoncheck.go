// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"encoding/json"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/internal/jsonscan"
)

// batchUpdateMembers are the members of a BatchUpdateContactsRequest body as
// scanBatchUpdate finds them: each as its raw JSON, nil when absent.
type batchUpdateMembers struct {
	contacts                      map[string]json.RawMessage // by resource name; nil when absent or null
	contactsRaw                   json.RawMessage            // the member as sent
	updateMask, readMask, sources json.RawMessage
}

// batchUpdateFields are the members of a BatchUpdateContactsRequest by JSON
// name, either spelling, with their proto names.
var batchUpdateFields = map[string]string{
	"contacts":   "contacts",
	"updateMask": "update_mask", "update_mask": "update_mask",
	"readMask": "read_mask", "read_mask": "read_mask",
	"sources": "sources",
}

// scanBatchUpdate reads the envelope of a BatchUpdateContactsRequest body with
// the core's JSON scanner (package jsonscan), in one pass and in the order of
// Google's streaming parser: syntax errors in the words of the person codec,
// an unknown member name, a member named twice (under either spelling) and a
// contact named twice with the texts of the person codec (apierror's
// NewUnknownBodyField, NewDuplicateField, NewNotRepeating), rooted at the
// request's own field names. The contacts' Person values are skipped, whatever
// their depth, without recursion, and left to the library to decode, placed
// at contacts[<name>]. A body that is not an object is answered as rawFields
// answers it.
func scanBatchUpdate(body []byte) (batchUpdateMembers, error) {
	var out batchUpdateMembers
	d := jsonscan.Scanner{In: body, S: string(body)}
	d.WS()
	if d.Pos >= len(body) || body[d.Pos] != '{' {
		_, err := rawFields(body) // null, or the person codec's error
		return out, err
	}
	d.Pos++
	d.WS()
	seen := map[string]bool{}
	for d.Pos >= len(body) || body[d.Pos] != '}' {
		key, err := scanKey(&d)
		if err != nil {
			return out, err
		}
		start := d.Pos
		c := body[d.Pos]
		proto, ok := batchUpdateFields[key]
		if !ok {
			if c != '{' && c != '[' {
				if _, err := d.Scalar(); err != nil {
					return out, err
				}
			}
			return out, apierror.NewUnknownBodyField(key, "").WithField(key, "")
		}
		if seen[proto] {
			return out, apierror.NewDuplicateField(key, "").WithField(proto, "")
		}
		seen[proto] = true
		switch {
		case proto == "contacts" && c == '{':
			if out.contacts, err = scanContacts(&d); err != nil {
				return out, err
			}
		case (proto == "update_mask" || proto == "read_mask") && c == '[':
			return out, apierror.NewNotRepeating(key, "").WithField(proto, "")
		default:
			if err := d.Skip(); err != nil {
				return out, err
			}
		}
		raw := json.RawMessage(body[start:d.Pos])
		switch proto {
		case "contacts":
			out.contactsRaw = raw
		case "update_mask":
			out.updateMask = raw
		case "read_mask":
			out.readMask = raw
		case "sources":
			out.sources = raw
		}
		d.WS()
		if d.Pos < len(body) && body[d.Pos] == ',' {
			d.Pos++
			d.WS()
			if d.Pos < len(body) && body[d.Pos] == '}' {
				return out, d.Fail(d.Pos, jsonscan.ExpectKey)
			}
			continue
		}
		if d.Pos >= len(body) || body[d.Pos] != '}' {
			return out, d.Fail(d.Pos, jsonscan.ExpectObjectEnd)
		}
	}
	d.Pos++
	d.WS()
	if d.Pos < len(body) {
		return out, d.Fail(d.Pos, jsonscan.TrailingInput)
	}
	return out, nil
}

// scanKey reads a member name, its colon and the white space around, and
// checks that a value follows.
func scanKey(d *jsonscan.Scanner) (string, error) {
	if d.Pos >= len(d.In) || d.In[d.Pos] != '"' {
		return "", d.Fail(d.Pos, jsonscan.ExpectKey)
	}
	key, err := d.Str()
	if err != nil {
		return "", err
	}
	d.WS()
	if d.Pos >= len(d.In) || d.In[d.Pos] != ':' {
		return "", d.Fail(d.Pos, jsonscan.ExpectColon)
	}
	d.Pos++
	d.WS()
	if d.Pos >= len(d.In) {
		return "", d.Fail(d.Pos, jsonscan.ExpectValue)
	}
	return key, nil
}

// scanContacts reads the contacts map at d.Pos (its '{'): each value's raw
// JSON by resource name. A name given twice is an error.
func scanContacts(d *jsonscan.Scanner) (map[string]json.RawMessage, error) {
	out := map[string]json.RawMessage{}
	d.Pos++
	d.WS()
	for d.Pos >= len(d.In) || d.In[d.Pos] != '}' {
		name, err := scanKey(d)
		if err != nil {
			return nil, err
		}
		if _, dup := out[name]; dup {
			return nil, apierror.NewDuplicateField(name, "contacts").WithField("contacts["+name+"]", "")
		}
		start := d.Pos
		if err := d.Skip(); err != nil {
			return nil, err
		}
		out[name] = json.RawMessage(d.In[start:d.Pos])
		d.WS()
		if d.Pos < len(d.In) && d.In[d.Pos] == ',' {
			d.Pos++
			d.WS()
			if d.Pos < len(d.In) && d.In[d.Pos] == '}' {
				return nil, d.Fail(d.Pos, jsonscan.ExpectKey)
			}
			continue
		}
		if d.Pos >= len(d.In) || d.In[d.Pos] != '}' {
			return nil, d.Fail(d.Pos, jsonscan.ExpectObjectEnd)
		}
	}
	d.Pos++
	return out, nil
}
