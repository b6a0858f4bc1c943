// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"testing"

	"github.com/peopleupdate/peopleupdate/person"
)

// variation derives another call from a conformance case's.
type variation struct {
	name  string
	apply func(t *testing.T, c *tcase, req *Request)
}

// variations are the calls derived from every case: the case's own, then the
// same update with the body already decoded, read back in other shapes, with
// the contact source as the only token, and with a wider update mask.
var variations = []variation{
	{"as-is", func(*testing.T, *tcase, *Request) {}},
	{"decoded-body", func(t *testing.T, c *tcase, req *Request) {
		if len(req.Body) == 0 {
			return
		}
		p, err := person.Unmarshal(req.Body)
		if err != nil {
			t.Skipf("body does not decode: %v", err)
		}
		req.Person = p
		req.Body = []byte("garbage: Body is ignored when Person is set")
	}},
	{"default-read", func(_ *testing.T, _ *tcase, req *Request) {
		req.PersonFields, req.Sources = "", nil
	}},
	{"all-sources", func(_ *testing.T, _ *tcase, req *Request) {
		req.Sources = []string{
			"READ_SOURCE_TYPE_PROFILE", "READ_SOURCE_TYPE_CONTACT",
			"READ_SOURCE_TYPE_DOMAIN_CONTACT", "READ_SOURCE_TYPE_OTHER_CONTACT",
		}
	}},
	{"source-etag-token", func(t *testing.T, c *tcase, req *Request) {
		if c.stored.ContactSource() == nil || len(req.Body) == 0 {
			return
		}
		p, err := person.Unmarshal(req.Body)
		if err != nil {
			t.Skipf("body does not decode: %v", err)
		}
		cs := c.stored.ContactSource()
		p.Etag = ""
		p.Metadata = &person.PersonMetadata{Sources: []*person.Source{{Type: person.Source_CONTACT, Id: cs.GetId(), Etag: cs.GetEtag()}}}
		req.Person = p
	}},
	{"wider-mask", func(_ *testing.T, _ *tcase, req *Request) {
		if req.UpdatePersonFields != "" {
			req.UpdatePersonFields += ",urls,sipAddresses,userDefined"
		}
	}},
}

// TestProperties checks the properties of checkCall over every conformance case
// and its variations.
func TestProperties(t *testing.T) {
	for _, c := range loadCases(t) {
		if _, skip := skippedCases[c.Name]; skip {
			continue
		}
		for _, v := range variations {
			t.Run(c.Name+"/"+v.name, func(t *testing.T) {
				req := c.freshRequest()
				v.apply(t, c, &req)
				err := checkCall(t, c.freshStored(), req)
				if v.name == "as-is" && (err != nil) != (c.Want.Error != nil) {
					t.Errorf("%s\nerror = %v, want error %v", c.Title(), err, c.Want.Error != nil)
				}
			})
		}
	}
}
