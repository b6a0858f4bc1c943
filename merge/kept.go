// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"fmt"

	"github.com/peopleupdate/peopleupdate/person"
)

// Empty reports whether it, an item of field f, holds nothing but its metadata
// once its output-only values are dropped ([SPEC §4] step 3): `{}`, an email
// address holding only formattedType and metadata flags, a membership holding
// only domainMembership, a birthday whose date has no component set. Such an
// item is dropped from the update.
//
// The rule is the item's own, [person.Item].HasContent, generated from the
// schema: a value counts when proto3 would serialise it: a non-empty string, a
// true boolean, a non-zero number or enum, a non-empty list, or a message that
// itself holds a value that counts. The output-only values
// ([person.IsOutputOnly]) are those [SPEC §4] step 3 lists: displayName and
// displayNameLastFirst of a name, every formattedType, formattedProtocol,
// Gender.formattedValue, canonicalForm, contactGroupId and domainMembership.
//
// Empty neither allocates nor modifies it. It panics if f is not a repeated
// field or it is not of f's item type, which are programming errors.
//
// [SPEC §4]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#4-merge-stored--request--new-stored
func Empty(f person.Field, it person.Item) bool {
	if !f.IsValid() || !f.Repeated() {
		panic(fmt.Sprintf("merge.Empty: %v is not a repeated Person field", f))
	}
	if !f.IsItem(it) {
		panic(fmt.Sprintf("merge.Empty: item of type %s given for field %v, whose items are %s",
			it.ProtoReflect().Descriptor().FullName(), f, f.NewItem().ProtoReflect().Descriptor().FullName()))
	}
	return !it.HasContent()
}
