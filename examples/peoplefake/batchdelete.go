// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"github.com/peopleupdate/peopleupdate/validate"
)

// maxBatchDelete is the documented limit of people.batchDeleteContacts.
const maxBatchDelete = 500

// batchDeleteContacts serves people.batchDeleteContacts: every name is checked
// as deleteContact checks it, in request order, and the first failure is the
// answer with nothing deleted; otherwise every contact goes.
func (s *Server) batchDeleteContacts(c *call) ([]byte, error) {
	body, err := s.body(c)
	if err != nil {
		return nil, err
	}
	m, err := decodeMessage(body, "", "resourceNames")
	if err != nil {
		return nil, err
	}
	names, err := jsonStrings(m["resourceNames"], "resource_names")
	if err != nil {
		return nil, err
	}
	switch {
	case len(names) == 0:
		return nil, invalidArgument("Request contains an invalid argument.").
			WithField("resource_names", "At least one resource name is required.")
	case len(names) > maxBatchDelete:
		return nil, tooManyResources("resourceNames", maxBatchDelete).WithField("resource_names", "")
	}
	for _, n := range names {
		if err := validate.ResourceName(n); err != nil {
			return nil, err
		}
	}
	err = s.write(c.user, func(u *userStore) error {
		for _, n := range names {
			if err := validate.Stored(n, u.get(n)); err != nil {
				return err
			}
		}
		for _, n := range names {
			u.remove(n)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return []byte("{}"), nil
}
