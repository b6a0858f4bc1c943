// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import "strings"

// contactGroupPrefix starts every contact group resource name.
const contactGroupPrefix = "contactGroups/"

// ContactGroupID returns the {id} of a contact group resource name of the form
// contactGroups/{id}, and reports whether name has that form: a non-empty id
// holding no '/'. It is the one parser of the form: the validation of a
// membership's contactGroupResourceName and the contactGroupId the merge
// computes from it both use it.
func ContactGroupID(name string) (id string, ok bool) {
	id, ok = strings.CutPrefix(name, contactGroupPrefix)
	if !ok || id == "" || strings.Contains(id, "/") {
		return "", false
	}
	return id, true
}
